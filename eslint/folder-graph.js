import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The folder graph of a source tree: an edge from folder A to folder B when a module in A imports one in B (static,
 * dynamic, type-only or re-export alike). Import specifiers come from TypeScript's own pre-processor, not a regex.
 */

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The folder a relative import specifier in `file` lands in; undefined for a package import. */
export function importedFolder(file, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  return path.dirname(path.resolve(path.dirname(file), specifier));
}

/** Map<folder, Map<folder, file[]>>: which folders each folder imports, and from which of its files (`skip`: files left out). */
export function folderGraph(root, skip = []) {
  const graph = new Map();
  for (const file of tsFiles(root)) {
    if (skip.includes(file)) continue;
    const from = path.dirname(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      const to = importedFolder(file, fileName);
      if (to === undefined || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      const edges = graph.get(from);
      if (!edges.has(to)) edges.set(to, []);
      edges.get(to).push(file);
    }
  }
  return graph;
}

/** The shortest chain of folders from `start` to `goal` (both included), or undefined when there is none. */
export function folderPath(graph, start, goal) {
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length) {
    const folder = queue.shift();
    if (folder === goal) {
      const chain = [];
      for (let f = goal; f !== undefined; f = previous.get(f)) chain.unshift(f);
      return chain;
    }
    for (const next of graph.get(folder)?.keys() ?? []) {
      if (!previous.has(next)) {
        previous.set(next, folder);
        queue.push(next);
      }
    }
  }
  return undefined;
}
