import "./rolldown-runtime-DYf_mQCB.js";
import { r as writeReportFile, t as ReportPathError } from "./report-path-SHLJuWg7.js";
import { n as RULES } from "./catalog-CqUKOmiI.js";
import { t as docsUrlOf } from "./docs-url-7jQJ3sYL.js";
import { n as fingerprintsOf, t as FINGERPRINT_KEY } from "./fingerprint-BoorrN0H.js";
import { i as rankFindings } from "./severity-CbWwaEB1.js";
import { n as byLocation } from "./finding-Cj3i0QD5.js";
import { n as TOOL_URI, r as TOOL_VERSION, t as TOOL_NAME } from "./tool-DWkNUuOs.js";
import { gzipSync } from "node:zlib";
/** GitHub shows only this many results of a run, by severity. */
const GITHUB_DISPLAYED_RESULTS = 5e3;
const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
const LEVEL = {
	error: "error",
	warning: "warning",
	notice: "note"
};
function pascalCase(title) {
	return title.replace(/[^A-Za-z0-9]+/g, " ").trim().split(" ").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function evidenceLabel(e) {
	return e === "confirmed" ? "Tencent documentation" : e === "configured" ? "your configuration" : e;
}
function ruleDescriptor(rule, effective) {
	const helpUri = docsUrlOf(rule);
	const sources = rule.sources.map((s) => ({
		ref: s.ref,
		label: evidenceLabel(s.evidence)
	}));
	const suggestion = rule.replacement.evidence === "confirmed" ? "Per Tencent's documentation" : "Suggestion (not an official mapping)";
	const replacement = rule.replacement.value ? `${suggestion}: use \`${rule.replacement.value}\`. ` : "";
	const description = rule.message.replace(/`?\{match\}`?/g, "this usage");
	const tags = ["tokenhub-migration", rule.category];
	return {
		id: rule.id,
		name: pascalCase(rule.title),
		shortDescription: { text: rule.title },
		fullDescription: { text: description },
		help: {
			text: `${description}\n\n${replacement}${rule.replacement.hint}\n\nSources:\n${sources.map((s) => `- ${s.ref} (${s.label})`).join("\n")}`,
			markdown: `${description}\n\n${replacement}${rule.replacement.hint}\n\n**Sources**\n\n` + sources.map((s) => `- ${/^https:\/\//.test(s.ref) ? `<${s.ref.split(/[\s;,()]/)[0]}>${s.ref.slice(s.ref.split(/[\s;,()]/)[0].length)}` : s.ref} (${s.label})`).join("\n")
		},
		...helpUri ? { helpUri } : {},
		defaultConfiguration: effective ? { level: LEVEL[effective.severity] } : {
			enabled: false,
			level: LEVEL[rule.severity]
		},
		properties: {
			tags,
			category: rule.category
		}
	};
}
/** A relative path as a URI reference: each segment percent-encoded (a `#` or `?` in a file name stays a name). */
function pathToUri(p) {
	return p.split("/").map(encodeURIComponent).join("/");
}
function rootUri(root) {
	const posix = root.replace(/\\/g, "/");
	const withSlash = posix.endsWith("/") ? posix : posix + "/";
	return "file://" + (withSlash.startsWith("/") ? withSlash : "/" + withSlash).split("/").map(encodeURIComponent).join("/");
}
function toResult(f, fingerprint, ruleIndex, known, suppression) {
	const region = {
		startLine: f.line,
		startColumn: f.column,
		endLine: f.endLine,
		endColumn: f.endColumn
	};
	if (f.line === f.endLine && f.endColumn - f.column === f.match.length) region.snippet = { text: f.match };
	const result = {
		ruleId: f.ruleId,
		...ruleIndex !== void 0 ? { ruleIndex } : {},
		level: LEVEL[f.severity],
		message: { text: f.message },
		locations: [{ physicalLocation: {
			artifactLocation: {
				uri: pathToUri(f.path),
				uriBaseId: "%SRCROOT%"
			},
			region
		} }],
		partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
		properties: {
			category: f.category,
			...f.replacement ? { replacement: f.replacement } : {},
			...f.ignoreProblem ? { ignoreProblem: f.ignoreProblem } : {}
		}
	};
	if (known) result.baselineState = known.has(fingerprint) ? "unchanged" : "new";
	if (suppression !== void 0) result.suppressions = [{
		kind: "inSource",
		status: "accepted",
		justification: suppression
	}];
	return result;
}
function gzipSize(text) {
	return gzipSync(text, { level: 6 }).length;
}
function buildSarif(scan, opts = {}) {
	const rules = (opts.rules ?? RULES).filter((r) => !r.signalOnly);
	const effective = new Map((opts.catalog?.rules ?? rules.map((rule) => ({ rule }))).map((c) => [c.rule.id, c.rule]));
	const index = new Map(rules.map((r, i) => [r.id, i]));
	const allPrints = fingerprintsOf(scan.findings);
	const prints = new Map(scan.findings.map((f, i) => [f, allPrints[i]]));
	const maxResults = opts.maxResults ?? 25e3;
	const maxGzip = opts.maxGzipBytes ?? 10485760;
	const warnings = [];
	const ranked = rankFindings(scan.findings);
	const suppressed = [...opts.suppressed ?? []].sort((a, b) => byLocation(a.finding, b.finding)).slice(0, Math.max(0, (opts.maxResults ?? 25e3) - ranked.length));
	let kept = ranked.length > maxResults ? ranked.slice(0, maxResults) : ranked;
	if (kept.length < ranked.length) warnings.push(`SARIF: ${ranked.length} findings exceed GitHub's limit of ${maxResults} results per run; the ${kept.length} most severe are in the file, ${ranked.length - kept.length} are left out (see the JSON report for all).`);
	const driver = {
		name: TOOL_NAME,
		version: TOOL_VERSION,
		semanticVersion: TOOL_VERSION,
		informationUri: TOOL_URI,
		rules: rules.map((r) => ruleDescriptor(r, effective.get(r.id)))
	};
	const render = (findings, notes, ignored = suppressed) => {
		const ordered = [...findings].sort(byLocation);
		const run = {
			tool: { driver },
			invocations: [{
				executionSuccessful: true,
				...notes.length ? { toolExecutionNotifications: notes.map((text) => ({
					level: "warning",
					message: { text }
				})) } : {}
			}],
			originalUriBaseIds: { "%SRCROOT%": { uri: rootUri(scan.root) } },
			...opts.versionControl ? { versionControlProvenance: [{
				...opts.versionControl,
				mappedTo: { uriBaseId: "%SRCROOT%" }
			}] } : {},
			columnKind: "utf16CodeUnits",
			results: [...ordered.map((f) => toResult(f, prints.get(f), index.get(f.ruleId), opts.knownFingerprints)), ...ignored.map((s) => toResult(s.finding, s.finding.fingerprint ?? fingerprintsOf([s.finding])[0], index.get(s.finding.ruleId), void 0, s.reason))]
		};
		const log = {
			$schema: SARIF_SCHEMA_URI,
			version: "2.1.0",
			runs: [run]
		};
		return {
			log,
			text: JSON.stringify(log, null, 2) + "\n"
		};
	};
	let out = render(kept, warnings);
	let size = gzipSize(out.text);
	let cut;
	for (let round = 0; round < 8 && size > maxGzip && kept.length > 0; round++) {
		const perResult = size / kept.length;
		kept = kept.slice(0, Math.max(0, Math.min(kept.length - 1, Math.floor(maxGzip * .95 / perResult))));
		cut = `SARIF: the file would exceed GitHub's limit of ${+(maxGzip / 1048576).toFixed(2)} MB gzipped; the ${kept.length} most severe of ${ranked.length} findings are in it (see the JSON report for all).`;
		out = render(kept, [...warnings, cut], []);
		size = gzipSize(out.text);
	}
	if (cut) warnings.push(cut);
	if (kept.length > 5e3) warnings.push(`SARIF: ${kept.length} results; GitHub code scanning shows only the ${GITHUB_DISPLAYED_RESULTS} most severe of a run.`);
	return {
		...out,
		included: kept.length,
		omitted: ranked.length - kept.length,
		warnings
	};
}
// src/report/sarif-file.ts
/**
* Writes SARIF 2.1.0 of every reported finding (those the baseline knows marked `unchanged`), cut to GitHub's
* limits with a warning. `branch` is the ref the results belong to (GITHUB_REF in the action).
*/
function sarifFileReporter(file, opts) {
	return {
		name: "SARIF file",
		needsApi: false,
		async run(ctx) {
			const known = ctx.outcome.baseline?.knownFingerprints;
			const out = buildSarif(ctx.result, {
				rules: opts.rules,
				catalog: opts.catalog,
				...known ? { knownFingerprints: known } : {},
				suppressed: ctx.outcome.suppressed,
				versionControl: {
					repositoryUri: `${ctx.repo.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}`,
					revisionId: ctx.headSha,
					...opts.branch ? { branch: opts.branch } : {}
				}
			});
			let abs;
			try {
				abs = await writeReportFile(file, opts.roots ?? [ctx.result.root], out.text, "the SARIF file (sarif-file)");
			} catch (err) {
				if (err instanceof ReportPathError) return {
					file,
					refused: err.message
				};
				throw err;
			}
			for (const w of out.warnings) ctx.log.warning(w);
			if (ctx.mode === "diff") ctx.log.notice("The SARIF file of a diff-mode run holds the changed files only; upload SARIF from full scans (schedule, push) to code scanning.");
			ctx.log.info(`Wrote SARIF (${out.included} results) to ${file}.`);
			return {
				file,
				path: abs,
				included: out.included,
				omitted: out.omitted,
				warnings: out.warnings
			};
		}
	};
}
export { sarifFileReporter };
