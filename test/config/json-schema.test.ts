import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderConfigJsonSchema } from '../../src/config/json-schema.js';
import { parseConfig } from '../../src/config/index.js';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../schema/tokenhub-migration.schema.json');

describe('published JSON Schema', () => {
  it('is the zod schema, as committed (regenerate with `npm run schema`)', async () => {
    const rendered = renderConfigJsonSchema();
    if (process.env.UPDATE_SCHEMA) await writeFile(SCHEMA_FILE, rendered);
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(rendered);
  });

  it('agrees with the zod schema on good and bad files', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(await readFile(SCHEMA_FILE, 'utf8')));
    const good = 'rules:\n  hunyuan-model: warning\n  legacy-search: off\n  custom-model: notice\ninclude: [src/]\nextra:\n  models: [acme-hy-1]\nfail-on: none\n';
    expect(validate(parse(good))).toBe(true);
    expect(() => parseConfig(good, 'f')).not.toThrow();
    for (const bad of ['rules:\n  hunyuan-modle: off\n', 'exclude: docs/\n', 'fail-on: sometimes\n', 'extra:\n  urls: []\n']) {
      expect(validate(parse(bad))).toBe(false);
      expect(() => parseConfig(bad, 'f')).toThrow();
    }
  });
});
