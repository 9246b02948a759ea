import { t as UserError } from "./errors-C-PByt-N.js";
import { constants, promises } from "node:fs";
import path from "node:path";
const values = /* @__PURE__ */ new Set();
/** Registers a secret (each of its lines too: a pasted value with a line break must not slip through in halves). */
function registerSecret(value) {
	if (!value) return;
	for (const v of [
		value,
		value.trim(),
		...value.split(/\r\n|\r|\n/).map((line) => line.trim())
	]) if (v.length >= 4) values.add(v);
}
/** `text` with every registered secret replaced by `***` (longest first, so a secret inside another goes whole). */
function redactSecrets(text) {
	if (values.size === 0) return text;
	let out = text;
	for (const s of [...values].sort((a, b) => b.length - a.length)) if (out.includes(s)) out = out.split(s).join("***");
	return out;
}
// src/safe-fs/report-path.ts
/**
* Where a report (json-file, sarif-file, the CLI's --output) may be written. On a pull request the checked-out tree
* is the PR author's: a committed `tokenhub-migration.json` that links to a file elsewhere, or a `reports` folder
* that links out, would make the action overwrite whatever the runner's user can write. So a report goes only to a
* path inside one of the allowed roots (the workspace, and RUNNER_TEMP which no PR controls), through folders that
* are real folders (never a symbolic link), to a file that is not a link; missing folders are created one by one,
* and the file is opened without following a link, so nothing swapped in between the checks and the write counts.
*/
/** A report path that cannot be used; the message says why. The CLI exits 2 with it, the action fails the step. */
var ReportPathError = class extends UserError {};
const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const APPEND_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
function inside(root, abs) {
	const rel = path.relative(root, abs);
	if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return void 0;
	return rel;
}
/**
* The absolute path a report named `file` (relative to `roots[0]`) will be written to, after checking every folder
* on the way and creating the missing ones. Throws ReportPathError with a message fit for the user.
*/
async function prepareReportPath(file, roots, what = "the report") {
	const base = roots[0];
	const abs = path.resolve(base, file);
	let root;
	let rel;
	for (const r of roots) {
		const real = await promises.realpath(r).catch(() => path.resolve(r));
		for (const candidate of [path.resolve(r), real]) {
			const within = inside(candidate, abs);
			if (within !== void 0) {
				root = real;
				rel = within;
				break;
			}
		}
		if (root) break;
	}
	if (!root || !rel) throw new ReportPathError(`Cannot write ${what} to ${file}: the path is outside the workspace${roots.length > 1 ? " and RUNNER_TEMP" : ""}.`);
	const parts = rel.split(path.sep);
	let dir = root;
	for (const part of parts.slice(0, -1)) {
		dir = path.join(dir, part);
		const st = await promises.lstat(dir).catch((err) => {
			if (err.code === "ENOENT") return void 0;
			throw new ReportPathError(`Cannot write ${what} to ${file}: ${path.relative(root, dir)} cannot be read (${err.code ?? err.message}).`);
		});
		if (!st) {
			await promises.mkdir(dir).catch((err) => {
				if (err.code !== "EEXIST") throw new ReportPathError(`Cannot write ${what} to ${file}: cannot create the folder ${path.relative(root, dir)} (${err.code ?? err.message}).`);
			});
			const made = await promises.lstat(dir);
			if (!made.isDirectory() || made.isSymbolicLink()) throw new ReportPathError(`Cannot write ${what} to ${file}: ${path.relative(root, dir)} is not a folder.`);
			continue;
		}
		if (st.isSymbolicLink()) throw new ReportPathError(`Cannot write ${what} to ${file}: ${path.relative(root, dir)} is a symbolic link, which is not followed.`);
		if (!st.isDirectory()) throw new ReportPathError(`Cannot write ${what} to ${file}: ${path.relative(root, dir)} is not a folder.`);
	}
	const target = path.join(root, rel);
	const st = await promises.lstat(target).catch(() => void 0);
	if (st?.isSymbolicLink()) throw new ReportPathError(`Cannot write ${what} to ${file}: it is a symbolic link, which is not followed.`);
	if (st?.isDirectory()) throw new ReportPathError(`Cannot write ${what} to ${file}: it is a folder; name a file.`);
	if (st && !st.isFile()) throw new ReportPathError(`Cannot write ${what} to ${file}: it is not a regular file.`);
	return target;
}
/** Writes `text` to a path from prepareReportPath without following a link put there since. */
async function writeReportFile(file, roots, text, what, opts = {}) {
	const abs = await prepareReportPath(file, roots, what);
	await writeChecked(abs, file, text, what ?? "the report", opts);
	return abs;
}
async function writeChecked(abs, file, text, what, opts) {
	let fh;
	try {
		fh = await promises.open(abs, opts.append ? APPEND_FLAGS : WRITE_FLAGS, 420);
	} catch (err) {
		const code = err.code;
		throw new ReportPathError(`Cannot write ${what} to ${file}: ${code === "ELOOP" ? "it is a symbolic link, which is not followed" : code === "ENXIO" ? "it is not a regular file" : `${code ?? err.message}`}.`);
	}
	try {
		if (!(await fh.stat()).isFile()) throw new ReportPathError(`Cannot write ${what} to ${file}: it is not a regular file.`);
		await fh.writeFile(redactSecrets(text));
	} finally {
		await fh.close();
	}
}
/** The roots a report of the action may go to: the workspace and, when set, the runner's temporary folder. */
function actionReportRoots(workspace) {
	const temp = process.env.RUNNER_TEMP;
	return temp ? [workspace, temp] : [workspace];
}
export { registerSecret as a, redactSecrets as i, actionReportRoots as n, writeReportFile as r, ReportPathError as t };
