import { spawn } from "node:child_process";
function runGit(args, opts) {
	const maxBytes = opts.maxBytes ?? 536870912;
	return new Promise((resolve) => {
		const child = spawn("git", args, {
			cwd: opts.cwd,
			env: {
				...process.env,
				GIT_TERMINAL_PROMPT: "0",
				GIT_ASKPASS: "",
				LC_ALL: "C",
				...opts.env
			},
			stdio: [
				opts.input === void 0 ? "ignore" : "pipe",
				"pipe",
				"pipe"
			]
		});
		const out = [];
		const err = [];
		let outBytes = 0;
		let overflow = false;
		let timedOut = false;
		const timer = opts.timeoutMs ? setTimeout(() => {
			timedOut = true;
			child.kill("SIGKILL");
		}, opts.timeoutMs) : void 0;
		child.stdout.on("data", (chunk) => {
			outBytes += chunk.length;
			if (outBytes > maxBytes) {
				overflow = true;
				child.kill("SIGKILL");
				return;
			}
			out.push(chunk);
		});
		child.stderr.on("data", (chunk) => {
			if (err.length < 64) err.push(chunk);
		});
		if (opts.input !== void 0 && child.stdin) {
			child.stdin.on("error", () => void 0);
			child.stdin.end(opts.input);
		}
		child.on("error", (e) => {
			if (timer) clearTimeout(timer);
			resolve({
				code: 127,
				stdout: "",
				stderr: `could not run git: ${e.message}`
			});
		});
		child.on("close", (code) => {
			if (timer) clearTimeout(timer);
			let stderr = Buffer.concat(err).toString("utf8").trim();
			if (overflow) stderr = `output larger than ${maxBytes} bytes`;
			if (timedOut) stderr = `timed out after ${opts.timeoutMs} ms`;
			resolve({
				code: overflow || timedOut ? 1 : code ?? 1,
				stdout: Buffer.concat(out).toString("utf8"),
				stderr
			});
		});
	});
}
/** A git step that failed; `stderr` is git's own words, for callers that tell failures apart. */
var GitError = class extends Error {
	stderr;
	constructor(message, stderr) {
		super(message);
		this.stderr = stderr;
	}
};
/** Runs git and returns its stdout; a non-zero exit throws GitError with git's last lines of stderr. */
async function gitOrThrow(cwd, args, opts = {}) {
	const r = await runGit(args, {
		cwd,
		maxBytes: 67108864,
		...opts
	});
	if (r.code !== 0) throw new GitError(`git ${args[0]} failed: ${r.stderr.trim().split("\n").slice(-3).join(" ")}`, r.stderr);
	return r.stdout;
}
export { gitOrThrow as n, runGit as r, GitError as t };
