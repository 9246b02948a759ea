/**
 * Bench case for `fix --sdk`: one generated file of about 1 MB per language (Python, TypeScript), each holding many
 * Tencent Cloud chat clients of both services, sync, async and streaming (see sdk-many-clients.ts), rewritten by the
 * bundled CLI (`fix --sdk --dry-run`, Node 24, start-up included). Target: under 1 s. Each is measured in the same
 * hyperfine run as its reference: Node start, the grammar loaded, one parse of the file. Run alone with
 * `npm run bench:sdk`; `npm run bench` includes it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pythonFile, typescriptFile, type BenchFile } from './sdk-many-clients.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(REPO, 'dist', 'cli', 'index.js');
const NODE24 = path.join(REPO, 'node_modules', 'node', 'bin', 'node');

export interface SdkBenchResult {
  name: string;
  fileBytes: number;
  clients: number;
  converted: number;
  refused: number;
  median: number;
  min: number;
  max: number;
  /** The reference measured in the same hyperfine run: Node start, the runtime and grammar loaded, one parse. */
  parseOnly: { median: number; min: number; max: number };
  /** median / parseOnly.median: what the rewrite costs against the parse, whatever else loads the machine. */
  ratio: number;
  loadAverage: number;
  met: boolean;
}

type Times = { median: number; min: number; max: number };

/** Both files, measured in one hyperfine run (each command beside its parse-only reference). */
export function runSdkBench(runs = 5): SdkBenchResult[] {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-bench-sdk-'));
  try {
    const dir = path.join(tmp, 'repo');
    mkdirSync(dir);
    const files: BenchFile[] = [pythonFile(), typescriptFile()];
    const quote = (args: string[]) => args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const commands: string[] = [];
    const counts: Array<{ converted: number; refused: number }> = [];
    for (const file of files) {
      writeFileSync(path.join(dir, file.name), file.text);
      const argv = [NODE24, CLI, 'fix', '--sdk', '--dry-run', '--no-color', '--max-file-size', '2000000', file.name];
      const check = spawnSync(argv[0]!, argv.slice(1), { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const m = /Tencent Cloud SDK chat clients: (\d+) converted, (\d+) refused/.exec(check.stderr);
      if (!m) throw new Error(`fix --sdk did not report its clients for ${file.name}:\n${check.stderr.slice(0, 2000)}`);
      counts.push({ converted: Number(m[1]), refused: Number(m[2]) });
      commands.push(quote(argv), quote([NODE24, path.join(REPO, 'bench', 'sdk-parse-only.mjs'), file.name]));
    }
    const json = path.join(tmp, 'hyperfine.json');
    const r = spawnSync('hyperfine', ['--shell=none', '--warmup', '1', '--runs', String(runs), '--ignore-failure', '--style', 'basic', '--export-json', json, ...commands], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) throw new Error(`hyperfine failed (${r.status})`);
    const results = (JSON.parse(readFileSync(json, 'utf8')) as { results: Times[] }).results;
    const loadAverage = os.loadavg()[0]!;
    return files.map((file, i) => {
      const h = results[2 * i]!;
      const ref = results[2 * i + 1]!;
      const { converted, refused } = counts[i]!;
      const language = file.name.endsWith('.py') ? 'Python' : 'TypeScript';
      return {
        name: `fix --sdk --dry-run, one ${(file.text.length / 1e6).toFixed(2)} MB ${language} file, ${file.clients} clients (CLI, Node 24)`,
        fileBytes: file.text.length,
        clients: file.clients,
        converted,
        refused,
        median: h.median,
        min: h.min,
        max: h.max,
        parseOnly: { median: ref.median, min: ref.min, max: ref.max },
        ratio: h.median / ref.median,
        loadAverage,
        met: h.median < 1 && converted === file.clients,
      };
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith(`${path.sep}sdk-rewrite.ts`)) {
  for (const r of runSdkBench()) {
    process.stdout.write(
    `${r.name}: median ${r.median.toFixed(3)} s (min ${r.min.toFixed(3)}, max ${r.max.toFixed(3)}); ${r.converted} converted, ${r.refused} refused; ` +
      `reference (Node start, grammar load, one parse of the file): median ${r.parseOnly.median.toFixed(3)} s; ratio ${r.ratio.toFixed(2)}; ` +
      `target < 1 s with every client converted: ${r.met ? 'met' : 'NOT met'}; load average ${r.loadAverage.toFixed(2)}\n`,
    );
  }
}
