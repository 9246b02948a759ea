/**
 * Runs the steps of one job of this repository's workflows locally, the way the runner would: `uses: ./` runs the
 * bundled action through runAction, `run:` steps run in bash (`bash --noprofile --norc -eo pipefail`, the runner's
 * default shell) with their `env:`, and `${{ }}` expressions are evaluated against the step outputs collected so far.
 *
 * Only the expressions the workflows use are understood (step outputs, github.event_name, github.token, string
 * literals, `==`/`!=`); anything else throws, so a workflow cannot drift into something this runner silently misreads.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { actionDefaults, REPO_ROOT, runAction, type ActionResult, type RunActionOptions } from './run-action.js';

export interface WorkflowStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string | number | boolean>;
  run?: string;
}

export interface StepContext {
  /** github.event_name */
  eventName: string;
  /** github.token */
  token: string;
  /** Outputs of the steps run so far, by step id. */
  steps: Record<string, Record<string, string>>;
}

export type StepRecord =
  | { step: WorkflowStep; kind: 'skipped' }
  | { step: WorkflowStep; kind: 'action'; result: ActionResult }
  | { step: WorkflowStep; kind: 'run'; exitCode: number | null; stdout: string; stderr: string };

/** The steps of `job` in `.github/workflows/<file>`. */
export function workflowJob(file: string, job: string): WorkflowStep[] {
  const doc = YAML.parse(readFileSync(path.join(REPO_ROOT, '.github/workflows', file), 'utf8')) as {
    jobs: Record<string, { steps: WorkflowStep[] }>;
  };
  const steps = doc.jobs[job]?.steps;
  if (!steps) throw new Error(`${file} has no job ${job}`);
  return steps;
}

function operand(token: string, ctx: StepContext): string {
  const t = token.trim();
  const literal = t.match(/^'((?:[^']|'')*)'$/);
  if (literal) return literal[1]!.replace(/''/g, "'");
  if (t === 'github.event_name') return ctx.eventName;
  if (t === 'github.token') return ctx.token;
  const output = t.match(/^steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)$/);
  if (output) return ctx.steps[output[1]!]?.[output[2]!] ?? '';
  throw new Error(`workflow-steps: unsupported expression ${JSON.stringify(t)}`);
}

/** Evaluate one expression (the text inside `${{ }}`, or an `if:`). Comparisons yield 'true' or 'false'. */
export function evaluate(expr: string, ctx: StepContext): string {
  const cmp = expr.match(/^(.*?)\s*(==|!=)\s*(.*)$/);
  if (cmp) {
    const equal = operand(cmp[1]!, ctx) === operand(cmp[3]!, ctx);
    return String(cmp[2] === '==' ? equal : !equal);
  }
  return operand(expr, ctx);
}

/** Replace every `${{ expr }}` in a value. */
export function substitute(value: string | number | boolean, ctx: StepContext): string {
  return String(value).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => evaluate(expr, ctx));
}

function shouldRun(step: WorkflowStep, ctx: StepContext): boolean {
  if (step.if === undefined) return true;
  const expr = step.if.replace(/^\$\{\{\s*(.*?)\s*\}\}$/, '$1');
  const value = evaluate(expr, ctx);
  if (value !== 'true' && value !== 'false') throw new Error(`workflow-steps: if: ${step.if} is not a comparison`);
  return value === 'true';
}

/** Run a `run:` step in bash as the runner does; returns its exit code and output. */
export function runShell(script: string, env: Record<string, string>, cwd: string): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

export interface RunStepsOptions {
  workspace: string;
  ctx: StepContext;
  /** Event, repository, SHA, API URL... passed to every `uses: ./` step. */
  action?: Omit<RunActionOptions, 'workspace' | 'inputs'>;
  /** `uses:` values other than `./` that the caller has already done (e.g. actions/checkout: the workspace is ready). */
  alreadyDone?: RegExp;
}

/** Run the steps in order, stopping at the first that fails (as the runner does without continue-on-error). */
export async function runSteps(steps: WorkflowStep[], opts: RunStepsOptions): Promise<StepRecord[]> {
  const records: StepRecord[] = [];
  const { ctx } = opts;
  for (const step of steps) {
    if (!shouldRun(step, ctx)) {
      records.push({ step, kind: 'skipped' });
      continue;
    }
    if (step.uses === './') {
      // The runner evaluates expressions in action.yml defaults too (github-token: ${{ github.token }}).
      const inputs: Record<string, string> = {};
      for (const [k, v] of Object.entries(actionDefaults())) inputs[k] = substitute(v, ctx);
      for (const [k, v] of Object.entries(step.with ?? {})) inputs[k] = substitute(v, ctx);
      const result = await runAction({ ...opts.action, workspace: opts.workspace, inputs, applyDefaults: false });
      if (step.id) ctx.steps[step.id] = result.outputs;
      records.push({ step, kind: 'action', result });
      if (result.exitCode !== 0) break;
    } else if (step.uses !== undefined) {
      if (!opts.alreadyDone?.test(step.uses)) throw new Error(`workflow-steps: cannot run uses: ${step.uses}`);
      records.push({ step, kind: 'skipped' });
    } else if (step.run !== undefined) {
      const env: Record<string, string> = { GITHUB_EVENT_NAME: ctx.eventName, GITHUB_WORKSPACE: opts.workspace };
      for (const [k, v] of Object.entries(step.env ?? {})) env[k] = substitute(v, ctx);
      const out = await runShell(substitute(step.run, ctx), env, opts.workspace);
      records.push({ step, kind: 'run', ...out });
      if (out.exitCode !== 0) break;
    }
  }
  return records;
}
