/**
 * GitHub refuses an issue, pull-request or review comment body over 65,536 characters, and the refusal of one
 * review comment fails the whole review. Every body this action posts goes through `withinBodyLimit`, which keeps
 * the end of the body (where the hidden marker that recognises our comments lives) and shortens the middle.
 */

/** GitHub's limit for comment, issue and pull-request bodies, in characters. */
export const GITHUB_BODY_LIMIT = 65_536;

/** Longer lines get no suggestion block: nobody can review a change inside a line this long (minified code). */
export const MAX_SUGGESTION_LINE_CHARS = 1_000;

const CUT_NOTE = '\n\n… (shortened: GitHub accepts at most 65,536 characters in a comment)\n\n';

/**
 * `head` shortened so that `head + tail` fits the limit; `tail` (the marker, a closing tag) is kept whole.
 * Cuts on a UTF-16 boundary, never inside a surrogate pair.
 */
export function withinBodyLimit(head: string, tail = '', limit = GITHUB_BODY_LIMIT): string {
  if (head.length + tail.length <= limit) return head + tail;
  let keep = Math.max(0, limit - tail.length - CUT_NOTE.length);
  const code = head.charCodeAt(keep - 1);
  if (keep > 0 && code >= 0xd800 && code <= 0xdbff) keep--;
  return head.slice(0, keep) + CUT_NOTE + tail;
}

/** Why a line cannot carry a suggestion block, or undefined when it can. */
export function suggestionRefusal(line: string): string | undefined {
  if (line.length > MAX_SUGGESTION_LINE_CHARS) {
    return `The suggestion is left out: this line is ${line.length.toLocaleString('en-US')} characters long, too long to review as a suggestion. Run \`tokenhub-migration-check fix\` to rewrite it.`;
  }
  // A bare carriage return splits the line on GitHub's side, so the suggested change would not be this line.
  if (line.includes('\r')) return 'The suggestion is left out: this line contains a carriage return, which a suggestion cannot reproduce. Run `tokenhub-migration-check fix` to rewrite it.';
  return undefined;
}

/**
 * Our sticky comment, tracking issue and migration pull request start with their marker; a file name or line quoted
 * further down cannot make a body look like ours.
 */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return (body ?? '').startsWith(marker);
}
