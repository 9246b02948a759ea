import { i as __toESM } from "./rolldown-runtime-DYf_mQCB.js";
import { i as redactSecrets, n as actionReportRoots, r as writeReportFile } from "./report-path-SHLJuWg7.js";
import { n as byLocation } from "./finding-Cj3i0QD5.js";
import "./tool-DWkNUuOs.js";
import { r as runGit } from "./run-DKnEaxhE.js";
import { n as diffFromRestFiles, r as parsePatch, t as REST_PULL_FILES_CAP } from "./rest-diff-LfOUromy.js";
import { t as UserError } from "./errors-C-PByt-N.js";
import { c as require_ignore, o as readRepoFile, s as readRepoFileSync, t as DEFAULT_EXCLUDES } from "./list-files-e8G-kKSw.js";
import { c as scanBytes, d as copiedAnchorTestsOf, i as scan, l as tooLarge, m as decode, p as binaryTypeOf } from "./scanner-Bs4ExdaE.js";
import { d as ancestorDirs, f as dirName, g as LineIndex, h as compileCatalog, m as isManifest, p as familyOf, u as ContextIndex } from "./match-text-DMQVaqK_.js";
import { n as RULES } from "./catalog-CqUKOmiI.js";
import { n as fingerprintsOf } from "./fingerprint-BoorrN0H.js";
import { Bi as own, Cr as $ZodOptional, Dn as $ZodArray, Ir as $ZodTransform, Kt as _positive, Ni as installLazyProp, Oi as clone, Ri as normalizeParams, Rr as $ZodType, Xt as _regex, _i as safeParseAsync, br as $ZodNumberFormat, en as _string, gi as safeParse, hi as parseAsync, hr as $ZodNever, jr as $ZodString, mi as parse, mt as _int, ur as $ZodLiteral, wi as $constructor, wr as $ZodPipe, xr as $ZodObject, yr as $ZodNumber, zt as _never } from "./visit-BiPFZEgZ.js";
import { i as rankFindings, n as atOrAbove, r as countBySeverity } from "./severity-CbWwaEB1.js";
import { t as ApiRefused } from "./permissions-C8I0pk2q.js";
import { n as jsonReportOptions, r as renderJsonReport } from "./json-report-C5ZM-_CL.js";
import * as os from "os";
import { EOL } from "os";
import * as crypto from "crypto";
import * as fs from "fs";
import { constants, promises } from "fs";
import "path";
import { spawn } from "node:child_process";
import { promises as promises$1, readdirSync, realpathSync } from "node:fs";
import path from "node:path";
// node_modules/@actions/core/lib/utils.js
/**
* Sanitizes an input into a string so it can be passed into issueCommand safely
* @param input input to sanitize into a string
*/
function toCommandValue(input) {
	if (input === null || input === void 0) return "";
	else if (typeof input === "string" || input instanceof String) return input;
	return JSON.stringify(input);
}
/**
*
* @param annotationProperties
* @returns The command properties to send with the actual annotation command
* See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
*/
function toCommandProperties(annotationProperties) {
	if (!Object.keys(annotationProperties).length) return {};
	return {
		title: annotationProperties.title,
		file: annotationProperties.file,
		line: annotationProperties.startLine,
		endLine: annotationProperties.endLine,
		col: annotationProperties.startColumn,
		endColumn: annotationProperties.endColumn
	};
}
// node_modules/@actions/core/lib/command.js
/**
* Issues a command to the GitHub Actions runner
*
* @param command - The command name to issue
* @param properties - Additional properties for the command (key-value pairs)
* @param message - The message to include with the command
* @remarks
* This function outputs a specially formatted string to stdout that the Actions
* runner interprets as a command. These commands can control workflow behavior,
* set outputs, create annotations, mask values, and more.
*
* Command Format:
*   ::name key=value,key=value::message
*
* @example
* ```typescript
* // Issue a warning annotation
* issueCommand('warning', {}, 'This is a warning message');
* // Output: ::warning::This is a warning message
*
* // Set an environment variable
* issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
* // Output: ::set-env name=MY_VAR::some value
*
* // Add a secret mask
* issueCommand('add-mask', {}, 'secretValue123');
* // Output: ::add-mask::secretValue123
* ```
*
* @internal
* This is an internal utility function that powers the public API functions
* such as setSecret, warning, error, and exportVariable.
*/
function issueCommand(command, properties, message) {
	const cmd = new Command(command, properties, message);
	process.stdout.write(cmd.toString() + os.EOL);
}
const CMD_STRING = "::";
var Command = class {
	constructor(command, properties, message) {
		if (!command) command = "missing.command";
		this.command = command;
		this.properties = properties;
		this.message = message;
	}
	toString() {
		let cmdStr = CMD_STRING + this.command;
		if (this.properties && Object.keys(this.properties).length > 0) {
			cmdStr += " ";
			let first = true;
			for (const key in this.properties) if (this.properties.hasOwnProperty(key)) {
				const val = this.properties[key];
				if (val) {
					if (first) first = false;
					else cmdStr += ",";
					cmdStr += `${key}=${escapeProperty(val)}`;
				}
			}
		}
		cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
		return cmdStr;
	}
};
function escapeData(s) {
	return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
	return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
// node_modules/@actions/core/lib/file-command.js
function issueFileCommand(command, message) {
	const filePath = process.env[`GITHUB_${command}`];
	if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
	if (!fs.existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
	fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, { encoding: "utf8" });
}
function prepareKeyValueMessage(key, value) {
	const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
	const convertedValue = toCommandValue(value);
	if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
	if (convertedValue.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
	return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}
// node_modules/@actions/core/lib/summary.js
var __awaiter$1 = function(thisArg, _arguments, P, generator) {
	function adopt(value) {
		return value instanceof P ? value : new P(function(resolve) {
			resolve(value);
		});
	}
	return new (P || (P = Promise))(function(resolve, reject) {
		function fulfilled(value) {
			try {
				step(generator.next(value));
			} catch (e) {
				reject(e);
			}
		}
		function rejected(value) {
			try {
				step(generator["throw"](value));
			} catch (e) {
				reject(e);
			}
		}
		function step(result) {
			result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
		}
		step((generator = generator.apply(thisArg, _arguments || [])).next());
	});
};
const { access, appendFile, writeFile } = promises;
const SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
	constructor() {
		this._buffer = "";
	}
	/**
	* Finds the summary file path from the environment, rejects if env var is not found or file does not exist
	* Also checks r/w permissions.
	*
	* @returns step summary file path
	*/
	filePath() {
		return __awaiter$1(this, void 0, void 0, function* () {
			if (this._filePath) return this._filePath;
			const pathFromEnv = process.env[SUMMARY_ENV_VAR];
			if (!pathFromEnv) throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
			try {
				yield access(pathFromEnv, constants.R_OK | constants.W_OK);
			} catch (_a) {
				throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
			}
			this._filePath = pathFromEnv;
			return this._filePath;
		});
	}
	/**
	* Wraps content in an HTML tag, adding any HTML attributes
	*
	* @param {string} tag HTML tag to wrap
	* @param {string | null} content content within the tag
	* @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
	*
	* @returns {string} content wrapped in HTML element
	*/
	wrap(tag, content, attrs = {}) {
		const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
		if (!content) return `<${tag}${htmlAttrs}>`;
		return `<${tag}${htmlAttrs}>${content}</${tag}>`;
	}
	/**
	* Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
	*
	* @param {SummaryWriteOptions} [options] (optional) options for write operation
	*
	* @returns {Promise<Summary>} summary instance
	*/
	write(options) {
		return __awaiter$1(this, void 0, void 0, function* () {
			const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
			const filePath = yield this.filePath();
			yield (overwrite ? writeFile : appendFile)(filePath, this._buffer, { encoding: "utf8" });
			return this.emptyBuffer();
		});
	}
	/**
	* Clears the summary buffer and wipes the summary file
	*
	* @returns {Summary} summary instance
	*/
	clear() {
		return __awaiter$1(this, void 0, void 0, function* () {
			return this.emptyBuffer().write({ overwrite: true });
		});
	}
	/**
	* Returns the current summary buffer as a string
	*
	* @returns {string} string of summary buffer
	*/
	stringify() {
		return this._buffer;
	}
	/**
	* If the summary buffer is empty
	*
	* @returns {boolen} true if the buffer is empty
	*/
	isEmptyBuffer() {
		return this._buffer.length === 0;
	}
	/**
	* Resets the summary buffer without writing to summary file
	*
	* @returns {Summary} summary instance
	*/
	emptyBuffer() {
		this._buffer = "";
		return this;
	}
	/**
	* Adds raw text to the summary buffer
	*
	* @param {string} text content to add
	* @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
	*
	* @returns {Summary} summary instance
	*/
	addRaw(text, addEOL = false) {
		this._buffer += text;
		return addEOL ? this.addEOL() : this;
	}
	/**
	* Adds the operating system-specific end-of-line marker to the buffer
	*
	* @returns {Summary} summary instance
	*/
	addEOL() {
		return this.addRaw(EOL);
	}
	/**
	* Adds an HTML codeblock to the summary buffer
	*
	* @param {string} code content to render within fenced code block
	* @param {string} lang (optional) language to syntax highlight code
	*
	* @returns {Summary} summary instance
	*/
	addCodeBlock(code, lang) {
		const attrs = Object.assign({}, lang && { lang });
		const element = this.wrap("pre", this.wrap("code", code), attrs);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML list to the summary buffer
	*
	* @param {string[]} items list of items to render
	* @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
	*
	* @returns {Summary} summary instance
	*/
	addList(items, ordered = false) {
		const tag = ordered ? "ol" : "ul";
		const listItems = items.map((item) => this.wrap("li", item)).join("");
		const element = this.wrap(tag, listItems);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML table to the summary buffer
	*
	* @param {SummaryTableCell[]} rows table rows
	*
	* @returns {Summary} summary instance
	*/
	addTable(rows) {
		const tableBody = rows.map((row) => {
			const cells = row.map((cell) => {
				if (typeof cell === "string") return this.wrap("td", cell);
				const { header, data, colspan, rowspan } = cell;
				const tag = header ? "th" : "td";
				const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
				return this.wrap(tag, data, attrs);
			}).join("");
			return this.wrap("tr", cells);
		}).join("");
		const element = this.wrap("table", tableBody);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds a collapsable HTML details element to the summary buffer
	*
	* @param {string} label text for the closed state
	* @param {string} content collapsable content
	*
	* @returns {Summary} summary instance
	*/
	addDetails(label, content) {
		const element = this.wrap("details", this.wrap("summary", label) + content);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML image tag to the summary buffer
	*
	* @param {string} src path to the image you to embed
	* @param {string} alt text description of the image
	* @param {SummaryImageOptions} options (optional) addition image attributes
	*
	* @returns {Summary} summary instance
	*/
	addImage(src, alt, options) {
		const { width, height } = options || {};
		const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
		const element = this.wrap("img", null, Object.assign({
			src,
			alt
		}, attrs));
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML section heading element
	*
	* @param {string} text heading text
	* @param {number | string} [level=1] (optional) the heading level, default: 1
	*
	* @returns {Summary} summary instance
	*/
	addHeading(text, level) {
		const tag = `h${level}`;
		const allowedTag = [
			"h1",
			"h2",
			"h3",
			"h4",
			"h5",
			"h6"
		].includes(tag) ? tag : "h1";
		const element = this.wrap(allowedTag, text);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML thematic break (<hr>) to the summary buffer
	*
	* @returns {Summary} summary instance
	*/
	addSeparator() {
		const element = this.wrap("hr", null);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML line break (<br>) to the summary buffer
	*
	* @returns {Summary} summary instance
	*/
	addBreak() {
		const element = this.wrap("br", null);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML blockquote to the summary buffer
	*
	* @param {string} text quote text
	* @param {string} cite (optional) citation url
	*
	* @returns {Summary} summary instance
	*/
	addQuote(text, cite) {
		const attrs = Object.assign({}, cite && { cite });
		const element = this.wrap("blockquote", text, attrs);
		return this.addRaw(element).addEOL();
	}
	/**
	* Adds an HTML anchor tag to the summary buffer
	*
	* @param {string} text link text/content
	* @param {string} href hyperlink
	*
	* @returns {Summary} summary instance
	*/
	addLink(text, href) {
		const element = this.wrap("a", text, { href });
		return this.addRaw(element).addEOL();
	}
};
const summary = new Summary();
/**
* The code to exit an action
*/
var ExitCode;
(function(ExitCode) {
	/**
	* A code indicating that the action was successful
	*/
	ExitCode[ExitCode["Success"] = 0] = "Success";
	/**
	* A code indicating that the action was a failure
	*/
	ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
/**
* Registers a secret which will get masked from logs
*
* @param secret - Value of the secret to be masked
* @remarks
* This function instructs the Actions runner to mask the specified value in any
* logs produced during the workflow run. Once registered, the secret value will
* be replaced with asterisks (***) whenever it appears in console output, logs,
* or error messages.
*
* This is useful for protecting sensitive information such as:
* - API keys
* - Access tokens
* - Authentication credentials
* - URL parameters containing signatures (SAS tokens)
*
* Note that masking only affects future logs; any previous appearances of the
* secret in logs before calling this function will remain unmasked.
*
* @example
* ```typescript
* // Register an API token as a secret
* const apiToken = "abc123xyz456";
* setSecret(apiToken);
*
* // Now any logs containing this value will show *** instead
* console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
* ```
*/
function setSecret(secret) {
	issueCommand("add-mask", {}, secret);
}
/**
* Gets the value of an input.
* Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
* Returns an empty string if the value is not defined.
*
* @param     name     name of the input to get
* @param     options  optional. See InputOptions.
* @returns   string
*/
function getInput(name, options) {
	const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
	if (options && options.required && !val) throw new Error(`Input required and not supplied: ${name}`);
	if (options && options.trimWhitespace === false) return val;
	return val.trim();
}
/**
* Sets the value of an output.
*
* @param     name     name of the output to set
* @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
*/
function setOutput$1(name, value) {
	if (process.env["GITHUB_OUTPUT"] || "") return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
	process.stdout.write(os.EOL);
	issueCommand("set-output", { name }, toCommandValue(value));
}
/**
* Sets the action status to failed.
* When the action exits it will be with an exit code of 1
* @param message add error issue message
*/
function setFailed(message) {
	process.exitCode = ExitCode.Failure;
	error(message);
}
/**
* Writes debug message to user log
* @param message debug message
*/
function debug(message) {
	issueCommand("debug", {}, message);
}
/**
* Adds an error issue
* @param message error issue message. Errors will be converted to string via toString()
* @param properties optional properties to add to the annotation.
*/
function error(message, properties = {}) {
	issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
* Adds a warning issue
* @param message warning issue message. Errors will be converted to string via toString()
* @param properties optional properties to add to the annotation.
*/
function warning(message, properties = {}) {
	issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
* Adds a notice issue
* @param message notice issue message. Errors will be converted to string via toString()
* @param properties optional properties to add to the annotation.
*/
function notice(message, properties = {}) {
	issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
* Writes info to log with console.log.
* @param message info message
*/
function info(message) {
	process.stdout.write(message + os.EOL);
}
// src/action/log.ts
/**
* The runner's log, as the pipeline's steps take it: @actions/core's functions named one by one, never the `core`
* namespace handed on as a value. A namespace used as a value keeps every export of the package in use, its OIDC
* token helper among them, and the bundle would have to carry that helper's HTTP client (rolldown.config.mjs).
*/
const actionLog = {
	debug,
	info,
	notice,
	warning,
	error
};
// src/action/redacted-output.ts
/**
* The log itself: everything the action prints goes through process.stdout/stderr (@actions/core's info, warning,
* error and setFailed, and a crash's stack), so redacting there covers every message, including ones from code that
* never heard of secrets (octokit's errors quote the server's text). The `::add-mask::` commands are left whole:
* they are how the runner learns the values, and it consumes them.
*/
function redactProcessOutput() {
	for (const stream of [process.stdout, process.stderr]) {
		const write = stream.write.bind(stream);
		stream.write = ((chunk, ...rest) => {
			if (typeof chunk === "string") return write(chunk.startsWith("::add-mask::") ? chunk : redactSecrets(chunk), ...rest);
			if (chunk instanceof Uint8Array) {
				const text = Buffer.from(chunk).toString("utf8");
				const clean = redactSecrets(text);
				if (clean !== text) return write(clean, ...rest.filter((r) => typeof r === "function"));
			}
			return write(chunk, ...rest);
		});
	}
}
/** core.setOutput with the secrets taken out: the runner does not mask what goes to GITHUB_OUTPUT. */
function setOutput(name, value) {
	setOutput$1(name, typeof value === "string" ? redactSecrets(value) : value);
}
// src/target/raw-listing.ts
const STATUS = {
	A: "added",
	M: "modified",
	R: "renamed",
	C: "copied",
	D: "deleted",
	T: "type-changed"
};
var RawListingError = class extends Error {};
function parseRawNumstat(output) {
	const fields = output.split("\0");
	if (fields[fields.length - 1] === "") fields.pop();
	const entries = [];
	let i = 0;
	while (i < fields.length && fields[i].startsWith(":")) {
		const [oldMode = "", newMode = "", , , statusField = ""] = fields[i].slice(1).split(" ");
		const letter = statusField.charAt(0);
		const status = STATUS[letter];
		if (!status) throw new RawListingError(`unexpected git diff status '${statusField}'`);
		if (letter === "R" || letter === "C") {
			entries.push({
				status,
				previousPath: fields[i + 1],
				path: fields[i + 2],
				oldMode,
				newMode,
				binary: false
			});
			i += 3;
		} else {
			entries.push({
				status,
				path: fields[i + 1],
				oldMode,
				newMode,
				binary: false
			});
			i += 2;
		}
	}
	let n = 0;
	while (i < fields.length && n < entries.length) {
		const [added, deleted, inlinePath] = fields[i].split("	");
		entries[n].binary = added === "-" && deleted === "-";
		i += inlinePath === "" ? 3 : 1;
		n++;
	}
	return entries;
}
// src/target/git-diff.ts
/** git could not answer; the message says why, for the log and the fallback note. */
var GitDiffUnavailable = class extends Error {};
const DEFAULT_DEEPEN_STEPS = [
	50,
	200,
	1e3,
	5e3
];
const FETCH_FLAGS = [
	"--no-tags",
	"--no-recurse-submodules",
	"--no-write-fetch-head",
	"--quiet"
];
/** Flags that keep the output the same whatever the user's git config says. */
const DIFF_FLAGS = [
	"--no-color",
	"--no-ext-diff",
	"--no-textconv",
	"--find-renames",
	"--src-prefix=a/",
	"--dst-prefix=b/",
	"--no-relative"
];
async function diffWithGit(req) {
	const { cwd, baseSha, headSha } = req;
	const remote = req.remote ?? "origin";
	const log = req.log ?? (() => void 0);
	const notes = [];
	const timeoutMs = req.fetchTimeoutMs ?? 3e5;
	const run = (args, maxBytes) => runGit(args, {
		cwd,
		maxBytes,
		timeoutMs
	});
	const inside = await run(["rev-parse", "--is-inside-work-tree"]);
	if (inside.code !== 0 || inside.stdout.trim() !== "true") throw new GitDiffUnavailable("the workspace is not a git repository (run actions/checkout before this action)");
	const missing = [];
	for (const sha of unique([baseSha, headSha])) if (!await hasCommit(cwd, sha)) missing.push(sha);
	if (missing.length) {
		log(`Fetching ${missing.map(short).join(" and ")} from ${remote} (not in the checkout)`);
		const fetched = await run([
			"fetch",
			...FETCH_FLAGS,
			"--depth=1",
			remote,
			...missing
		]);
		if (fetched.code !== 0) throw new GitDiffUnavailable(`could not fetch ${missing.map(short).join(", ")}: ${firstLine(fetched.stderr)}`);
		notes.push(`Fetched ${missing.map(short).join(" and ")} (depth 1), which the checkout did not include.`);
	}
	let mergeBase = await findMergeBase(cwd, baseSha, headSha);
	if (!mergeBase) {
		const shallow = (await run(["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
		if (shallow) for (const depth of req.deepenSteps ?? DEFAULT_DEEPEN_STEPS) {
			log(`No merge base of ${short(baseSha)} and ${short(headSha)} yet; fetching history to depth ${depth}`);
			const fetched = await run([
				"fetch",
				...FETCH_FLAGS,
				`--depth=${depth}`,
				remote,
				...unique([baseSha, headSha])
			]);
			if (fetched.code !== 0) throw new GitDiffUnavailable(`could not deepen the clone: ${firstLine(fetched.stderr)}`);
			mergeBase = await findMergeBase(cwd, baseSha, headSha);
			if (mergeBase) {
				notes.push(`Deepened the shallow clone to depth ${depth} to find the merge base ${short(mergeBase)}.`);
				break;
			}
		}
		if (!mergeBase) throw new GitDiffUnavailable(shallow ? `no merge base of ${short(baseSha)} and ${short(headSha)} within the fetched history` : `${short(baseSha)} and ${short(headSha)} have no common history`);
	}
	const files = mergeBase === headSha ? [] : await gitChanges(cwd, [mergeBase, headSha], timeoutMs);
	log(`git: ${files.length} changed files between ${short(mergeBase)} (merge base) and ${short(headSha)}`);
	return {
		source: "git",
		baseSha: mergeBase,
		headSha,
		files,
		notes
	};
}
/**
* The changed files between two trees, as `git diff` names them: `[from, to]` two commits, `[from]` a commit and the
* working tree, `['--cached', from]` a commit and the index. Zero lines of context: every line on the new side of
* a hunk is an added line, and the output stays small.
*/
async function gitChanges(cwd, range, timeoutMs) {
	const run = (args) => runGit(args, {
		cwd,
		timeoutMs
	});
	const [listing, patch] = await Promise.all([run([
		"diff",
		"--raw",
		"--numstat",
		"-z",
		...DIFF_FLAGS,
		...range,
		"--"
	]), run([
		"-c",
		"core.quotePath=false",
		"diff",
		"--unified=0",
		"--diff-filter=d",
		...DIFF_FLAGS,
		...range,
		"--"
	])]);
	if (listing.code !== 0) throw new GitDiffUnavailable(`git diff failed: ${firstLine(listing.stderr)}`);
	const entries = parseRawNumstat(listing.stdout);
	if (entries.length === 0) return [];
	if (patch.code !== 0) throw new GitDiffUnavailable(`git diff failed: ${firstLine(patch.stderr)}`);
	const byPath = indexPatch(parsePatch(patch.stdout));
	const files = [];
	for (const entry of entries) {
		let added = entry.status === "deleted" || entry.binary ? [] : byPath.get(entry.path);
		if (added === void 0) added = await addedLinesOfOneFile(cwd, range, entry, timeoutMs);
		files.push(toChangedFile(entry, added));
	}
	return files;
}
/** git's empty tree: the base of a repository without commits. */
const EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
/**
* What the working tree adds relative to the merge base of `ref` and HEAD (a branch's own changes, committed or
* not, as its pull request will show them), plus untracked files that .gitignore does not exclude.
*/
async function diffWorktree(cwd, ref, timeoutMs = 6e4) {
	await insideWorkTree(cwd);
	const head = await checkedOutCommit(cwd);
	if (!head) throw new GitDiffUnavailable("the repository has no commit yet: nothing to compare with");
	const resolved = await runGit([
		"rev-parse",
		"--verify",
		"--quiet",
		"--end-of-options",
		`${ref}^{commit}`
	], { cwd });
	if (resolved.code !== 0) throw new GitDiffUnavailable(`'${ref}' is not a commit, branch or tag in this repository`);
	const mergeBase = await findMergeBase(cwd, resolved.stdout.trim(), head);
	if (!mergeBase) throw new GitDiffUnavailable(`'${ref}' and HEAD have no common history`);
	const files = await gitChanges(cwd, [mergeBase], timeoutMs);
	const untracked = await runGit([
		"ls-files",
		"-z",
		"--others",
		"--exclude-standard"
	], {
		cwd,
		timeoutMs
	});
	if (untracked.code !== 0) throw new GitDiffUnavailable(`git ls-files failed: ${firstLine(untracked.stderr)}`);
	const extra = untracked.stdout.split("\0").filter(Boolean);
	for (const p of extra) files.push({
		path: p,
		status: "added",
		addedLines: "unknown"
	});
	return {
		source: "git-worktree",
		baseSha: mergeBase,
		headSha: head,
		files,
		notes: extra.length ? [`${extra.length} untracked file(s) count as added.`] : []
	};
}
/** What the index adds relative to HEAD (the commit being prepared: a pre-commit hook's view). */
async function diffIndex(cwd, timeoutMs = 6e4) {
	await insideWorkTree(cwd);
	const head = await checkedOutCommit(cwd);
	const files = await gitChanges(cwd, ["--cached", head ?? EMPTY_TREE], timeoutMs);
	return {
		source: "git-index",
		baseSha: head ?? EMPTY_TREE,
		headSha: head ?? EMPTY_TREE,
		files,
		notes: []
	};
}
async function insideWorkTree(cwd) {
	const inside = await runGit(["rev-parse", "--is-inside-work-tree"], { cwd });
	if (inside.code !== 0 || inside.stdout.trim() !== "true") throw new GitDiffUnavailable(`${cwd} is not inside a git work tree`);
}
/** Whether the workspace's checked-out commit is the given one (then the working tree holds the head's lines). */
async function checkedOutCommit(cwd) {
	const r = await runGit([
		"rev-parse",
		"--verify",
		"--quiet",
		"HEAD"
	], { cwd });
	return r.code === 0 ? r.stdout.trim() : void 0;
}
async function hasCommit(cwd, sha) {
	return (await runGit([
		"cat-file",
		"-e",
		`${sha}^{commit}`
	], { cwd })).code === 0;
}
async function findMergeBase(cwd, a, b) {
	const r = await runGit([
		"merge-base",
		a,
		b
	], { cwd });
	return r.code === 0 && r.stdout.trim() ? r.stdout.trim() : void 0;
}
function indexPatch(files) {
	const map = /* @__PURE__ */ new Map();
	for (const f of files) {
		if (!f.path) continue;
		const prev = map.get(f.path);
		map.set(f.path, prev ? [.../* @__PURE__ */ new Set([...prev, ...f.addedLines])].sort((x, y) => x - y) : f.addedLines);
	}
	return map;
}
async function addedLinesOfOneFile(cwd, range, entry, timeoutMs) {
	const paths = [entry.path, ...entry.previousPath ? [entry.previousPath] : []].map((p) => `:(literal)${p}`);
	const r = await runGit([
		"diff",
		"--unified=0",
		...DIFF_FLAGS,
		...range,
		"--",
		...paths
	], {
		cwd,
		timeoutMs
	});
	if (r.code !== 0) return [];
	return [...new Set(parsePatch(r.stdout).flatMap((f) => f.addedLines))].sort((x, y) => x - y);
}
function toChangedFile(entry, addedLines) {
	const file = {
		path: entry.path,
		status: entry.status,
		addedLines
	};
	if (entry.previousPath) file.previousPath = entry.previousPath;
	if (entry.binary) file.binary = true;
	if (entry.newMode === "160000" || entry.status === "deleted" && entry.oldMode === "160000") file.submodule = true;
	if (entry.newMode === "120000") file.symlink = true;
	if (entry.status !== "added" && entry.status !== "deleted" && entry.oldMode !== entry.newMode) file.modeChange = {
		from: entry.oldMode,
		to: entry.newMode
	};
	return file;
}
function unique(xs) {
	return [...new Set(xs)];
}
function short(sha) {
	return sha.slice(0, 7);
}
function firstLine(s) {
	return s.split("\n").find((l) => l.trim())?.trim() ?? "no error output";
}
// src/target/resolve-diff.ts
/** The diff could not be read at all (neither git nor the API could answer). */
var DiffUnavailableError = class extends UserError {};
async function resolveChanges(cwd, req, opts = {}) {
	if (req.kind === "worktree" || req.kind === "index") try {
		return req.kind === "worktree" ? await diffWorktree(cwd, req.ref) : await diffIndex(cwd);
	} catch (err) {
		if (err instanceof GitDiffUnavailable) throw new DiffUnavailableError(err.message);
		throw err;
	}
	try {
		return await diffWithGit({
			cwd,
			baseSha: req.baseSha,
			headSha: req.headSha,
			...opts.log ? { log: opts.log } : {}
		});
	} catch (err) {
		if (!(err instanceof GitDiffUnavailable)) throw err;
		const why = `git could not give the diff (${err.message})`;
		if (!opts.rest) throw new DiffUnavailableError(`${why}, and there is no token to ask the REST API. Check out with \`fetch-depth: 0\` (actions/checkout) or pass \`github-token\`.`);
		opts.log?.(`${why}; using the REST API instead.`);
		const notes = [capitalize(why) + "."];
		try {
			if (req.pullNumber !== void 0) {
				const files = await opts.rest.pullFiles(req.pullNumber);
				return diffFromRestFiles(files, {
					source: "rest-pull-files",
					baseSha: req.baseSha,
					headSha: req.headSha,
					cap: REST_PULL_FILES_CAP,
					notes
				});
			}
			const { files, mergeBase } = await opts.rest.compareFiles(req.baseSha, req.headSha);
			return diffFromRestFiles(files, {
				source: "rest-compare",
				baseSha: mergeBase,
				headSha: req.headSha,
				cap: 300,
				notes
			});
		} catch (apiErr) {
			throw new DiffUnavailableError(`${why}, and the REST API refused too (${apiErr.message.split("\n")[0]}). Check out with \`fetch-depth: 0\` (actions/checkout), or give the token \`contents: read\` and \`pull-requests: read\`.`);
		}
	}
}
function capitalize(s) {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
// src/scan/scan-contents.ts
var import_ignore = /* @__PURE__ */ __toESM(require_ignore(), 1);
function contentScanner(opts) {
	const started = performance.now();
	const catalog = opts.catalog ?? compileCatalog(RULES);
	const maxBytes = opts.maxFileBytes ?? 10485760;
	const findings = [];
	const skipped = [];
	let files = 0;
	let bytes = 0;
	return {
		add({ path, bytes: data }) {
			if (!data) {
				skipped.push({
					path,
					reason: "not in the head commit"
				});
				return;
			}
			const byName = binaryTypeOf(path);
			if (byName) {
				skipped.push({
					path,
					reason: byName
				});
				return;
			}
			if (data.length > maxBytes) {
				skipped.push({
					path,
					reason: tooLarge(maxBytes, data.length)
				});
				return;
			}
			try {
				const external = opts.context?.contextFor(path);
				const outcome = scanBytes(data, path, catalog, external ? { context: external } : {});
				if ("skipped" in outcome) {
					skipped.push({
						path,
						reason: outcome.skipped
					});
					return;
				}
				files++;
				bytes += data.length;
				findings.push(...outcome.findings);
			} catch (err) {
				skipped.push({
					path,
					reason: `scan error (${err.message})`
				});
			}
		},
		result() {
			findings.sort(byLocation);
			skipped.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
			return {
				root: opts.root,
				findings,
				skipped,
				stats: {
					files,
					bytes,
					durationMs: Math.round(performance.now() - started)
				}
			};
		}
	};
}
// src/target/blobs.ts
async function readBlobs(cwd, commit, paths, onBlob) {
	const batchable = paths.filter((p) => !p.includes("\n"));
	const odd = paths.filter((p) => p.includes("\n"));
	if (batchable.length) await batch(cwd, commit, batchable, onBlob);
	for (const p of odd) onBlob({
		path: p,
		bytes: await single(cwd, `${commit}:${p}`)
	});
}
function batch(cwd, commit, paths, onBlob) {
	return new Promise((resolve, reject) => {
		const child = spawn("git", ["cat-file", "--batch"], {
			cwd,
			stdio: [
				"pipe",
				"pipe",
				"pipe"
			]
		});
		let pending = Buffer.alloc(0);
		let body;
		let index = 0;
		let stderr = "";
		child.stderr.on("data", (c) => stderr += c.toString("utf8"));
		child.stdout.on("data", (chunk) => {
			let data = chunk;
			for (;;) {
				if (body) {
					const n = Math.min(body.buf.length - body.filled, data.length);
					data.copy(body.buf, body.filled, 0, n);
					body.filled += n;
					data = data.subarray(n);
					if (body.filled < body.buf.length) return;
					const bytes = body.buf.subarray(0, body.buf.length - 1);
					onBlob(body.type === "blob" ? {
						path: paths[index],
						bytes
					} : { path: paths[index] });
					index++;
					body = void 0;
				}
				pending = pending.length ? Buffer.concat([pending, data]) : data;
				data = Buffer.alloc(0);
				const nl = pending.indexOf(10);
				if (nl === -1) return;
				const header = pending.subarray(0, nl).toString("utf8");
				const rest = pending.subarray(nl + 1);
				pending = Buffer.alloc(0);
				if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
					onBlob({ path: paths[index++] });
					data = rest;
					continue;
				}
				const size = Number(header.split(" ")[2]);
				if (!Number.isFinite(size)) {
					child.kill();
					reject(/* @__PURE__ */ new Error(`unexpected git cat-file output: ${header.slice(0, 200)}`));
					return;
				}
				body = {
					buf: Buffer.allocUnsafe(size + 1),
					filled: 0,
					type: header.split(" ")[1] ?? ""
				};
				data = rest;
			}
		});
		child.on("error", reject);
		child.on("close", (code) => {
			if (code === 0 && index === paths.length) resolve();
			else reject(/* @__PURE__ */ new Error(`git cat-file failed (exit ${code}): ${stderr.trim().slice(0, 500)}`));
		});
		child.stdin.on("error", () => void 0);
		child.stdin.end(paths.map((p) => `${commit}:${p}\n`).join(""));
	});
}
function single(cwd, spec) {
	return new Promise((resolve) => {
		const child = spawn("git", [
			"cat-file",
			"blob",
			spec
		], {
			cwd,
			stdio: [
				"ignore",
				"pipe",
				"ignore"
			]
		});
		const out = [];
		child.stdout.on("data", (c) => out.push(c));
		child.on("error", () => resolve(void 0));
		child.on("close", (code) => resolve(code === 0 ? Buffer.concat(out) : void 0));
	});
}
// src/target/types.ts
/** Files that hold text the PR adds: not deleted, not a submodule, not a symbolic link. */
function scannableFiles(diff) {
	return diff.files.filter((f) => f.status !== "deleted" && !f.submodule && !f.symlink);
}
// src/target/select-files.ts
/**
* The changed files a diff-mode run scans: files with text at the head (not deleted, not submodules or symlinks),
* inside the `paths` input when given, outside the default and user excludes. A full scan never lists vendored
* folders; a PR that touches them must not fail on them either.
*/
function selectFilesToScan(diff, opts) {
	const excluded = (0, import_ignore.default)().add([...DEFAULT_EXCLUDES, ...opts.exclude ?? []]);
	const roots = (opts.paths ?? []).map(normalize).filter((p) => p !== void 0);
	const underRoots = (p) => roots.length === 0 || roots.some((r) => r === "" || p === r || p.startsWith(r + "/"));
	return scannableFiles(diff).filter((f) => underRoots(f.path) && !excluded.ignores(f.path));
}
function normalize(p) {
	let s = p.trim().replace(/\\/g, "/");
	while (s.startsWith("./")) s = s.slice(2);
	s = s.replace(/\/+$/, "");
	if (s === ".") return "";
	return s.startsWith("/") || s.startsWith("../") ? void 0 : s;
}
async function gatherContext(changed, reader, catalog, opts) {
	const index = new ContextIndex();
	const perDir = opts.maxFilesPerDir ?? 200;
	const read = /* @__PURE__ */ new Set();
	const { askers, imports, filesRead: changedRead } = await readChangedFiles(changed, reader, catalog, opts.maxFileBytes, index, read);
	let filesRead = changedRead;
	if (askers.length === 0) return {
		index,
		filesRead
	};
	const { families, dirs } = packagesOf(askers);
	const toRead = /* @__PURE__ */ new Set();
	let listed;
	try {
		listed = await reader.listFiles([...dirs]);
	} catch {
		listed = /* @__PURE__ */ new Map();
	}
	for (const dir of dirs) {
		const files = listed.get(dir) ?? [];
		const wanted = families.get(dir);
		let siblings = 0;
		for (const f of files) {
			if (isManifest(f)) {
				index.noteManifest(f);
				if (!read.has(f)) toRead.add(f);
				continue;
			}
			const family = familyOf(f);
			if (wanted && family && wanted.has(family) && siblings < perDir) {
				siblings++;
				if (!read.has(f)) toRead.add(f);
			}
		}
	}
	let projectImports;
	if (reader.findProjectImports) {
		const manifestDirs = /* @__PURE__ */ new Set();
		for (const [dir, files] of listed) if (files.some((f) => isManifest(f))) manifestDirs.add(dir);
		const roots = new Set(askers.map((p) => ancestorDirs(p).find((d) => manifestDirs.has(d)) ?? ""));
		projectImports = reader.findProjectImports([...roots]).catch(() => []);
	}
	const lend = (path, bytes) => {
		read.add(path);
		if (!bytes) return;
		filesRead++;
		try {
			const outcome = scanBytes(bytes, path, catalog);
			if ("findings" in outcome && outcome.shared?.length) index.add(path, outcome.shared);
		} catch {}
	};
	if (toRead.size) await reader.read([...toRead], opts.maxFileBytes, lend);
	if (projectImports) {
		const more = (await projectImports).filter((p) => familyOf(p) && !read.has(p));
		if (more.length) await reader.read(more, opts.maxFileBytes, lend);
	}
	for (const [path, candidates] of imports) index.noteImports(path, candidates);
	const wanted = new Set([...imports.values()].flat(2).filter((c) => !read.has(c)));
	if (wanted.size) {
		let existing;
		try {
			existing = await reader.listFiles([...new Set([...wanted].map(dirName))]);
		} catch {
			existing = /* @__PURE__ */ new Map();
		}
		const present = [...existing.values()].flat().filter((f) => wanted.has(f));
		if (present.length) await reader.read(present, opts.maxFileBytes, lend);
	}
	return {
		index,
		filesRead
	};
}
/**
* The changed files, read first. Only one whose matches need a tag it does not hold itself can take anything from
* other files (the full scan's own test, takesOutsideContext): every other one is decided alike with or without
* context, so its folder and project are not read at all. The changed files lend their own evidence too.
*/
async function readChangedFiles(changed, reader, catalog, maxFileBytes, index, read) {
	const askers = [];
	const imports = /* @__PURE__ */ new Map();
	let filesRead = 0;
	const everyRule = copiedAnchorTestsOf(catalog).anyRule;
	await reader.read([...changed], maxFileBytes, (path, bytes) => {
		read.add(path);
		if (!bytes) return;
		filesRead++;
		try {
			const outcome = scanBytes(bytes, path, catalog, {
				anchors: everyRule,
				collect: true
			});
			if (!("findings" in outcome)) return;
			if (outcome.shared?.length) index.add(path, outcome.shared);
			if (outcome.collected) {
				askers.push(path);
				if (outcome.collected.imports) imports.set(path, outcome.collected.imports);
			}
		} catch {}
	});
	return {
		askers,
		imports,
		filesRead
	};
}
/** The language families each asking file's directory needs, and every directory above one (for manifests). */
function packagesOf(askers) {
	const families = /* @__PURE__ */ new Map();
	const dirs = /* @__PURE__ */ new Set();
	for (const p of askers) {
		const family = familyOf(p);
		if (family) {
			const set = families.get(dirName(p)) ?? /* @__PURE__ */ new Set();
			set.add(family);
			families.set(dirName(p), set);
		}
		for (const d of ancestorDirs(p)) dirs.add(d);
	}
	return {
		families,
		dirs
	};
}
// src/scan/project-imports.ts
/**
* Where a project-wide import of a legacy SDK can live, so that a pull request's context finds one in a file it
* does not change, in a directory it does not touch, without reading the project: C#'s `global using` (any `.cs`
* file, usually GlobalUsings.cs), an index module that re-exports the SDK (`index.ts`, `index.js`, ...), a Scala
* package object. git finds the candidates under each project root by content (`git grep`, in git's own C code
* over the object store or the checkout), and only those are read.
*/
const EXTENSIONS = ["cs"];
const NAMES = [
	"index.ts",
	"index.tsx",
	"index.mts",
	"index.js",
	"index.mjs",
	"index.cjs",
	"package.scala"
];
/** Words every project-wide import the catalog knows contains (the SDK's product names). */
const WORDS = ["hunyuan", "lkeap"];
/**
* Files under the given project roots ('' = the whole tree) that name the SDKs and may hold a project-wide
* import. `commit` unset: the working tree's tracked files. Empty when git cannot tell (not a repository).
*/
async function findProjectImportCandidates(cwd, roots, commit) {
	const safe = roots.filter((r) => !/[\n*?[\]:\\]/.test(r));
	if (safe.length === 0) return [];
	const pathspecs = safe.flatMap((root) => {
		const under = root ? `${root}/` : "";
		return [...EXTENSIONS.map((e) => `${under}*.${e}`), ...NAMES.flatMap((n) => [`${under}${n}`, `${under}*/${n}`])];
	});
	const args = [
		"grep",
		"-l",
		"-z",
		"-I",
		"-i",
		"-F",
		...WORDS.flatMap((w) => ["-e", w]),
		...commit ? [commit] : [],
		"--",
		...pathspecs
	];
	const r = await runGit(args, {
		cwd,
		maxBytes: 1048576,
		timeoutMs: 3e4
	});
	if (r.code !== 0) return [];
	const prefix = commit ? `${commit}:` : "";
	return r.stdout.split("\0").filter(Boolean).map((p) => prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p).slice(0, 50);
}
// src/scan/context-reader-fs.ts
/**
* Reads context from the workspace: regular files only (a symbolic link is neither listed nor read), and only
* inside the root, whatever a directory on the way is. Synchronously, as the scan reads: a pull request's context is
* hundreds of small files, and awaiting each one's stat, open, read and close in turn cost more than a second on a
* large repository, where reading them takes a few milliseconds.
*/
function workspaceContextReader(root) {
	const inside = (abs) => {
		const rel = path.relative(root, abs);
		return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
	};
	const plainFolder = (abs) => {
		try {
			const real = realpathSync(abs);
			return inside(real) && real === path.resolve(abs);
		} catch {
			return false;
		}
	};
	return {
		async listFiles(dirs) {
			const out = /* @__PURE__ */ new Map();
			for (const dir of dirs) try {
				const abs = path.join(root, dir);
				if (!plainFolder(abs)) continue;
				const entries = readdirSync(abs, { withFileTypes: true });
				out.set(dir, entries.filter((e) => e.isFile()).map((e) => dir ? `${dir}/${e.name}` : e.name));
			} catch {}
			return out;
		},
		findProjectImports: (roots) => findProjectImportCandidates(root, roots),
		async read(paths, maxBytes, onFile) {
			const plainDirs = /* @__PURE__ */ new Map();
			const plainDir = (dir) => {
				let ok = plainDirs.get(dir);
				if (ok === void 0) plainDirs.set(dir, ok = plainFolder(dir));
				return ok;
			};
			for (const p of paths) {
				const abs = path.join(root, p);
				const got = inside(abs) && plainDir(path.dirname(abs)) ? readRepoFileSync(abs, maxBytes) : void 0;
				onFile(p, got?.ok ? got.bytes : void 0);
			}
		}
	};
}
// src/target/tree-reader.ts
/**
* Reads context from a commit's tree (a pull request's head) with git: `git ls-tree` lists one directory's regular
* files (mode 100644 or 100755: no links, no submodules), `git cat-file --batch` reads them.
*/
function commitContextReader(cwd, commit) {
	return {
		async listFiles(dirs) {
			const out = await lsTree(cwd, commit, dirs.filter((d) => !d.includes("\n")));
			const files = /* @__PURE__ */ new Map();
			for (const entry of out.split("\0")) {
				const tab = entry.indexOf("	");
				if (tab === -1) continue;
				const [mode, type] = entry.slice(0, tab).split(" ");
				if (type !== "blob" || mode !== "100644" && mode !== "100755") continue;
				const file = entry.slice(tab + 1);
				const slash = file.lastIndexOf("/");
				const dir = slash === -1 ? "" : file.slice(0, slash);
				const list = files.get(dir);
				if (list) list.push(file);
				else files.set(dir, [file]);
			}
			return files;
		},
		async read(paths, maxBytes, onFile) {
			await readBlobs(cwd, commit, paths, (blob) => onFile(blob.path, blob.bytes && blob.bytes.length <= maxBytes ? blob.bytes : void 0));
		},
		findProjectImports: (roots) => findProjectImportCandidates(cwd, roots, commit)
	};
}
function lsTree(cwd, commit, dirs) {
	return new Promise((resolve, reject) => {
		const args = [
			"ls-tree",
			"-z",
			"--full-tree",
			commit,
			"--",
			...dirs.map((dir) => dir ? `${dir}/` : ".")
		];
		const child = spawn("git", args, {
			cwd,
			stdio: [
				"ignore",
				"pipe",
				"pipe"
			]
		});
		const out = [];
		let size = 0;
		child.stdout.on("data", (c) => {
			size += c.length;
			if (size > 8388608) child.kill();
			else out.push(c);
		});
		child.on("error", reject);
		child.on("close", (code) => code === 0 ? resolve(Buffer.concat(out).toString("utf8")) : reject(/* @__PURE__ */ new Error(`git ls-tree exited ${code}`)));
	});
}
// src/target/scan-target.ts
async function scanTree(opts) {
	const result = await scan({
		root: opts.root,
		paths: [...opts.paths],
		include: [...opts.include],
		exclude: [...opts.exclude],
		catalog: opts.catalog,
		...opts.gitignore !== void 0 ? { gitignore: opts.gitignore } : {},
		...opts.maxFileBytes !== void 0 ? { maxFileBytes: opts.maxFileBytes } : {},
		...opts.threads !== void 0 ? { threads: opts.threads } : {},
		...opts.onProgress ? { onProgress: opts.onProgress } : {}
	});
	return {
		result,
		readLine: lineReader((p) => promises$1.readFile(path.join(result.root, p)))
	};
}
async function scanChanges(diff, opts, log) {
	const root = await promises$1.realpath(opts.root);
	const included = opts.include.length ? (0, import_ignore.default)().add([...opts.include]) : void 0;
	const paths = selectFilesToScan(diff, {
		paths: opts.paths.map((p) => relativeTo(root, p)),
		exclude: [...opts.exclude]
	}).filter((f) => !included || included.ignores(f.path)).map((f) => f.path);
	if (paths.length === 0) return {
		result: contentScanner({
			root,
			catalog: opts.catalog
		}).result(),
		diff,
		scannedFiles: 0,
		readLine: async () => void 0
	};
	let context;
	const withContext = async (reader) => {
		try {
			context = (await gatherContext(paths, reader, opts.catalog, { maxFileBytes: opts.maxFileBytes ?? 10485760 })).index;
		} catch (err) {
			log.info(`Could not read the changed files' packages for context (${err.message}); each file is judged on its own.`);
		}
	};
	const scanner = () => contentScanner({
		root,
		catalog: opts.catalog,
		...opts.maxFileBytes !== void 0 ? { maxFileBytes: opts.maxFileBytes } : {},
		...context ? { context } : {}
	});
	if (diff.source === "git-index") {
		await withContext(workspaceContextReader(root));
		const s = scanner();
		await readBlobs(root, "", paths, (blob) => s.add(blob));
		return {
			result: s.result(),
			diff,
			scannedFiles: paths.length,
			readLine: lineReader((p) => blobOf(root, "", p))
		};
	}
	if (diff.source !== "git-worktree") {
		const checkedOut = await checkedOutCommit(root);
		if (checkedOut !== diff.headSha && (diff.source === "git" || await hasCommit(root, diff.headSha))) {
			log.info(`Reading ${paths.length} changed file(s) at the head ${short(diff.headSha)} (the workspace has ${checkedOut ? short(checkedOut) : "no commit"} checked out).`);
			await withContext(commitContextReader(root, diff.headSha));
			const s = scanner();
			await readBlobs(root, diff.headSha, paths, (blob) => s.add(blob));
			return {
				result: s.result(),
				diff,
				scannedFiles: paths.length,
				readLine: lineReader((p) => blobOf(root, diff.headSha, p))
			};
		}
		if (checkedOut && checkedOut !== diff.headSha) diff = {
			...diff,
			notes: [...diff.notes, `Line numbers come from the checked-out commit ${short(checkedOut)}, not the head ${short(diff.headSha)}; they can be off where the base branch changed the same files.`]
		};
	}
	await withContext(workspaceContextReader(root));
	const present = [];
	const missing = [];
	for (const p of paths) ((await promises$1.lstat(path.join(root, p)).catch(() => void 0))?.isFile() ? present : missing).push(p);
	const scanned = present.length ? await scan({
		root,
		paths: present,
		exclude: [...opts.exclude],
		catalog: opts.catalog,
		...opts.maxFileBytes !== void 0 ? { maxFileBytes: opts.maxFileBytes } : {},
		...context ? { context } : {}
	}) : {
		root,
		findings: [],
		skipped: [],
		stats: {
			files: 0,
			bytes: 0,
			durationMs: 0
		}
	};
	return {
		result: {
			...scanned,
			skipped: [...scanned.skipped, ...missing.map((p) => ({
				path: p,
				reason: "not a regular file in the workspace"
			}))]
		},
		diff,
		scannedFiles: present.length,
		readLine: lineReader((p) => promises$1.readFile(path.join(root, p)))
	};
}
async function blobOf(root, commit, p) {
	let bytes;
	await readBlobs(root, commit, [p], (b) => bytes = b.bytes);
	return bytes;
}
function lineReader(read) {
	const cache = /* @__PURE__ */ new Map();
	return async (p, line) => {
		if (!cache.has(p)) {
			const bytes = await read(p).catch(() => void 0);
			const decoded = bytes ? decode(bytes) : void 0;
			let text = decoded?.kind === "text" ? decoded.text : void 0;
			if (text?.charCodeAt(0) === 65279) text = text.slice(1);
			cache.set(p, text === void 0 ? void 0 : new LineIndex(text));
		}
		return cache.get(p)?.lineText(line);
	};
}
function relativeTo(root, p) {
	return path.isAbsolute(p) ? path.relative(root, p).split(path.sep).join("/") : p;
}
// src/safe-fs/inside-root.ts
/**
* A path the repository names (the config's `baseline:`, the default config file) must stay in the workspace:
* lexically (no `..`, no absolute path elsewhere) and physically (no folder on the way is a symbolic link, which could
* lead anywhere). Returns the absolute path, or the reason it may not be used. The file itself is checked when it
* is opened (see bounded-read.ts), so a missing file is not refused here.
*/
async function pathInsideRoot(root, file) {
	const realRoot = await promises$1.realpath(root).catch(() => path.resolve(root));
	const abs = path.resolve(root, file);
	let rel = path.relative(path.resolve(root), abs);
	if (rel.startsWith("..") || path.isAbsolute(rel)) rel = path.relative(realRoot, abs);
	if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return { refused: "it is outside the workspace" };
	const parts = rel.split(path.sep);
	let dir = realRoot;
	for (const part of parts.slice(0, -1)) {
		dir = path.join(dir, part);
		const st = await promises$1.lstat(dir).catch(() => void 0);
		if (!st) break;
		if (st.isSymbolicLink()) return { refused: `${parts.slice(0, parts.indexOf(part) + 1).join("/")} is a symbolic link, which is not followed` };
		if (!st.isDirectory()) break;
	}
	return { abs: path.join(realRoot, rel) };
}
// node_modules/zod/v4/mini/schemas.js
const ZodMiniType = /*@__PURE__*/ $constructor("ZodMiniType", (inst, def) => {
	if (!inst._zod) throw new Error("Uninitialized schema in ZodMiniType.");
	$ZodType.init(inst, def);
	inst.def = def;
	inst.type = def.type;
}, {
	get with() {
		return this.check;
	},
	set with(value) {
		own(this, "with", value);
	},
	parse(data, params) {
		return parse(this, data, params, { callee: this.parse });
	},
	parseAsync(data, params) {
		return parseAsync(this, data, params, { callee: this.parseAsync });
	},
	safeParse(data, params) {
		return safeParse(this, data, params);
	},
	safeParseAsync(data, params) {
		return safeParseAsync(this, data, params);
	},
	check(...checks) {
		const def = this.def;
		return this.clone({
			...def,
			checks: [...def.checks ?? [], ...checks.map((ch) => typeof ch === "function" ? { _zod: {
				check: ch,
				def: { check: "custom" },
				onattach: []
			} } : ch)]
		}, { parent: true });
	},
	clone(_def, params) {
		return clone(this, _def, params);
	},
	brand() {
		return this;
	},
	register(reg, meta) {
		reg.add(this, meta);
		return this;
	},
	apply(fn, ...args) {
		return args.length === 0 ? fn(this) : fn(this, ...args);
	}
});
const ZodMiniString = /*@__PURE__*/ $constructor("ZodMiniString", (inst, def) => {
	$ZodString.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string(params) {
	return _string(ZodMiniString, params);
}
const ZodMiniNumber = /*@__PURE__*/ $constructor("ZodMiniNumber", (inst, def) => {
	$ZodNumber.init(inst, def);
	ZodMiniType.init(inst, def);
});
const ZodMiniNumberFormat = /*@__PURE__*/ $constructor("ZodMiniNumberFormat", (inst, def) => {
	$ZodNumberFormat.init(inst, def);
	ZodMiniNumber.init(inst, def);
});
function int(params) {
	return _int(ZodMiniNumberFormat, params);
}
const ZodMiniNever = /*@__PURE__*/ $constructor("ZodMiniNever", (inst, def) => {
	$ZodNever.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
	return _never(ZodMiniNever, params);
}
const ZodMiniArray = /*@__PURE__*/ $constructor("ZodMiniArray", (inst, def) => {
	$ZodArray.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
	return new ZodMiniArray({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
const ZodMiniObject = /*@__PURE__*/ $constructor("ZodMiniObject", (inst, def) => {
	$ZodObject.init(inst, def);
	ZodMiniType.init(inst, def);
	installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
	const def = {
		type: "object",
		shape: shape ?? {},
		...normalizeParams(params)
	};
	return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
	return new ZodMiniObject({
		type: "object",
		shape,
		catchall: /* @__PURE__ */ never(),
		...normalizeParams(params)
	});
}
const ZodMiniLiteral = /*@__PURE__*/ $constructor("ZodMiniLiteral", (inst, def) => {
	$ZodLiteral.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
	return new ZodMiniLiteral({
		type: "literal",
		values: Array.isArray(value) ? value : [value],
		...normalizeParams(params)
	});
}
const ZodMiniTransform = /*@__PURE__*/ $constructor("ZodMiniTransform", (inst, def) => {
	$ZodTransform.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
	return new ZodMiniTransform({
		type: "transform",
		transform: fn
	});
}
const ZodMiniOptional = /*@__PURE__*/ $constructor("ZodMiniOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
	return new ZodMiniOptional({
		type: "optional",
		innerType
	});
}
const ZodMiniPipe = /*@__PURE__*/ $constructor("ZodMiniPipe", (inst, def) => {
	$ZodPipe.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
	return new ZodMiniPipe({
		type: "pipe",
		in: in_,
		out
	});
}
// src/triage/baseline.ts
const Fingerprint = (/* @__PURE__ */ string()).check(_regex(/^[0-9a-f]{32}$/, "must be 32 hexadecimal characters"));
const Entry = /* @__PURE__ */ strictObject({
	fingerprint: Fingerprint,
	/** The finding's content without its path: it still matches after the file is renamed, moved or split. */
	contentFingerprint: /* @__PURE__ */ optional(Fingerprint),
	ruleId: /* @__PURE__ */ string(),
	path: /* @__PURE__ */ string(),
	line: int().check(_positive()),
	match: /* @__PURE__ */ string()
});
const BaselineSchema = /* @__PURE__ */ strictObject({
	version: /* @__PURE__ */ literal(1),
	tool: /* @__PURE__ */ string(),
	fingerprintVersion: /* @__PURE__ */ literal(1),
	findings: /* @__PURE__ */ array(Entry)
});
var BaselineError = class extends UserError {};
function parseBaseline(text, file) {
	let data;
	try {
		data = JSON.parse(text);
	} catch (err) {
		throw new BaselineError(`${file}: not a JSON baseline file (invalid JSON${jsonErrorPosition(text, err)})`);
	}
	const parsed = BaselineSchema.safeParse(data);
	if (!parsed.success) {
		const first = parsed.error.issues[0];
		const where = first.path.map(String).join(".") || "(top level)";
		const hint = first.path[0] === "fingerprintVersion" ? " The baseline was made by another version of the fingerprint; regenerate it with `tokenhub-migration-check baseline`." : "";
		throw new BaselineError(`${file}: invalid baseline at ${where}: ${first.code === "unrecognized_keys" ? "unknown key" : first.message}.${hint}`);
	}
	return parsed.data;
}
/**
* Splits findings into new and known. `inScope` limits stale entries to files this run could have seen (a diff
* scan sees only changed files, so entries elsewhere are not stale).
*/
function applyBaseline(findings, baseline, inScope = () => true) {
	const known = new Set(baseline.findings.map((e) => e.fingerprint));
	const prints = fingerprintsOf(findings);
	const matched = /* @__PURE__ */ new Set();
	const out = {
		fresh: [],
		known: [],
		stale: []
	};
	const unmatched = [];
	findings.forEach((f, i) => {
		const fp = prints[i];
		if (known.has(fp)) matched.add(fp);
		else unmatched.push(f);
	});
	const spare = /* @__PURE__ */ new Map();
	for (const e of baseline.findings) {
		if (matched.has(e.fingerprint) || !e.contentFingerprint) continue;
		spare.set(e.contentFingerprint, [...spare.get(e.contentFingerprint) ?? [], e]);
	}
	const moved = /* @__PURE__ */ new Set();
	const movedFindings = /* @__PURE__ */ new Set();
	for (const f of unmatched) {
		const entry = f.contentFingerprint ? spare.get(f.contentFingerprint)?.shift() : void 0;
		if (entry) {
			moved.add(entry);
			movedFindings.add(f);
		}
	}
	out.known = findings.filter((f, i) => known.has(prints[i]) || movedFindings.has(f));
	out.fresh = unmatched.filter((f) => !movedFindings.has(f));
	out.stale = baseline.findings.filter((e) => !matched.has(e.fingerprint) && !moved.has(e) && inScope(e.path));
	return out;
}
/** ` at line L, column C` from a JSON.parse error, or nothing: never the text itself. */
function jsonErrorPosition(text, err) {
	const m = /position (\d+)/.exec(err.message ?? "");
	if (!m) return "";
	const offset = Math.min(Number(m[1]), text.length);
	const before = text.slice(0, offset);
	return ` at line ${before.split("\n").length}, column ${offset - before.lastIndexOf("\n")}`;
}
// src/triage/baseline-path.ts
/**
* Where `baseline` writes when neither the command line nor the config names a file. Apart from the baseline's
* reader, so that code needing only the path (the config's list of the tool's own files) does not load its schema.
*/
const DEFAULT_BASELINE_PATH = ".github/tokenhub-migration-baseline.json";
// src/triage/baseline-file.ts
/** Baselines of very large repositories run to a few MiB; anything far larger is not one. */
const MAX_BASELINE_BYTES = 67108864;
/**
* Reads a baseline named by the config file or an input. The config is the PR author's on a pull request, so the
* path must stay inside the workspace (no `..`, no absolute path elsewhere, no linked folder), the file must be a
* regular file within the size cap, and no error quotes what the file holds.
*/
async function readBaselineFile(root, file) {
	const inside = await pathInsideRoot(root, file);
	if ("refused" in inside) throw new BaselineError(`baseline file not read: ${file}: ${inside.refused}`);
	const read = await readRepoFile(inside.abs, MAX_BASELINE_BYTES);
	if (!read.ok) throw new BaselineError(read.missing ? `baseline file not found: ${file} (create it with \`tokenhub-migration-check baseline --output ${file}\`)` : `cannot read the baseline file ${file}: ${read.reason}`);
	return parseBaseline(read.bytes.toString("utf8"), file);
}
// src/triage/baseline-scope.ts
/**
* Which files a scan could have seen, so that baseline entries for other files are not called stale. Paths are
* relative to the root with `/`; `targets` are the scanned folders or files, also root-relative ('' is the root).
*/
function scanScope(targets, include, exclude) {
	const inc = include.length ? (0, import_ignore.default)().add([...include]) : void 0;
	const exc = (0, import_ignore.default)().add([...exclude]);
	const prefixes = targets.map((t) => t.replace(/\/+$/, ""));
	return (p) => {
		return (prefixes.length === 0 || prefixes.some((t) => t === "" || t === "." || p === t || p.startsWith(t + "/"))) && (!inc || inc.ignores(p)) && !exc.ignores(p);
	};
}
// src/triage/baseline-input.ts
/**
* The baseline as triage takes it, for both faces: the file read from the root, and the files this run could have
* seen (its targets, include and exclude; in diff mode only the changed files), so that entries elsewhere are
* never called stale.
*/
async function baselineInput(root, file, scope) {
	const baseline = await readBaselineFile(root, file);
	const inTargets = scanScope(scope.targets.map((t) => toPosix(path.relative(root, path.resolve(root, t)))), scope.include, scope.exclude);
	const changed = scope.changedFiles ? new Set(scope.changedFiles) : void 0;
	return {
		file: displayPath(root, file),
		baseline,
		inScope: (p) => inTargets(p) && (!changed || changed.has(p))
	};
}
/** A file as the user should read it: relative to the root when inside it, else as given. */
function displayPath(root, file) {
	const rel = path.relative(root, path.resolve(root, file));
	return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? toPosix(rel) : file;
}
function toPosix(p) {
	return p.split(path.sep).join("/");
}
// src/triage/diff-scope.ts
const SCOPE_VALUES = ["added-lines", "changed-files"];
function splitByDiff(findings, added, scope) {
	const sets = /* @__PURE__ */ new Map();
	for (const [path, lines] of added) sets.set(path, lines === "unknown" ? "unknown" : new Set(lines));
	const newFindings = [];
	const preExisting = [];
	const outside = [];
	for (const f of findings) {
		const lines = sets.get(f.path);
		if (lines === void 0) {
			outside.push(f);
			continue;
		}
		(scope === "changed-files" || lines === "unknown" || touches(lines, f) ? newFindings : preExisting).push(f);
	}
	return {
		newFindings,
		preExisting,
		outside
	};
}
/** A finding is on an added line when any line it spans was added (matches never cross lines today). */
function touches(lines, f) {
	for (let l = f.line; l <= f.endLine; l++) if (lines.has(l)) return true;
	return false;
}
// src/triage/triage.ts
function triage(input) {
	const suppressed = [];
	const reported = [];
	for (const f of input.findings) if (f.ignoredInline) suppressed.push({
		finding: f,
		reason: f.ignoredInline.reason ?? "inline ignore comment (no reason given)"
	});
	else reported.push(f);
	let judged = reported;
	let preExisting = [];
	let outsideDiff = [];
	if (input.diff) {
		const split = splitByDiff(reported, input.diff.addedLines, input.diff.scope);
		judged = split.newFindings;
		preExisting = split.preExisting;
		outsideDiff = split.outside;
	}
	let known = [];
	let baseline;
	if (input.baseline) {
		const outcome = applyBaseline(judged, input.baseline.baseline, input.baseline.inScope);
		judged = outcome.fresh;
		known = outcome.known;
		baseline = deepFreeze({
			file: input.baseline.file,
			knownFingerprints: /* @__PURE__ */ new Set([...input.baseline.baseline.findings.map((e) => e.fingerprint), ...fingerprintsOf(outcome.known)]),
			stale: outcome.stale
		});
	}
	const failing = atOrAbove(judged, input.failOn);
	return deepFreeze({
		failOn: input.failOn,
		diffScoped: input.diff !== void 0,
		reported,
		judged: [...judged],
		preExisting: [...preExisting],
		outsideDiff: [...outsideDiff],
		known: [...known],
		suppressed,
		...baseline ? { baseline } : {},
		failing,
		verdict: failing.length > 0 ? "fail" : "pass"
	});
}
/** Freezes the outcome's lists and records (not the findings, which other outcomes may share). */
function deepFreeze(value) {
	for (const v of Object.values(value)) if (Array.isArray(v)) {
		for (const item of v) if (item && typeof item === "object" && "finding" in item) Object.freeze(item);
		Object.freeze(v);
	} else if (v && typeof v === "object" && !(v instanceof Set)) Object.freeze(v);
	return Object.freeze(value);
}
// src/pipeline/check.ts
/** The target scanned: the whole tree, or the files the change adds, read where the change's lines are. */
async function scanTarget(req) {
	const options = {
		root: req.root,
		paths: req.targets,
		include: req.settings.include,
		exclude: req.settings.exclude,
		catalog: req.settings.catalog,
		...req.gitignore !== void 0 ? { gitignore: req.gitignore } : {},
		...req.maxFileBytes !== void 0 ? { maxFileBytes: req.maxFileBytes } : {},
		...req.threads !== void 0 ? { threads: req.threads } : {},
		...req.onProgress ? { onProgress: req.onProgress } : {}
	};
	if (!req.change) return scanTree(options);
	return scanChanges(await resolveChanges(req.root, req.change, {
		...req.rest ? { rest: req.rest } : {},
		log: (m) => req.log.info(m)
	}), options, req.log);
}
/** The lines a change adds, per path at its head, as triage and the review comments take them. */
function addedLinesOf(diff) {
	return new Map(diff.files.map((f) => [f.path, f.addedLines]));
}
/**
* Triage of what the scan found: inline ignores, the change's diff scope, the baseline (whose stale entries are
* sought only where this run looked) and `fail-on`. `result` defaults to the target's own; the action passes it
* with the smoke test's findings added.
*/
async function judgeTarget(req, target, result = target.result) {
	const { settings } = req;
	const addedLines = target.diff ? addedLinesOf(target.diff) : void 0;
	return triage({
		findings: result.findings,
		failOn: settings.failOn,
		...addedLines ? { diff: {
			addedLines,
			scope: req.scope
		} } : {},
		...settings.baseline ? { baseline: await baselineInput(result.root, settings.baseline, {
			targets: req.targets,
			include: settings.include,
			exclude: settings.exclude,
			...addedLines ? { changedFiles: addedLines.keys() } : {}
		}) } : {}
	});
}
// src/report/context.ts
function reportInput(args) {
	const { outcome } = args;
	return Object.freeze({
		...args,
		result: Object.freeze({
			...args.result,
			findings: [...outcome.reported]
		}),
		findings: outcome.judged,
		preExisting: Object.freeze([...outcome.preExisting, ...outcome.known]),
		failOn: outcome.failOn,
		failed: outcome.verdict === "fail"
	});
}
/** What the reporters say about the change of a target scanned in diff mode. */
function diffInfoOf(target, scope) {
	const { diff } = target;
	return {
		source: diff.source,
		baseSha: diff.baseSha,
		notes: diff.notes,
		changedFiles: diff.files.length,
		scannedFiles: target.scannedFiles ?? 0,
		scope,
		addedLines: addedLinesOf(diff)
	};
}
// src/report/run-reporters.ts
/**
* Says once which reporters that write through the API are skipped because API writes are off, so that each of
* them need not fail with its own 403.
*/
function announceApiSkips(reporters, input, skip) {
	const skipped = reporters.filter((r) => r.needsApi && !input.github).map((r) => r.name);
	if (!skipped.length) return;
	const message = `Skipping the ${skipped.join(", ")}: ${skip?.reason ?? "API writes are off"}. The annotations and the job summary still show every finding, and the check still fails when configured.`;
	if (skip?.notice === false) input.log.info(message);
	else input.log.notice(message);
}
/**
* Runs one reporter and returns what it produced. A failure costs that reporter only and becomes a warning;
* a reporter that needs API writes does not run without them.
*/
async function runReporter(reporter, input) {
	if (reporter.needsApi && !input.github) return void 0;
	try {
		return await reporter.run(input);
	} catch (err) {
		input.log.warning(err instanceof ApiRefused ? err.message : `${reporter.name} failed: ${err.message}`);
		return;
	}
}
function planAnnotations(findings, perLevel = 10) {
	const ranked = rankFindings(findings);
	const quota = {
		error: perLevel,
		warning: perLevel,
		notice: perLevel
	};
	const shown = [];
	for (const f of ranked) if (quota[f.severity] > 0) {
		shown.push(f);
		quota[f.severity]--;
	}
	let hidden = findings.length - shown.length;
	if (hidden > 0) {
		const lastNotice = shown.map((f) => f.severity).lastIndexOf("notice");
		if (quota.notice === 0 && lastNotice !== -1) {
			shown.splice(lastNotice, 1);
			hidden++;
		}
	}
	return {
		shown,
		hidden
	};
}
function annotationTitle(f) {
	return `${f.ruleId} (${f.category})`;
}
// src/report/workflow-annotations.ts
/**
* Workflow-command annotations (`::error file=…`): they need no token and no permission, so they work on fork
* PRs too. GitHub keeps 10 per level per step; planAnnotations picks the most severe and we say how many more.
*/
const workflowAnnotationsReporter = {
	name: "annotations",
	needsApi: false,
	async run(ctx) {
		const plan = planAnnotations(ctx.findings);
		for (const f of plan.shown) {
			const props = {
				title: annotationTitle(f),
				file: f.path,
				startLine: f.line,
				endLine: f.endLine
			};
			if (f.line === f.endLine) {
				props.startColumn = f.column;
				props.endColumn = f.endColumn;
			}
			const message = f.ignoreProblem ? `${f.message}\n${f.ignoreProblem}` : f.message;
			if (f.severity === "error") error(message, props);
			else if (f.severity === "warning") warning(message, props);
			else notice(message, props);
		}
		if (plan.hidden > 0) {
			const where = ctx.checkRunUrl ? `the job summary and the check run (${ctx.checkRunUrl})` : "the job summary";
			notice(`${plan.hidden} more findings are not annotated here (GitHub shows at most 10 per level and step); see ${where}.`, { title: "More TokenHub migration findings" });
		}
		return plan;
	}
};
// src/report/report-run.ts
/** `writesOff`: why API writes are off, when they are (said once for the reporters that need them). */
async function runReporters(report, choice, writesOff) {
	const [checkRunReporter, reviewCommentsReporter, stickyCommentReporter, trackingIssueReporter] = await Promise.all([
		choice.checkRun ? import("./check-run-Bdr8IE0r.js").then((m) => m.checkRunReporter) : void 0,
		choice.reviewComments ? import("./review-comments-DUzdXgo2.js").then((m) => m.reviewCommentsReporter) : void 0,
		choice.comment ? import("./sticky-comment-Ll6ARW8K.js").then((m) => m.stickyCommentReporter) : void 0,
		choice.trackingIssue ? import("./tracking-issue-reporter-DFTmcgY2.js").then((m) => m.trackingIssueReporter) : void 0
	]);
	const planned = [
		...checkRunReporter ? [checkRunReporter] : [],
		...choice.annotations ? [workflowAnnotationsReporter] : [],
		...reviewCommentsReporter ? [reviewCommentsReporter] : [],
		...stickyCommentReporter ? [stickyCommentReporter] : [],
		...choice.sarif ? [choice.sarif] : [],
		...trackingIssueReporter ? [trackingIssueReporter] : []
	];
	if (writesOff) announceApiSkips(planned, report, writesOff);
	const products = {};
	const checkRun = checkRunReporter ? await runReporter(checkRunReporter, report) : void 0;
	if (choice.annotations) await runReporter(workflowAnnotationsReporter, checkRun?.url ? Object.freeze({
		...report,
		checkRunUrl: checkRun.url
	}) : report);
	if (reviewCommentsReporter) await runReporter(reviewCommentsReporter, report);
	if (stickyCommentReporter) await runReporter(stickyCommentReporter, report);
	if (choice.sarif) {
		const written = await runReporter(choice.sarif, report);
		if (written && "refused" in written) products.sarifRefused = written.refused;
		else if (written) products.sarif = written;
	}
	if (trackingIssueReporter) {
		const tracking = await runReporter(trackingIssueReporter, report);
		if (tracking) products.tracking = tracking;
	}
	return products;
}
/** The step's failure message when findings at or above `fail-on` remain: what to do about them. */
function verdictMessage(report) {
	return `${atOrAbove(report.findings, report.failOn).length} finding(s) ${report.mode === "diff" ? "on lines this pull request adds " : ""}at or above '${report.failOn}' still use the retiring Hunyuan/LKE DeepSeek APIs. Move them to TokenHub as the annotations and the job summary say (base URL https://tokenhub-intl.tencentcloudmaas.com/v1, a TokenHub API key, a model enabled for pay-as-you-go), mark intended ones with a 'tokenhub-migration-ignore' comment, or change 'fail-on'.`;
}
// src/github/repository-name.ts
/**
* `owner/name` as GitHub allows them: an account name of letters, digits and dashes; a repository name not `.` or `..`.
* On its own, without the report schemas that use it, so that the action's start (which checks its `repository`
* input) does not build them.
*/
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/(?!\.\.?$)[A-Za-z0-9_.-]{1,100}$/;
// src/action/outputs.ts
/**
* Step outputs. `findings` and the per-severity counts describe what the run judges: in diff mode the findings on
* lines the PR adds (also `new-findings`), in a full scan every finding. `pre-existing-findings` counts the rest of
* the changed files' findings in diff mode, and those the baseline knows.
*/
function setOutputs(ctx) {
	const counts = countBySeverity(ctx.findings);
	setOutput("findings", ctx.findings.length);
	setOutput("errors", counts.errors);
	setOutput("warnings", counts.warnings);
	setOutput("notices", counts.notices);
	setOutput("new-findings", ctx.findings.length);
	setOutput("pre-existing-findings", ctx.preExisting.length);
	setOutput("mode", ctx.mode);
	setOutput("result", ctx.failed ? "fail" : "pass");
}
/**
* The JSON report (input json-file), of every reported finding; its path becomes the `json-file` output. Written
* only inside the workspace (or RUNNER_TEMP) and never through a link: an unusable path throws ReportPathError.
*/
async function writeJsonReport(file, ctx, run) {
	if (!file) return;
	const text = renderJsonReport(ctx.result, {
		...jsonReportOptions(ctx.outcome),
		...run ? { run } : {}
	});
	setOutput("json-file", await writeReportFile(file, actionReportRoots(ctx.result.root), text, "the JSON report (json-file)"));
}
/** Outputs `fix-pr`, `fix-pr-number` and `fix-pr-url`: what the migration pull request step did. */
function setFixPrOutputs(outcome) {
	setOutput("fix-pr", outcome.state);
	if (outcome.number !== void 0) setOutput("fix-pr-number", outcome.number);
	if (outcome.url) setOutput("fix-pr-url", outcome.url);
}
export { warning as A, debug as C, notice as D, info as E, setFailed as O, actionLog as S, getInput as T, transform as _, runReporters as a, redactProcessOutput as b, reportInput as c, triage as d, SCOPE_VALUES as f, string as g, pipe as h, REPOSITORY as i, summary as j, setSecret as k, judgeTarget as l, object as m, setOutputs as n, verdictMessage as o, DEFAULT_BASELINE_PATH as p, writeJsonReport as r, diffInfoOf as s, setFixPrOutputs as t, scanTarget as u, pathInsideRoot as v, error as w, setOutput as x, DiffUnavailableError as y };
