import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The CLI's entry bundle holds what every start needs and what `fix` runs; the other commands' code (the scan's
 * report formats and baseline, the smoke test, the org audit) is in chunks loaded when they run. The schema
 * library they validate with (zod) is the largest part of that: it must stay out of the entry bundle, where every
 * start (a `fix --sdk` of one file included) would compile and initialise it.
 */
const DIR = path.resolve(import.meta.dirname, '../../dist/cli');

describe('the CLI bundle', () => {
  it('keeps the schema library out of the entry bundle, in the chunks of the commands that use it', () => {
    const entry = readFileSync(path.join(DIR, 'index.js'), 'utf8');
    expect(entry).not.toContain('node_modules/zod/');
    const chunks = readdirSync(DIR).filter((f) => /^\d+\.index\.js$/.test(f));
    expect(chunks.some((f) => readFileSync(path.join(DIR, f), 'utf8').includes('node_modules/zod/'))).toBe(true);
  });
});
