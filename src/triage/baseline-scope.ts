import ignore from 'ignore';

/**
 * Which files a scan could have seen, so that baseline entries for other files are not called stale. Paths are
 * relative to the root with `/`; `targets` are the scanned folders or files, also root-relative ('' is the root).
 */
export function scanScope(targets: readonly string[], include: readonly string[], exclude: readonly string[]): (path: string) => boolean {
  const inc = include.length ? ignore().add([...include]) : undefined;
  const exc = ignore().add([...exclude]);
  const prefixes = targets.map((t) => t.replace(/\/+$/, ''));
  return (p) => {
    const underTarget = prefixes.length === 0 || prefixes.some((t) => t === '' || t === '.' || p === t || p.startsWith(t + '/'));
    return underTarget && (!inc || inc.ignores(p)) && !exc.ignores(p);
  };
}
