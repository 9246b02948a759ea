import { runGit } from '../git/run.js';

/**
 * Where a project-wide import of a legacy SDK can live, so that a pull request's context finds one in a file it
 * does not change, in a directory it does not touch, without reading the project: C#'s `global using` (any `.cs`
 * file, usually GlobalUsings.cs), an index module that re-exports the SDK (`index.ts`, `index.js`, ...), a Scala
 * package object. git finds the candidates under each project root by content (`git grep`, in git's own C code
 * over the object store or the checkout), and only those are read.
 */
const EXTENSIONS = ['cs'];
const NAMES = ['index.ts', 'index.tsx', 'index.mts', 'index.js', 'index.mjs', 'index.cjs', 'package.scala'];

/** Words every project-wide import the catalog knows contains (the SDK's product names). */
const WORDS = ['hunyuan', 'lkeap'];

/** Candidates read at most: the imports a project has are few; a repository of hundreds is not one project. */
export const MAX_PROJECT_IMPORT_FILES = 50;

/**
 * Files under the given project roots ('' = the whole tree) that name the SDKs and may hold a project-wide
 * import. `commit` unset: the working tree's tracked files. Empty when git cannot tell (not a repository).
 */
export async function findProjectImportCandidates(cwd: string, roots: readonly string[], commit?: string): Promise<string[]> {
  const safe = roots.filter((r) => !/[\n*?[\]:\\]/.test(r));
  if (safe.length === 0) return [];
  // git's plain wildcards, where `*` also matches `/`: a third faster than `:(glob)**/` on a large tree. The roots
  // hold no wildcard (filtered above), so each pathspec is a folder and a name or an extension under it.
  const pathspecs = safe.flatMap((root) => {
    const under = root ? `${root}/` : '';
    return [...EXTENSIONS.map((e) => `${under}*.${e}`), ...NAMES.flatMap((n) => [`${under}${n}`, `${under}*/${n}`])];
  });
  const args = ['grep', '-l', '-z', '-I', '-i', '-F', ...WORDS.flatMap((w) => ['-e', w]), ...(commit ? [commit] : []), '--', ...pathspecs];
  const r = await runGit(args, { cwd, maxBytes: 1024 * 1024, timeoutMs: 30_000 });
  // Exit 1: nothing found.
  if (r.code !== 0) return [];
  const prefix = commit ? `${commit}:` : '';
  return r.stdout
    .split('\0')
    .filter(Boolean)
    .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p))
    .slice(0, MAX_PROJECT_IMPORT_FILES);
}
