import { spawn } from 'node:child_process';
import type { ContextReader } from '../scan/context-gather.js';
import { readBlobs } from './blobs.js';
import { findProjectImportCandidates } from '../scan/project-imports.js';

/**
 * Reads context from a commit's tree (a pull request's head) with git: `git ls-tree` lists one directory's regular
 * files (mode 100644 or 100755: no links, no submodules), `git cat-file --batch` reads them.
 */
export function commitContextReader(cwd: string, commit: string): ContextReader {
  return {
    async listFiles(dirs) {
      // One `git ls-tree` for every directory: each path `dir/` lists that directory's entries, not deeper.
      const out = await lsTree(cwd, commit, dirs.filter((d) => !d.includes('\n')));
      const files = new Map<string, string[]>();
      for (const entry of out.split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab === -1) continue;
        const [mode, type] = entry.slice(0, tab).split(' ');
        if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) continue;
        const file = entry.slice(tab + 1);
        const slash = file.lastIndexOf('/');
        const dir = slash === -1 ? '' : file.slice(0, slash);
        const list = files.get(dir);
        if (list) list.push(file);
        else files.set(dir, [file]);
      }
      return files;
    },
    async read(paths, maxBytes, onFile) {
      await readBlobs(cwd, commit, paths, (blob) => onFile(blob.path, blob.bytes && blob.bytes.length <= maxBytes ? blob.bytes : undefined));
    },
    findProjectImports: (roots) => findProjectImportCandidates(cwd, roots, commit),
  };
}

function lsTree(cwd: string, commit: string, dirs: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ['ls-tree', '-z', '--full-tree', commit, '--', ...dirs.map((dir) => (dir ? `${dir}/` : '.'))];
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let size = 0;
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      // A directory listing this large is not a package; stop reading it.
      if (size > 8 * 1024 * 1024) child.kill();
      else out.push(c);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`git ls-tree exited ${code}`))));
  });
}
