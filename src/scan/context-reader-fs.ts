import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { readRepoFileSync } from '../safe-fs/bounded-read.js';
import type { ContextReader } from './context-gather.js';
import { findProjectImportCandidates } from './project-imports.js';

/**
 * Reads context from the workspace: regular files only (a symbolic link is neither listed nor read), and only
 * inside the root, whatever a directory on the way is. Synchronously, as the scan reads: a pull request's context is
 * hundreds of small files, and awaiting each one's stat, open, read and close in turn cost more than a second on a
 * large repository, where reading them takes a few milliseconds.
 */
export function workspaceContextReader(root: string): ContextReader {
  const inside = (abs: string): boolean => {
    const rel = path.relative(root, abs);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  // A folder that is itself (no link on the way to it) and inside the root.
  const plainFolder = (abs: string): boolean => {
    try {
      const real = realpathSync(abs);
      return inside(real) && real === path.resolve(abs);
    } catch {
      return false;
    }
  };
  return {
    async listFiles(dirs) {
      const out = new Map<string, string[]>();
      for (const dir of dirs) {
        try {
          const abs = path.join(root, dir);
          if (!plainFolder(abs)) continue;
          const entries = readdirSync(abs, { withFileTypes: true });
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
      // Whether a folder is itself, not reached through a link on the way (asked once per folder).
      const plainDirs = new Map<string, boolean>();
      const plainDir = (dir: string): boolean => {
        let ok = plainDirs.get(dir);
        if (ok === undefined) plainDirs.set(dir, (ok = plainFolder(dir)));
        return ok;
      };
      for (const p of paths) {
        const abs = path.join(root, p);
        // A regular file within the cap, never through a link (type and size checked before and after opening, and
        // no link in the folders on the way).
        const got = inside(abs) && plainDir(path.dirname(abs)) ? readRepoFileSync(abs, maxBytes) : undefined;
        onFile(p, got?.ok ? got.bytes : undefined);
      }
    },
  };
}
