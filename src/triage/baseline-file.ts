import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BaselineError, parseBaseline, serializeBaseline, type Baseline } from './baseline.js';

/** Where `baseline` writes when neither the command line nor the config names a file. */
export const DEFAULT_BASELINE_PATH = '.github/tokenhub-migration-baseline.json';

export async function readBaselineFile(root: string, file: string): Promise<Baseline> {
  const abs = path.resolve(root, file);
  let text: string;
  try {
    text = await fs.readFile(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new BaselineError(
      code === 'ENOENT'
        ? `baseline file not found: ${file} (create it with \`tokenhub-migration-check baseline --output ${file}\`)`
        : `cannot read the baseline file ${file} (${code ?? (err as Error).message})`,
    );
  }
  return parseBaseline(text, file);
}

export async function writeBaselineFile(root: string, file: string, baseline: Baseline): Promise<string> {
  const abs = path.resolve(root, file);
  await fs.mkdir(path.dirname(abs), { recursive: true });
  await fs.writeFile(abs, serializeBaseline(baseline));
  return abs;
}
