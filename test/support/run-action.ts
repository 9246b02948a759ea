/**
 * Runs the bundled action (`dist/index.js`) the way GitHub's runner does: a child process on Node 24 with the
 * runner's environment variables, an event payload file, and the files the runner collects outputs and the job
 * summary from. Tests therefore exercise the committed bundle, not the sources.
 */
import { spawn } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Node 24 from the `node` npm package: the runtime `runs.using: node24` gives the action on GitHub. */
export const NODE24 = path.join(REPO_ROOT, 'node_modules/node/bin/node');
export const ACTION_ENTRY = path.join(REPO_ROOT, 'dist/index.js');

export interface RunActionOptions {
  /** GITHUB_WORKSPACE, and the working directory, as actions/checkout leaves it. */
  workspace: string;
  /** Action inputs by their action.yml names (`fail-on`, `github-token`...). action.yml defaults fill the rest, as on the runner. */
  inputs?: Record<string, string | number | boolean>;
  /** GITHUB_EVENT_NAME (default `push`). */
  eventName?: string;
  /** The webhook payload written to GITHUB_EVENT_PATH (default `{}`). */
  event?: unknown;
  /** GITHUB_REPOSITORY (default `octo/app`). */
  repository?: string;
  /** GITHUB_SHA (default 40 zeros; pass the fixture's head or merge commit). */
  sha?: string;
  /** GITHUB_REF (default `refs/heads/main`). */
  ref?: string;
  /** GITHUB_API_URL: the fake GitHub server's `url`. Defaults to an unreachable local port so a stray call fails fast. */
  apiUrl?: string;
  /** GITHUB_SERVER_URL (default `https://github.com`). */
  serverUrl?: string;
  /** Extra or overriding environment variables (e.g. GITHUB_HEAD_REF, GITHUB_BASE_REF); `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** Kill the action after this many milliseconds (default 30 s); the result then has `timedOut: true`. */
  timeoutMs?: number;
  /** Fill inputs missing from `inputs` with action.yml defaults, as the runner does (default true). */
  applyDefaults?: boolean;
  /** Keep the temporary folder (RUNNER_TEMP, event, output and summary files) for inspection (default false). */
  keepTemp?: boolean;
  /** The script to run (default dist/index.js). */
  entry?: string;
  /** A command the Node process runs under, e.g. `['/usr/bin/time', '-f', '%M']` for its peak memory (bench only). */
  prefix?: string[];
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface ActionResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** Outputs the action set (parsed from GITHUB_OUTPUT). */
  outputs: Record<string, string>;
  /** The job summary the action wrote (GITHUB_STEP_SUMMARY). */
  summary: string;
  /** Raw text of every file the runner hands the action to write into (output, summary, env, state, path). */
  runnerFiles: Record<'output' | 'summary' | 'env' | 'state' | 'path', string>;
  /** All `::command::` lines in stdout. */
  commands: WorkflowCommand[];
  /** The error/warning/notice commands, with their properties as numbers where GitHub reads numbers. */
  annotations: Annotation[];
  /** Values passed to `::add-mask::`. */
  masked: string[];
  /** The environment the action ran with. */
  env: Record<string, string>;
  /** RUNNER_TEMP and friends; deleted after the run unless keepTemp. */
  tempDir: string;
}

/** The runner's name for an input's environment variable: spaces to `_`, upper-cased, dashes kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Inputs and their defaults from action.yml. */
export function actionDefaults(actionYml = path.join(REPO_ROOT, 'action.yml')): Record<string, string> {
  const doc = YAML.parse(readFileSync(actionYml, 'utf8')) as { inputs?: Record<string, { default?: unknown }> };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) if (spec?.default !== undefined) out[name] = String(spec.default);
  return out;
}

/** The parent's environment without anything a runner (or a test run inside GitHub Actions) would have set. */
function cleanParentEnv(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|STATE_)/i.test(k)) continue;
    // Vitest and tsx set these for their own loaders; the runner does not.
    if (k === 'NODE_OPTIONS' || k.startsWith('VITEST') || k === 'TEST' || k === 'NODE_ENV') continue;
    out[k] = v;
  }
  return out;
}

