import { familyOf, isManifest } from './context.js';

/**
 * Files that take context from other files: code files (a package is the files of one directory in one language
 * family) and manifests. Documentation and data files take none, so the scan never keeps or decides them again.
 */
export function takesContext(path: string): boolean {
  return familyOf(path) !== undefined || isManifest(path);
}
