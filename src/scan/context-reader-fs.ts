import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ContextReader } from './context-gather.js';
import { findProjectImportCandidates } from './project-imports.js';

/**
 * Reads context from the workspace: regular files only (a symbolic link is neither listed nor read), and only
 * inside the root, whatever a directory on the way is.
 */
export function workspaceContextReader(root: string): ContextReader {
  const inside = (abs: string): boolean => {
    const rel = path.relative(root, abs);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  return {
    async listFiles(dirs) {
      const out = new Map<string, string[]>();
      for (const dir of dirs) {
        try {
          const abs = path.join(root, dir);
          const real = await fs.realpath(abs);
          if (!inside(real) || real !== path.resolve(abs)) continue;
          const entries = await fs.readdir(real, { withFileTypes: true });
          out.set(dir, entries.filter((e) => e.isFile()).map((e) => (dir ? `${dir}/${e.name}` : e.name)));
        } catch {
          // A folder that is gone or unreadable lends nothing.
        }
      }
      return out;
    },
    // The tracked files of the checkout (read as every other context file: regular files inside the root only).
    findProjectImports: (roots) => findProjectImportCandidates(root, roots),
    async read(paths, maxBytes, onFile) {
      for (const p of paths) {
        const abs = path.join(root, p);
        try {
          const st = await fs.lstat(abs);
          if (!st.isFile() || st.size > maxBytes || !inside(abs)) {
            onFile(p, undefined);
            continue;
          }
          onFile(p, await fs.readFile(abs));
        } catch {
          onFile(p, undefined);
        }
      }
    },
  };
}
