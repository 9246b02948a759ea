import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import noFolderCycle from './eslint/no-folder-cycle.js';

/**
 * The folders of src/, lowest first. Findings flow one way (catalog <- scan <- triage <- report <- faces): a folder
 * may import from the folders before it and never from one after it, so no two folders can import each other.
 * The two faces sit on top, side by side: neither imports the other.
 */
const LAYERS = ['safe-fs', 'catalog', 'finding', 'git', 'scan', 'triage', 'target', 'fix', 'config', 'pipeline', 'guidance', 'github', 'report', 'org', 'smoke', 'fix-pr'];
const FACES = ['action', 'cli'];
/** The scanning core runs the same in the action, the CLI and a pre-commit hook: nothing of the Actions toolkit. */
const CORE = ['safe-fs', 'catalog', 'finding', 'git', 'scan', 'triage', 'target'];

const folders = (names) => `^(\\.\\./)+(${names.join('|')})/`;

function boundaries(folder, above, core) {
  const patterns = [];
  if (above.length) {
    patterns.push({
      regex: folders(above),
      message: `src/${folder} is below ${above.map((f) => `src/${f}`).join(', ')} (findings flow one way: see LAYERS in eslint.config.js).`,
    });
  }
  if (core) {
    patterns.push({ group: ['@actions/*'], message: `src/${folder} is part of the scanning core, which runs outside GitHub Actions too: keep @actions/* in src/action.` });
  }
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Node scripts run as plain ESM (no TypeScript), with Node's globals.
  { files: ['scripts/**/*.mjs', 'bench/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...LAYERS.map((folder, i) => boundaries(folder, [...LAYERS.slice(i + 1), ...FACES], CORE.includes(folder))),
  ...FACES.map((face) => boundaries(face, FACES.filter((f) => f !== face), false)),
  // Files at the top of src/ (tool facts, the error base) sit below every folder; only the entry points import up.
  {
    files: ['src/*.ts'],
    ignores: ['src/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\./', message: 'Files at the top of src/ import no folder of src/.' }] }] },
  },
  // Module-level cycles inside and across folders.
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // Imports name the .js a .ts file compiles to (NodeNext).
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // Folder-level cycles among all folders of src/, listed in LAYERS or not (a new folder is covered from its first file).
  {
    files: ['src/**/*.ts'],
    plugins: { local: { rules: { 'no-folder-cycle': noFolderCycle } } },
    rules: { 'local/no-folder-cycle': ['error', { root: 'src', entries: ['src/index.ts'] }] },
  },
);
