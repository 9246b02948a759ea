// Reference for the fix --sdk bench: start Node, load the shipped tree-sitter runtime and the file's grammar from
// dist/tree-sitter/, read the file and parse it once. What fix --sdk adds on top of this is the rewrite itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'tree-sitter');
const TS = createRequire(import.meta.url)(path.join(dir, 'web-tree-sitter.cjs'));

await TS.Parser.init({ locateFile: (file) => path.join(dir, file) });
const file = process.argv[2];
const grammar = /\.pyw?$/.test(file) ? 'python' : /\.tsx$/.test(file) ? 'tsx' : /\.[cm]?ts$/.test(file) ? 'typescript' : 'javascript';
const language = await TS.Language.load(readFileSync(path.join(dir, `tree-sitter-${grammar}.wasm`)));
const parser = new TS.Parser();
parser.setLanguage(language);
const tree = parser.parse(readFileSync(file, 'utf8'));
if (!tree || tree.rootNode.childCount === 0) process.exit(1);
