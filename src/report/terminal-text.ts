/**
 * Text from the repository (file names, matched lines, reasons in ignore comments, the config's messages) printed to a
 * terminal. A file name can hold an escape sequence that recolours the screen (a name that prints "✔ No legacy
 * usage found" in green), moves the cursor, rewrites the window title, or a carriage return that overwrites the line
 * before it; Unicode's bidirectional controls reorder what is shown (Trojan Source). Each such character is shown
 * as an escape (`\x1b`, `\u202e`) instead. The classification is Unicode's own (`\p{Cc}`: every C0 and C1 control,
 * DEL included), not a list of sequences: nothing that starts a sequence reaches the terminal.
 */

/** Every character that may not reach a terminal as it is; the three tests below differ only in what they keep. */
const CONTROLS = '[\\p{Cc}\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]';
const UNSAFE = new RegExp(CONTROLS, 'gu');
const UNSAFE_BUT_NEWLINE = new RegExp(`(?!\\n)${CONTROLS}`, 'gu');
const UNSAFE_BUT_NEWLINE_AND_TAB = new RegExp(`(?![\\n\\t])${CONTROLS}`, 'gu');

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One field (a path, a match): every control character escaped, line breaks included. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** A message of several lines: as terminalSafe, but its line breaks kept. */
export function terminalSafeLines(text: string): string {
  return text.replace(UNSAFE_BUT_NEWLINE, escapeChar);
}

/**
 * A patch shown on a terminal (`fix --dry-run` when stdout is one): as terminalSafeLines, with tabs kept too, since
 * they are the indentation of the code it shows and start no sequence. A patch written to a pipe or a file is left
 * as it is, so that `git apply` gets the bytes.
 */
export function terminalSafePatch(text: string): string {
  return text.replace(UNSAFE_BUT_NEWLINE_AND_TAB, escapeChar);
}

/**
 * Plain data (objects, arrays) with every string made terminalSafe, for a renderer's input: what the renderer adds
 * itself (colours) is then the only control sequence in its output. Other objects (Maps, class instances) are kept
 * as they are. Copy on write: an object or array none of whose strings changes is returned as it is (a report of
 * thousands of findings is mostly clean text), so the input must not be changed by the caller afterwards.
 */
export function terminalSafeData<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const safe = terminalSafeData(v);
      if (!Object.is(safe, v)) (out ??= [...value])[i] = safe;
    }
    return (out ?? value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const rec = value as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const k of Object.keys(rec)) {
      const v = rec[k];
      const safe = terminalSafeData(v);
      if (!Object.is(safe, v)) (out ??= { ...rec })[k] = safe;
    }
    return (out ?? value) as T;
  }
  return value;
}

/**
 * Whether text for this stream gets colour: never with NO_COLOR (no-color.org), always with FORCE_COLOR (other than
 * 0), else only on a terminal that is not TERM=dumb.
 */
export function wantsColor(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
