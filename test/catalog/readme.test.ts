import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/catalog/index.js';
import { TOOL_VERSION } from '../../src/tool.js';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('the README and package metadata stay true to the code', () => {
  it('lists every reported rule with its category and default severity', () => {
    const rows = new Map(
      [...readme.matchAll(/^\| `([a-z0-9-]+)` \| (legacy-[a-z]+) \| (error|warning|notice)/gm)].map((m) => [m[1], [m[2], m[3]]]),
    );
    for (const r of RULES.filter((x) => !x.signalOnly)) expect(rows.get(r.id), r.id).toEqual([r.category, r.severity]);
    expect(rows.size).toBe(RULES.filter((x) => !x.signalOnly).length);
  });

  it('reports the package version', () => {
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});
