import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { compileCatalog } from '../../src/scan/compile.js';
import { byLocation, type Finding, type SkippedFile } from '../../src/finding/finding.js';
import { walkFiles } from '../../src/scan/list-files.js';
import { FIRST_BLOCK, FileReader, scanFiles } from '../../src/scan/scan-file.js';
import { ContextIndex } from '../../src/scan/context.js';
import { scan, scanBytes } from '../../src/scan/scanner.js';

/**
 * The scanner reads as little as it needs: binary files only as far as their first block, well-known binary
 * types not at all. The bytes are counted by the scanner's own FileReader, where it calls read(2).
 */
const URL = 'https://api.hunyuan.cloud.tencent.com/v1';
const catalog = compileCatalog(RULES);
const MAX = 10 * 1024 * 1024;
let dir: string;

function write(rel: string, content: string | Buffer): string {
  const abs = path.join(dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

function scanOne(rel: string, content: string | Buffer) {
  const abs = write(rel, content);
  const reader = new FileReader(catalog);
  const result = scanFiles([{ abs, rel }], catalog, MAX, reader);
  return { result, counters: reader.counters };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-read-less-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading as little as needed', () => {
  it('skips a binary file after reading only its first block', () => {
    // A megabyte of model weights with a NUL early and a legacy URL far past the first block.
    const weights = Buffer.alloc(1024 * 1024, 0x41);
    weights[100] = 0;
    weights.write(URL, 900_000, 'latin1');
    const { result, counters } = scanOne('model/weights.bin', weights);
    expect(result.skipped).toEqual([{ path: 'model/weights.bin', reason: 'binary' }]);
    expect(result.findings).toEqual([]);
    expect(counters).toEqual({ opened: 1, bytesRead: FIRST_BLOCK });
  });

  it('does not open a file whose type is binary by definition, and says why it skipped it', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from(URL)]);
    const { result, counters } = scanOne('assets/Logo.PNG', png);
    expect(result.skipped).toEqual([{ path: 'assets/Logo.PNG', reason: 'binary file type (.png)' }]);
    expect(counters).toEqual({ opened: 0, bytesRead: 0 });
  });

  it('reads a text file larger than the first block whole, and finds what lies past it', () => {
    const text = 'x = 1\n'.repeat(50_000) + `base_url = "${URL}"\n`;
    const { result, counters } = scanOne('big/config.py', text);
    expect(result.findings.map((f) => `${f.path}:${f.line}:${f.ruleId}`)).toEqual(['big/config.py:50001:hunyuan-openai-endpoint']);
    expect(result.bytes).toBe(Buffer.byteLength(text));
    expect(counters).toEqual({ opened: 1, bytesRead: Buffer.byteLength(text) });
  });

  it('reads a small file in its first block', () => {
    const { result, counters } = scanOne('small.env', `BASE=${URL}\n`);
    expect(result.findings).toHaveLength(1);
    expect(counters.bytesRead).toBe(Buffer.byteLength(`BASE=${URL}\n`));
  });

  it('keeps UTF-16 text with NUL bytes that spans several blocks', () => {
    const body = 'nothing here\n'.repeat(4000) + `base = "${URL}"\n`;
    const { result, counters } = scanOne('docs/utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
    expect(result.skipped).toEqual([]);
    expect(result.findings.map((f) => f.line)).toEqual([4001]);
    expect(counters.bytesRead).toBeGreaterThan(FIRST_BLOCK);
  });

  it('still scans lockfiles and manifests, whatever their size', () => {
    const lock = JSON.stringify({ packages: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`node_modules/p${i}`, { version: '1.0.0' }])) }, null, 2);
    const { result } = scanOne('package-lock.json', `${lock.slice(0, -2)},\n  "x": "${URL}"\n}\n`);
    expect(result.skipped).toEqual([]);
    expect(result.files).toBe(1);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['hunyuan-openai-endpoint']);
  });

  it('applies the size cap before reading past the first block', () => {
    const abs = write('huge.txt', 'y'.repeat(200_000));
    const reader = new FileReader(catalog);
    const result = scanFiles([{ abs, rel: 'huge.txt' }], catalog, 100_000, reader);
    expect(result.skipped).toEqual([{ path: 'huge.txt', reason: 'larger than 97.7 KiB (195.3 KiB)' }]);
    expect(reader.counters.bytesRead).toBe(FIRST_BLOCK);
  });
});

/** The simplest scan there is: every listed file read whole with readFileSync, then scanBytes. */
function referenceScan(root: string): { findings: Finding[]; skipped: SkippedFile[]; files: number; bytes: number } {
  const findings: Finding[] = [];
  const skipped: SkippedFile[] = [];
  let files = 0;
  let bytes = 0;
  // Whole files, then the same files again with the context their package and project lend (see context-pass.ts).
  const index = new ContextIndex();
  const byPath = new Map<string, Finding[]>();
  const listed = [...walkFiles({ root }).files];
  for (const file of listed) {
    const data = readFileSync(file.abs);
    const outcome = scanBytes(data, file.rel, catalog);
    if ('skipped' in outcome) {
      skipped.push({ path: file.rel, reason: outcome.skipped });
      continue;
    }
    index.add(file.rel, outcome.shared ?? []);
    files++;
    bytes += data.length;
    byPath.set(file.rel, outcome.findings);
  }
  for (const file of listed) {
    if (!byPath.has(file.rel) || !index.touches(file.rel)) continue;
    const outcome = scanBytes(readFileSync(file.abs), file.rel, catalog, { context: index.contextFor(file.rel) });
    if ('findings' in outcome) byPath.set(file.rel, outcome.findings);
  }
  for (const f of byPath.values()) findings.push(...f);
  return { findings: findings.sort(byLocation), skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : 1)), files, bytes };
}

describe('the fixture trees', () => {
  const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
  const trees = readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

  it.each(trees)('%s: the same findings as reading every file whole', async (tree) => {
    const root = path.join(fixtures, tree);
    const expected = referenceScan(root);
    const got = await scan({ root, threads: 1 });
    expect(got.findings).toEqual(expected.findings);
    expect(got.skipped).toEqual(expected.skipped);
    expect({ files: got.stats.files, bytes: got.stats.bytes }).toEqual({ files: expected.files, bytes: expected.bytes });
  });

  it('covers every tree with findings', () => {
    expect(trees.length).toBeGreaterThanOrEqual(4);
  });
});