export async function runAction(opts: RunActionOptions): Promise<ActionResult> {
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tmc-run-'));
  const runnerTemp = path.join(tempDir, 'runner-temp');
  await fs.mkdir(runnerTemp);
  const files = {
    event: path.join(tempDir, 'event.json'),
    output: path.join(tempDir, 'github-output'),
    summary: path.join(tempDir, 'step-summary.md'),
    env: path.join(tempDir, 'github-env'),
    state: path.join(tempDir, 'github-state'),
    path: path.join(tempDir, 'github-path'),
  };
  await fs.writeFile(files.event, JSON.stringify(opts.event ?? {}));
  for (const f of [files.output, files.summary, files.env, files.state, files.path]) await fs.writeFile(f, '');

  const repository = opts.repository ?? 'octo/app';
  const env: Record<string, string> = {
    ...cleanParentEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
    GITHUB_SHA: opts.sha ?? '0'.repeat(40),
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    // Port 9 (discard) on loopback: refused at once, so an unconfigured API call fails instead of reaching out.
    GITHUB_API_URL: opts.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${opts.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_SERVER_URL: opts.serverUrl ?? 'https://github.com',
    GITHUB_RUN_ID: '1234567890',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'check',
    GITHUB_WORKFLOW: 'TokenHub migration',
    GITHUB_ACTION: 'tokenhub-migration-check',
    GITHUB_ACTOR: 'octocat',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  };
  const inputs = { ...(opts.applyDefaults === false ? {} : actionDefaults()), ...opts.inputs };
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = String(value);
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  const argv = [...(opts.prefix ?? []), NODE24, opts.entry ?? ACTION_ENTRY];
  const child = spawn(argv[0]!, argv.slice(1), { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, opts.timeoutMs ?? 30_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, sig) => resolve([code, sig]));
  }).finally(() => clearTimeout(timer));

  const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');
  const runnerFiles = { output: read(files.output), summary: read(files.summary), env: read(files.env), state: read(files.state), path: read(files.path) };
  if (!opts.keepTemp) await fs.rm(tempDir, { recursive: true, force: true });
  const commands = parseWorkflowCommands(stdout);
  return {
    exitCode,
    signal,
    timedOut,
    stdout,
    stderr,
    outputs: parseFileCommand(runnerFiles.output),
    summary: runnerFiles.summary,
    runnerFiles,
    commands,
    annotations: annotationsOf(commands),
    masked: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    env,
    tempDir,
  };
}

/**
 * Parse a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file: `name<<DELIMITER` heredocs (what @actions/core writes)
 * and plain `name=value` lines.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = line.match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`file command '${name}' has no closing delimiter '${delimiter}'`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
    else throw new Error(`cannot parse file command line: ${JSON.stringify(line)}`);
  }
  return out;
}

// The runner's escaping (see @actions/core's command.ts): data escapes % \r \n; properties also : and ,.
const unescapeData = (s: string) => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => s.replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');

/** Parse `::command key=value,key=value::message` lines, as the runner reads them from stdout. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = line.match(/^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    out.push({ command: m[1]!, properties, message: unescapeData(m[3] ?? '') });
  }
  return out;
}

/** The annotations among workflow commands. */
export function annotationsOf(commands: WorkflowCommand[]): Annotation[] {
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  return commands
    .filter((c): c is WorkflowCommand & { command: Annotation['level'] } => ['error', 'warning', 'notice'].includes(c.command))
    .map((c) => {
      const p = c.properties;
      const a: Annotation = { level: c.command, message: c.message };
      if (p.file !== undefined) a.file = p.file;
      if (p.line !== undefined) a.line = num(p.line);
      if (p.endLine !== undefined) a.endLine = num(p.endLine);
      if (p.col !== undefined) a.col = num(p.col);
      if (p.endColumn !== undefined) a.endColumn = num(p.endColumn);
      if (p.title !== undefined) a.title = p.title;
      return a;
    });
}

/**
 * Everything the action wrote where a user or log could see it: stdout, stderr, outputs, summary, the other runner
 * files, and `extraFiles` (JSON report, SARIF...; missing ones are skipped). Search it for a secret that must not leak.
 */
export function allOutputText(result: ActionResult, extraFiles: string[] = []): string {
  const parts = [result.stdout, result.stderr, ...Object.values(result.runnerFiles)];
  for (const f of extraFiles) if (existsSync(f)) parts.push(readFileSync(f, 'utf8'));
  return parts.join('\n');
}
