import type { ManifestEdit } from '../engine/types.js';

/** The openai npm version written into package.json: the one this tool is built and tested with. */
const OPENAI_NPM = '^6.49.0';

/** package.json: `openai` into dependencies; Tencent's Node SDK packages out when nothing uses them. */
export function editPackageJson(text: string, dropTencent: boolean, openaiVersion: string): ManifestEdit | undefined {
  let pkg: { dependencies?: Record<string, string> };
  try {
    pkg = JSON.parse(text) as typeof pkg;
  } catch {
    return undefined;
  }
  const notes: string[] = [];
  const deps = { ...(pkg.dependencies ?? {}) };
  if (dropTencent) {
    for (const name of Object.keys(deps)) {
      if (/^tencentcloud-sdk-nodejs(?:-hunyuan|-lkeap|-common|-intl-en)?$/.test(name)) {
        delete deps[name];
        notes.push(`removed ${name}`);
      }
    }
  }
  if (!deps.openai) {
    deps.openai = openaiVersion;
    notes.unshift('added openai');
  }
  if (!notes.length) return undefined;
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
  const sorted = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const out = JSON.stringify({ ...pkg, dependencies: sorted }, null, indent) + (text.endsWith('\n') ? '\n' : '');
  return { text: out, notes };
}

/** The edit for a manifest of a Node project (package.json); undefined for other files. */
export function nodeManifest(name: string): ((text: string, dropTencent: boolean) => ManifestEdit | undefined) | undefined {
  return name === 'package.json' ? (text, dropTencent) => editPackageJson(text, dropTencent, OPENAI_NPM) : undefined;
}
