import type { ManifestEdit } from '../engine/types.js';

/**
 * The Python dependency manifests next to converted code: add `openai`, and drop the Tencent Cloud SDK packages when
 * no file under the manifest still imports them. Line-based edits on requirements*.txt and on the PEP 621
 * `dependencies = [...]` array of pyproject.toml: everything else in the file stays as written.
 */

/** Python distributions of the Tencent Cloud SDK that carry (only) what the chat rewrite replaces. */
const TENCENT_PY = /^(tencentcloud-sdk-python(?:-hunyuan|-lkeap|-common)?)\s*(?:[<>=!~;[]|$)/i;
const OPENAI_PY = /^openai\s*(?:[<>=!~;[]|$)/i;

/** requirements.txt: one requirement per line; comments, options and markers are left alone. */
export function editRequirements(text: string, dropTencent: boolean): ManifestEdit | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const notes: string[] = [];
  let hasOpenai = false;
  let firstTencent = -1;
  const out: string[] = [];
  for (const line of lines) {
    const req = line.trim();
    if (OPENAI_PY.test(req)) hasOpenai = true;
    const m = TENCENT_PY.exec(req);
    if (m) {
      if (firstTencent === -1) firstTencent = out.length;
      if (dropTencent) {
        notes.push(`removed ${m[1]}`);
        continue;
      }
    }
    out.push(line);
  }
  if (!hasOpenai) {
    const at = firstTencent === -1 ? (out.at(-1) === '' ? out.length - 1 : out.length) : firstTencent;
    out.splice(at, 0, 'openai');
    notes.unshift('added openai');
  }
  if (!notes.length) return undefined;
  return { text: out.join(eol), notes };
}

/** pyproject.toml: the entries of `[project] dependencies = [...]`, one quoted requirement per line. */
export function editPyproject(text: string, dropTencent: boolean): ManifestEdit | undefined {
  const project = /^\[project\][ \t]*\r?$/m.exec(text);
  if (!project) return undefined;
  const deps = /^dependencies[ \t]*=[ \t]*\[/m.exec(text.slice(project.index));
  if (!deps) return undefined;
  const open = project.index + deps.index + deps[0].length;
  const close = text.indexOf(']', open);
  const nextTable = text.slice(project.index + 1).search(/^\[/m);
  if (close === -1 || (nextTable !== -1 && project.index + 1 + nextTable < open)) return undefined;
  const body = text.slice(open, close);
  const entries = [...body.matchAll(/(["'])([^"'\n]*)\1/g)].map((m) => m[2]!.trim());
  const notes: string[] = [];
  let newBody = body;
  if (dropTencent) {
    for (const m of body.matchAll(/^[ \t]*(["'])([^"'\n]*)\1[ \t]*,?[ \t]*\r?\n/gm)) {
      const name = TENCENT_PY.exec(m[2]!.trim());
      if (name) {
        newBody = newBody.replace(m[0], '');
        notes.push(`removed ${name[1]}`);
      }
    }
  }
  if (!entries.some((e) => OPENAI_PY.test(e))) {
    const multiline = body.includes('\n');
    if (multiline) {
      const indent = /\n([ \t]+)["']/.exec(body)?.[1] ?? '    ';
      newBody = `\n${indent}"openai",${newBody.startsWith('\n') ? '' : '\n'}${newBody}`;
    } else {
      newBody = newBody.trim() ? `"openai", ${newBody.trimStart()}` : '"openai"';
    }
    notes.unshift('added openai');
  }
  if (!notes.length) return undefined;
  return { text: text.slice(0, open) + newBody + text.slice(close), notes };
}

/** The edit for a manifest of a Python project, by file name; undefined for other files. */
export function pythonManifest(name: string): ((text: string, dropTencent: boolean) => ManifestEdit | undefined) | undefined {
  if (/^requirements[\w.-]*\.txt$/i.test(name)) return editRequirements;
  if (name === 'pyproject.toml') return editPyproject;
  return undefined;
}
