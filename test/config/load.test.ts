import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, loadConfig, parseConfig, schemaDefaults, unmatchedGlobs, type ConfigIssue } from '../../src/config/index.js';

const FILE = '.github/tokenhub-migration.yml';

function issuesOf(text: string): ConfigIssue[] {
  try {
    parseConfig(text, FILE);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('gives the schema defaults for an empty file', () => {
    expect(parseConfig('', FILE).config).toEqual(defaultConfig());
    expect(defaultConfig()).toEqual({ rules: {}, include: [], exclude: [], extra: { endpoints: [], models: [] }, 'fail-on': 'error' });
  });

  it('keeps the defaults used without a config file equal to the schema\'s (the schema is not loaded then)', () => {
    expect(defaultConfig()).toEqual(schemaDefaults());
  });

  it('reads every key', () => {
    const { config } = parseConfig(
      [
        'rules:',
        '  hunyuan-model: warning',
        '  legacy-search: off',
        '  lke-deepseek-v3-model: true',
        'include: [src/]',
        'exclude:',
        '  - "**/*.md"',
        'extra:',
        '  endpoints: [llm-gw.example.com/hunyuan]',
        '  models: [acme-hunyuan-*]',
        'baseline: .github/tokenhub-baseline.json',
        'fail-on: warning',
      ].join('\n'),
      FILE,
    );
    expect(config).toEqual({
      rules: { 'hunyuan-model': 'warning', 'legacy-search': 'off', 'lke-deepseek-v3-model': true },
      include: ['src/'],
      exclude: ['**/*.md'],
      extra: { endpoints: ['llm-gw.example.com/hunyuan'], models: ['acme-hunyuan-*'] },
      baseline: '.github/tokenhub-baseline.json',
      'fail-on': 'warning',
    });
  });

  it('names the file, line and key of an unknown key, with a suggestion', () => {
    const issues = issuesOf('rules:\n  hunyuan-model: warning\n  hunyuan-modle: off\nexclud: [docs/]\n');
    expect(issues).toEqual([
      { file: FILE, line: 3, column: 3, key: 'rules.hunyuan-modle', message: "unknown key in rules (did you mean 'hunyuan-model'?)" },
      { file: FILE, line: 4, column: 1, key: 'exclud', message: "unknown key (did you mean 'exclude'?)" },
    ]);
    expect(new ConfigError(issues).message).toBe(
      `${FILE}:3:3: rules.hunyuan-modle: unknown key in rules (did you mean 'hunyuan-model'?)\n${FILE}:4:1: exclud: unknown key (did you mean 'exclude'?)`,
    );
  });

  it('points at the value of a wrong type', () => {
    expect(issuesOf('# comment\nexclude:\n  - docs/\n  - 3\nfail-on: sometimes\ninclude: src\n')).toEqual([
      { file: FILE, line: 4, column: 5, key: 'exclude[1]', message: 'must be a string' },
      { file: FILE, line: 5, column: 10, key: 'fail-on', message: 'must be one of "error", "warning", "notice", "none"' },
      { file: FILE, line: 6, column: 10, key: 'include', message: 'must be an array' },
    ]);
    expect(issuesOf('rules:\n  legacy-model: maybe\n')).toEqual([
      { file: FILE, line: 2, column: 17, key: 'rules.legacy-model', message: 'must be off, on, error, warning, notice, true or false' },
    ]);
  });

  it('reports a YAML syntax error at its line', () => {
    expect(issuesOf('rules:\n  hunyuan-model: warning\nexclude: [docs/\nfail-on: error\n')[0]).toEqual({
      file: FILE,
      line: 4,
      column: 1,
      key: '',
      message: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    });
    expect(issuesOf('rules:\n\thunyuan-model: off\n')[0]).toMatchObject({ line: 2, message: 'YAML syntax error: Tabs are not allowed as indentation' });
    const dup = issuesOf('fail-on: error\nfail-on: warning\n');
    expect(dup[0]).toMatchObject({ line: 2, message: expect.stringMatching(/YAML syntax error: Map keys must be unique/) });
  });

  it('refuses a file that is not a mapping', () => {
    expect(issuesOf('- a\n- b\n')[0]).toMatchObject({ line: 1, message: expect.stringMatching(/must be a mapping/) });
  });

  it('rejects bad globs with the reason', () => {
    const issues = issuesOf('exclude:\n  - "src/[abc"\n  - "{a,b}/*.md"\n  - ../outside\n  - "C:/x"\n  - "a\\\\b"\n  - ""\n');
    expect(issues.map((i) => [i.line, i.key])).toEqual([
      [2, 'exclude[0]'],
      [3, 'exclude[1]'],
      [4, 'exclude[2]'],
      [5, 'exclude[3]'],
      [6, 'exclude[4]'],
      [7, 'exclude[5]'],
    ]);
    expect(issues[0]!.message).toMatch(/unclosed `\[`/);
    expect(issues[1]!.message).toMatch(/brace expansion/);
    expect(issues[2]!.message).toMatch(/outside the repository/);
  });

  it('rejects extra entries that are not plain literals or simple globs', () => {
    const issues = issuesOf(
      'extra:\n  endpoints:\n    - "(a+)+$"\n    - "*.*.*.example.com"\n  models:\n    - "x*"\n    - "hunyuan-[a-z]+"\n',
    );
    expect(issues.map((i) => i.key)).toEqual(['extra.endpoints[0]', 'extra.endpoints[1]', 'extra.models[0]', 'extra.models[1]']);
    expect(issues.map((i) => i.line)).toEqual([3, 4, 6, 7]);
  });
});

describe('loadConfig', () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('uses the default path when present, defaults when absent, and requires a named file', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'thcfg-'));
    expect((await loadConfig({ root: dir })).file).toBeUndefined();
    await mkdir(path.join(dir, '.github'));
    await writeFile(path.join(dir, FILE), 'fail-on: notice\n');
    const loaded = await loadConfig({ root: dir });
    expect(loaded.file).toBe(FILE);
    expect(loaded.config['fail-on']).toBe('notice');
    await expect(loadConfig({ root: dir, configPath: 'other.yml' })).rejects.toThrow(/other\.yml:1:1: file not found/);
  });

  it('reports include/exclude patterns that match no file, at their line', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'thcfg-'));
    await mkdir(path.join(dir, 'src', 'deep'), { recursive: true });
    await mkdir(path.join(dir, 'docs'));
    await writeFile(path.join(dir, 'src', 'deep', 'a.ts'), 'x');
    await writeFile(path.join(dir, 'docs', 'guide.md'), 'x');
    await mkdir(path.join(dir, '.github'));
    await writeFile(path.join(dir, FILE), 'include:\n  - src/\nexclude:\n  - "*.md"\n  - doc/\n  - "!keep.md"\n  - "src/**/*.py"\n');
    const loaded = await loadConfig({ root: dir });
    expect(await unmatchedGlobs(loaded, dir)).toEqual([
      { file: FILE, line: 5, column: 5, key: 'exclude[1]', message: expect.stringMatching(/^'doc\/' matches no file/) },
      { file: FILE, line: 7, column: 5, key: 'exclude[3]', message: expect.stringMatching(/^'src\/\*\*\/\*\.py' matches no file/) },
    ]);
  });
});
