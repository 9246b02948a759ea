import path from 'node:path';
import { folderGraph, folderPath } from './folder-graph.js';

/**
 * ESLint rule: no cycle between the folders of a source tree, whichever folders they are (import-x/no-cycle sees
 * modules; the LAYERS order in eslint.config.js sees the folders it lists). A folder is a top-level folder of
 * `root` with everything under it; the files at the top of `root` form one more. Entry points (`entries`) import
 * everything and nothing imports them, so they take no part. The graph is read from disk once per lint run; the
 * file being linted adds its own imports as it is now.
 */

const graphs = new Map();

function topFolder(root, file) {
  const rel = path.relative(root, file);
  const parts = rel.split(path.sep);
  return parts.length > 1 ? path.join(root, parts[0]) : root;
}

function collapsedGraph(root, entries) {
  const key = `${root}\0${entries.join('\0')}`;
  if (!graphs.has(key)) {
    const graph = new Map();
    for (const [from, edges] of folderGraph(root, entries)) {
      const a = topFolder(root, path.join(from, 'x'));
      for (const to of edges.keys()) {
        const b = topFolder(root, path.join(to, 'x'));
        if (a === b) continue;
        if (!graph.has(a)) graph.set(a, new Map());
        graph.get(a).set(b, true);
      }
    }
    graphs.set(key, graph);
  }
  return graphs.get(key);
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'forbid import cycles between the folders of a source tree' },
    schema: [{ type: 'object', properties: { root: { type: 'string' }, entries: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
    messages: { cycle: 'Folder cycle: {{chain}}. Findings flow one way: move what both need into the lower folder.' },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const cwd = context.cwd;
    const root = path.resolve(cwd, options.root ?? 'src');
    const entries = (options.entries ?? []).map((e) => path.resolve(cwd, e));
    const file = path.resolve(cwd, context.filename);
    if (path.relative(root, file).startsWith('..') || entries.includes(file)) return {};
    const from = topFolder(root, file);
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = topFolder(root, path.resolve(path.dirname(file), source));
      if (to === from || path.relative(root, to).startsWith('..')) return;
      const back = folderPath(collapsedGraph(root, entries), to, from);
      if (!back) return;
      const chain = [from, ...back].map((f) => path.relative(cwd, f) || '.').join(' → ');
      context.report({ node, messageId: 'cycle', data: { chain } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
