import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import type { Finding } from '../../src/finding/finding.js';
import { compileCatalog, matchText } from '../../src/scan/index.js';

/**
 * `fix` asks the scanner for findings without fingerprints (it never reads them). Leaving them out must change
 * nothing else: the same findings, fields and order, over every fixture and over ignore comments of each kind.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const catalog = compileCatalog(RULES);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = path.join(dir, name);
    const st = statSync(abs);
    if (st.isDirectory()) return files(abs);
    return st.isFile() && st.size < 200_000 ? [abs] : [];
  });
}

const withoutPrints = (fs: readonly Finding[]) => fs.map(({ fingerprint: _f, contentFingerprint: _c, ...rest }) => rest);

describe('matchText without fingerprints', () => {
  it('gives the findings it gives with them, fingerprints aside', () => {
    const URL = 'https://api.hunyuan.cloud.tencent.com/v1';
    const texts: Array<[string, string]> = files(FIXTURES).map((f) => [path.relative(FIXTURES, f), readFileSync(f, 'utf8')]);
    texts.push(
      ['ignores.py', `base = "${URL}"  # tokenhub-migration-ignore\n# tokenhub-migration-ignore-next-line legacy-endpoint -- why\nb = "${URL}"\nc = {"model": "hunyuan-lite", "url": "${URL}"}  # tokenhub-migration-ignore no-such-rule\n`],
      ['twice.py', `a = "${URL}"\na = "${URL}"\n`],
    );
    let findings = 0;
    for (const [name, text] of texts) {
      const full = matchText(text, name, catalog);
      const lean = matchText(text, name, catalog, undefined, { fingerprints: false });
      expect(lean.every((f) => f.fingerprint === undefined && f.contentFingerprint === undefined), name).toBe(true);
      expect(lean, name).toEqual(withoutPrints(full));
      findings += full.length;
    }
    expect(findings).toBeGreaterThan(200);
  });
});
