import { gzipSync } from 'node:zlib';
import type * as Sarif from 'sarif';
import { RULES, type Rule, type Severity } from '../catalog/index.js';
import { docsUrlOf } from '../catalog/docs-url.js';
import type { CompiledCatalog } from '../scan/compile.js';
import type { Finding, ScanResult } from '../finding/finding.js';
import { FINGERPRINT_KEY, fingerprintsOf } from '../finding/fingerprint.js';
import { rankFindings } from '../finding/severity.js';
import { byLocation } from '../finding/finding.js';
import { TOOL_NAME, TOOL_URI, TOOL_VERSION } from '../tool.js';

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one rule entry per catalog rule, relative URIs under
 * %SRCROOT%, line-independent partialFingerprints. The log is cut to GitHub's upload limits (25,000 results
 * per run, 10 MB gzipped), most severe findings first, and the cut is said in a warning and in the log itself.
 */

export const GITHUB_MAX_RESULTS = 25_000;
export const GITHUB_MAX_GZIP_BYTES = 10 * 1024 * 1024;
/** GitHub shows only this many results of a run, by severity. */
export const GITHUB_DISPLAYED_RESULTS = 5_000;
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export interface SarifOptions {
  /** Every rule of this run (catalog and config rules). Default: the catalog. */
  rules?: readonly Rule[];
  /** The compiled catalog, for the severities and on/off switches in effect. */
  catalog?: CompiledCatalog;
  /** Fingerprints of findings a baseline already knew: those results are `unchanged`, the others `new`. */
  knownFingerprints?: ReadonlySet<string>;
  /** The commit the results belong to. */
  versionControl?: { repositoryUri: string; revisionId?: string; branch?: string };
  maxResults?: number;
  maxGzipBytes?: number;
  /** Findings an ignore comment covers, with its reason: results with an in-source suppression. */
  suppressed?: readonly { finding: Finding; reason: string }[];
}

export interface SarifOutput {
  log: Sarif.Log;
  /** The serialized log, as written to the file. */
  text: string;
  /** Results in the log. */
  included: number;
  /** Findings left out to stay within the limits. */
  omitted: number;
  /** What the user should know: cuts made to fit GitHub's limits. */
  warnings: string[];
}

function pascalCase(title: string): string {
  return title
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function evidenceLabel(e: Rule['sources'][number]['evidence']): string {
  return e === 'confirmed' ? 'Tencent documentation' : e === 'configured' ? 'your configuration' : e;
}

function ruleDescriptor(rule: Rule, effective: Rule | undefined): Sarif.ReportingDescriptor {
  const helpUri = docsUrlOf(rule);
  const sources = rule.sources.map((s) => ({ ref: s.ref, label: evidenceLabel(s.evidence) }));
  const suggestion = rule.replacement.evidence === 'confirmed' ? 'Per Tencent\'s documentation' : 'Suggestion (not an official mapping)';
  const replacement = rule.replacement.value ? `${suggestion}: use \`${rule.replacement.value}\`. ` : '';
  const description = rule.message.replace(/`?\{match\}`?/g, 'this usage');
  const tags = ['tokenhub-migration', rule.category];
  return {
    id: rule.id,
    name: pascalCase(rule.title),
    shortDescription: { text: rule.title },
    fullDescription: { text: description },
    help: {
      text: `${description}\n\n${replacement}${rule.replacement.hint}\n\nSources:\n${sources.map((s) => `- ${s.ref} (${s.label})`).join('\n')}`,
      markdown:
        `${description}\n\n${replacement}${rule.replacement.hint}\n\n**Sources**\n\n` +
        sources.map((s) => `- ${/^https:\/\//.test(s.ref) ? `<${s.ref.split(/[\s;,()]/)[0]}>${s.ref.slice(s.ref.split(/[\s;,()]/)[0]!.length)}` : s.ref} (${s.label})`).join('\n'),
    },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: effective ? { level: LEVEL[effective.severity] } : { enabled: false, level: LEVEL[rule.severity] },
    properties: { tags, category: rule.category },
  };
}

/** A relative path as a URI reference: each segment percent-encoded (a `#` or `?` in a file name stays a name). */
export function pathToUri(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function rootUri(root: string): string {
  const posix = root.replace(/\\/g, '/');
  const withSlash = posix.endsWith('/') ? posix : posix + '/';
  const abs = withSlash.startsWith('/') ? withSlash : '/' + withSlash;
  return 'file://' + abs.split('/').map(encodeURIComponent).join('/');
}

function toResult(f: Finding, fingerprint: string, ruleIndex: number | undefined, known?: ReadonlySet<string>, suppression?: string): Sarif.Result {
  const region: Sarif.Region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
  // The snippet is the region's text, so only when the stored match was not shortened.
  if (f.line === f.endLine && f.endColumn - f.column === f.match.length) region.snippet = { text: f.match };
  const result: Sarif.Result = {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(f.path), uriBaseId: '%SRCROOT%' }, region } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: { category: f.category, ...(f.replacement ? { replacement: f.replacement } : {}), ...(f.ignoreProblem ? { ignoreProblem: f.ignoreProblem } : {}) },
  };
  if (known) result.baselineState = known.has(fingerprint) ? 'unchanged' : 'new';
  // An ignore comment in the code: code scanning shows the alert as dismissed, with the comment's reason.
  if (suppression !== undefined) result.suppressions = [{ kind: 'inSource', status: 'accepted', justification: suppression }];
  return result;
}

