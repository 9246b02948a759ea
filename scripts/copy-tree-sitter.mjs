// Part of `npm run build`: copies web-tree-sitter and the grammar wasm files beside the bundles, into one
// dist/tree-sitter/ that dist/index.js and dist/cli/index.js share (src/fix/sdk/engine/tree-sitter.ts loads them).
// Plain copies of pinned packages, so the build stays byte-for-byte reproducible.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const assets = JSON.parse(readFileSync(path.join(repo, 'src/fix/sdk/engine/assets.json'), 'utf8'));
const out = path.join(repo, 'dist', 'tree-sitter');
mkdirSync(out, { recursive: true });
for (const [name, from] of Object.entries(assets)) copyFileSync(path.join(repo, 'node_modules', from), path.join(out, name));
