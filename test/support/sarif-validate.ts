import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

/**
 * Two independent checks of a SARIF log: the SARIF 2.1.0 JSON schema (the copy that ships in Microsoft's
 * multitool package) with ajv, and Microsoft's SARIF multitool itself, with its SARIF and GitHub ingestion rules.
 */

const require = createRequire(import.meta.url);
const multitoolDir = (() => {
  try {
    return path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));
  } catch {
    return undefined;
  }
})();

export const SARIF_SCHEMA_PATH = multitoolDir ? path.join(multitoolDir, 'sarif-2.1.0.json') : undefined;

let validator: ReturnType<Ajv2020['compile']> | undefined;

export function schemaErrors(log: unknown): ErrorObject[] {
  if (!SARIF_SCHEMA_PATH) throw new Error('the SARIF 2.1.0 schema is not installed (@microsoft/sarif-multitool-linux)');
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    validator = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')));
  }
  return validator(log) ? [] : [...(validator.errors ?? [])];
}

/** The multitool binary, when its package installed for this platform and the file is executable. */
export const MULTITOOL: string | undefined = (() => {
  if (!multitoolDir || process.platform !== 'linux') return undefined;
  const bin = path.join(multitoolDir, 'Sarif.Multitool');
  try {
    accessSync(bin, constants.X_OK);
    return bin;
  } catch {
    return undefined;
  }
})();

export interface MultitoolFinding {
  ruleId: string;
  level: string;
  message: string;
}

/** Runs `Sarif.Multitool validate --rule-kind "Sarif;Gh"` and returns what it reported, notes included. */
export async function multitoolFindings(log: unknown): Promise<MultitoolFinding[]> {
  if (!MULTITOOL) throw new Error('the SARIF multitool is not available here');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sarif-mt-'));
  try {
    const input = path.join(dir, 'input.sarif');
    const output = path.join(dir, 'validation.sarif');
    await writeFile(input, JSON.stringify(log));
    await promisify(execFile)(
      MULTITOOL,
      ['validate', input, '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note', '--output', output, '--log', 'ForceOverwrite'],
      // The .NET runtime inside wants a writable home and no telemetry.
      { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', HOME: dir }, timeout: 120_000 },
    );
    const report = JSON.parse(await readFile(output, 'utf8')) as {
      runs: { results?: { ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }[] }[];
    };
    return (report.runs[0]?.results ?? []).map((r) => ({
      ruleId: r.ruleId,
      level: r.level ?? 'warning',
      message: r.message.text ?? (r.message.arguments ?? []).join(' | '),
    }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