function gzipSize(text: string): number {
  return gzipSync(text, { level: 6 }).length;
}

export function buildSarif(scan: ScanResult, opts: SarifOptions = {}): SarifOutput {
  const rules = (opts.rules ?? RULES).filter((r) => !r.signalOnly);
  const effective = new Map((opts.catalog?.rules ?? rules.map((rule) => ({ rule }))).map((c) => [c.rule.id, c.rule]));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const allPrints = fingerprintsOf(scan.findings);
  const prints = new Map(scan.findings.map((f, i) => [f, allPrints[i]!] as const));
  const maxResults = opts.maxResults ?? GITHUB_MAX_RESULTS;
  const maxGzip = opts.maxGzipBytes ?? GITHUB_MAX_GZIP_BYTES;
  const warnings: string[] = [];

  const ranked = rankFindings(scan.findings);
  // Within GitHub's result limit, after every reported finding.
  const suppressed = [...(opts.suppressed ?? [])].sort((a, b) => byLocation(a.finding, b.finding)).slice(0, Math.max(0, (opts.maxResults ?? GITHUB_MAX_RESULTS) - ranked.length));
  let kept = ranked.length > maxResults ? ranked.slice(0, maxResults) : ranked;
  if (kept.length < ranked.length) {
    warnings.push(
      `SARIF: ${ranked.length} findings exceed GitHub's limit of ${maxResults} results per run; the ${kept.length} most severe are in the file, ${ranked.length - kept.length} are left out (see the JSON report for all).`,
    );
  }

  const driver: Sarif.ToolComponent = {
    name: TOOL_NAME,
    version: TOOL_VERSION,
    semanticVersion: TOOL_VERSION,
    informationUri: TOOL_URI,
    rules: rules.map((r) => ruleDescriptor(r, effective.get(r.id))),
  };

  const render = (findings: Finding[], notes: string[], ignored = suppressed): { log: Sarif.Log; text: string } => {
    const ordered = [...findings].sort(byLocation);
    const run: Sarif.Run = {
      tool: { driver },
      invocations: [
        {
          executionSuccessful: true,
          ...(notes.length
            ? { toolExecutionNotifications: notes.map((text) => ({ level: 'warning' as const, message: { text } })) }
            : {}),
        },
      ],
      originalUriBaseIds: { '%SRCROOT%': { uri: rootUri(scan.root) } },
      // mappedTo ties the repository to %SRCROOT%, so result paths read as relative to the repository root.
      ...(opts.versionControl ? { versionControlProvenance: [{ ...opts.versionControl, mappedTo: { uriBaseId: '%SRCROOT%' } }] } : {}),
      columnKind: 'utf16CodeUnits',
      results: [
        ...ordered.map((f) => toResult(f, prints.get(f)!, index.get(f.ruleId), opts.knownFingerprints)),
        ...ignored.map((s) => toResult(s.finding, s.finding.fingerprint ?? fingerprintsOf([s.finding])[0]!, index.get(s.finding.ruleId), undefined, s.reason)),
      ],
    };
    const log: Sarif.Log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
    return { log, text: JSON.stringify(log, null, 2) + '\n' };
  };

  let out = render(kept, warnings);
  let size = gzipSize(out.text);
  let cut: string | undefined;
  // Shrink until the gzipped file fits: estimate from the average result size, with a margin; a few rounds at most.
  for (let round = 0; round < 8 && size > maxGzip && kept.length > 0; round++) {
    const perResult = size / kept.length;
    kept = kept.slice(0, Math.max(0, Math.min(kept.length - 1, Math.floor((maxGzip * 0.95) / perResult))));
    cut =
      `SARIF: the file would exceed GitHub's limit of ${+(maxGzip / (1024 * 1024)).toFixed(2)} MB gzipped; the ${kept.length} most severe ` +
      `of ${ranked.length} findings are in it (see the JSON report for all).`;
    // Over the size limit, the suppressed results go first: they are dismissed alerts, not work to do.
    out = render(kept, [...warnings, cut], []);
    size = gzipSize(out.text);
  }
  if (cut) warnings.push(cut);
  if (kept.length > GITHUB_DISPLAYED_RESULTS) {
    warnings.push(`SARIF: ${kept.length} results; GitHub code scanning shows only the ${GITHUB_DISPLAYED_RESULTS} most severe of a run.`);
  }
  return { ...out, included: kept.length, omitted: ranked.length - kept.length, warnings };
}

/** The plain SARIF text for a scan (CLI `--format sarif`). */
export function renderSarif(scan: ScanResult, opts: SarifOptions = {}): string {
  return buildSarif(scan, opts).text;
}
