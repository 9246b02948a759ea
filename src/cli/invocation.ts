import path from 'node:path';
import { TOOL_NAME } from '../tool.js';

/**
 * The command to write in a hint the user can paste, the way they ran this one: someone who followed the quick start
 * (`npx tokenhub-migration-check scan .`) has no `tokenhub-migration-check` on PATH, and someone who ran the bundle
 * of a fresh clone (`node dist/cli/index.js`) has neither.
 */
export function invocationOf(env: NodeJS.ProcessEnv, script: string | undefined, cwd: string): string {
  // npx and `npm exec` set npm_command=exec for the program they start.
  if (env.npm_command === 'exec') return `npx ${TOOL_NAME}`;
  // Run as `node path/to/index.js` (or through `npm run scan`): the bin link is named after the tool, not *.js.
  if (script && /\.[cm]?js$/.test(script)) {
    const rel = path.relative(cwd, script);
    return `node ${shellWord(rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : script)}`;
  }
  return TOOL_NAME;
}

/** A POSIX shell word: as is when it has only safe characters, else single-quoted. */
function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
