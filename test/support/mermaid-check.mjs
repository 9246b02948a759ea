// Parses Mermaid diagrams with Mermaid's own parser (the npm `mermaid` package), the way GitHub's renderer would
// read them. Run on Node 24 by test/support/mermaid.ts: reads a JSON array of diagram texts on stdin and prints a
// JSON array of { ok, type } or { ok: false, error }. Mermaid sanitises labels with DOMPurify, which needs a DOM:
// jsdom gives it one, set up before Mermaid is loaded.
import process from 'node:process';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(text);
    results.push({ ok: true, type: parsed.diagramType });
  } catch (err) {
    results.push({ ok: false, error: String(err?.message ?? err).split('\n').slice(0, 3).join(' ') });
  }
}
process.stdout.write(JSON.stringify(results));
