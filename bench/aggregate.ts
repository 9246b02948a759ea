/**
 * The `aggregate` case of `npm run bench`: the CLI merging 10,000 per-repository JSON reports (laid out as
 * actions/download-artifact leaves them, one folder per artifact) into a board, with CSV and JSON output, timed with
 * hyperfine, plus its peak memory against a tenth of the reports: bounded memory means the peak hardly grows with
 * the number of reports. The reports are generated once, deterministically, and cached beside the scan corpus.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RULES } from '../src/catalog/index.js';
import { Random } from './corpus/random.js';

/** Bump when the generated reports change: the cache is keyed by it. */
const REPORTS_VERSION = 2;

export interface ReportCorpus {
  dir: string;
  reports: number;
  findings: number;
  bytes: number;
}

/** `count` reports with 0 to 60 findings each (about 30 on average), cached under os.tmpdir(). */
export function ensureReports(count: number, log: (m: string) => void): ReportCorpus {
  const dir = path.join(os.tmpdir(), 'tokenhub-bench-corpus', `reports-v${REPORTS_VERSION}`, String(count));
  // Beside the reports' folder, not in it: aggregate would read it as a report.
  const meta = `${dir}.json`;
  if (existsSync(meta)) return JSON.parse(readFileSync(meta, 'utf8')) as ReportCorpus;
  log(`generating ${count} reports in ${dir}…`);
  rmSync(dir, { recursive: true, force: true });
  const rnd = new Random(20261201 + count);
  const rules = RULES.filter((r) => !r.signalOnly && !r.smokeTestOnly);
  let findings = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const repository = `acme/service-${String(i).padStart(5, '0')}`;
    const n = rnd.next() < 0.3 ? 0 : rnd.int(1, 60);
    const list = Array.from({ length: n }, () => {
      const rule = rnd.pick(rules);
      const line = rnd.int(1, 2000);
      return {
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        path: `src/module-${rnd.int(1, 40)}/file-${rnd.int(1, 200)}.${rnd.pick(['py', 'ts', 'go', 'java', 'yaml'])}`,
        line,
        column: rnd.int(1, 80),
        endLine: line,
        endColumn: rnd.int(81, 120),
        message: rule.message,
        match: 'hunyuan.tencentcloudapi.com',
        docsUrl: `https://github.com/tokenhub-migration-check/tokenhub-migration-check/blob/main/docs/rules/${rule.id}.md`,
      };
    });
    findings += n;
    const report = {
      version: 1,
      tool: { name: 'tokenhub-migration-check', version: '0.1.0' },
      root: `/home/runner/work/${repository}`,
      findings: list,
      skipped: [{ path: 'assets/logo.png', reason: 'binary' }],
      stats: { files: rnd.int(10, 5000), bytes: rnd.int(1e4, 1e8), durationMs: rnd.int(50, 5000) },
      run: { repository, sha: 'c0ffee'.padEnd(40, String(i % 10)), event: 'schedule', mode: 'full', url: `https://github.com/${repository}/actions/runs/${i + 1}` },
    };
    const text = JSON.stringify(report, null, 2);
    bytes += Buffer.byteLength(text);
    const artifact = path.join(dir, `tokenhub-report-${repository.replace('/', '__')}`);
    mkdirSync(artifact, { recursive: true });
    writeFileSync(path.join(artifact, 'tokenhub-report.json'), text);
  }
  const corpus: ReportCorpus = { dir, reports: count, findings, bytes };
  writeFileSync(meta, JSON.stringify(corpus));
  return corpus;
}

export interface AggregateBench<T> {
  timings: T[];
  corpus: ReportCorpus;
  smallCorpus: ReportCorpus;
  /** The board's own count of repositories and findings, from its JSON. */
  board: { repositories: number; findings: number; notes: number };
}

/**
 * Times `aggregate` on 10,000 and on 1,000 reports. `time` and `peakMemory` are the bench's own (hyperfine and GNU
 * time); `node` and `cli` the runtime and bundle it uses for the CLI.
 */
export function benchAggregate<T extends { median: number; peakMemoryMB?: number }>(args: {
  node: string;
  cli: string;
  tmp: string;
  log: (m: string) => void;
  time: (cmds: { name: string; argv: string[] }[], cwd: string) => T[];
  peakMemory: (argv: string[], cwd: string) => number;
}): AggregateBench<T> {
  const corpus = ensureReports(10_000, args.log);
  const smallCorpus = ensureReports(1_000, args.log);
  const out = path.join(args.tmp, 'board');
  mkdirSync(out, { recursive: true });
  const argv = (c: ReportCorpus) => [args.node, args.cli, 'aggregate', c.dir, '--summary', path.join(out, `summary-${c.reports}.md`), '--csv', path.join(out, `board-${c.reports}.csv`), '--json', path.join(out, `board-${c.reports}.json`)];
  args.log(`aggregate: ${corpus.reports} reports (${(corpus.bytes / 1e6).toFixed(0)} MB, ${corpus.findings} findings) and ${smallCorpus.reports}…`);
  const timings = args.time(
    [
      { name: `aggregate: ${corpus.reports} reports, ${(corpus.bytes / 1e6).toFixed(0)} MB, to summary, CSV and JSON`, argv: argv(corpus) },
      { name: `aggregate: ${smallCorpus.reports} reports, ${(smallCorpus.bytes / 1e6).toFixed(0)} MB (memory reference)`, argv: argv(smallCorpus) },
    ],
    args.tmp,
  );
  timings[0]!.peakMemoryMB = args.peakMemory(argv(corpus), args.tmp);
  timings[1]!.peakMemoryMB = args.peakMemory(argv(smallCorpus), args.tmp);
  const json = JSON.parse(readFileSync(path.join(out, `board-${corpus.reports}.json`), 'utf8')) as { totals: { repositories: number; findings: number }; notes: unknown[] };
  return { timings, corpus, smallCorpus, board: { repositories: json.totals.repositories, findings: json.totals.findings, notes: json.notes.length } };
}
