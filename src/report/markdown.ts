import type { Severity } from '../catalog/index.js';
import type { SkippedFile } from '../finding/finding.js';

/** Markdown pieces shared by the job summaries, the tracking issue, review comments and the smoke-test section. */

/** Where a finding's line can be opened in the browser, when the run knows its repository and commit. */
export interface LinkBase {
  serverUrl: string;
  repository: string;
  sha: string;
}

export const SEVERITY_ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', notice: '🔵' };

/*
 * File names, lines and messages come from a pull request's author. Every character that can open an inline
 * construct in CommonMark or GitHub's Markdown is backslash-escaped (CommonMark lets any ASCII punctuation be
 * escaped, spec 2.4): links and images ([ ] ( ) !), emphasis and strikethrough (* _ ~), code (`), HTML and
 * autolinks (< >), entities (&), table columns (|), mentions (@) and the backslash itself. Line breaks (CR, LF and
 * the Unicode ones) become spaces, so a table row cannot split. Left as they are, because they open nothing
 * mid-line and file names are full of them: . / : - # + = , ; ' " ? $ % ^ { } (except `://` and `www.`, below).
 */
const SPECIAL = /[\\`*_[\]()<>|@!~&]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/** Plain text for Markdown: see above. Also safe in a table cell. */
export function escapeText(s: string): string {
  // Bare URLs are autolinked (GFM's extended autolinks): their `://` and `www.` are escaped too.
  // < and > become entities rather than escapes, so no raw tag text survives even for a reader of the source.
  return s.replace(LINE_BREAKS, ' ').replace(SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`)).replace(/:(?=\/\/)/g, '\\:').replace(/(?<=\bwww)\./gi, '\\.');
}

/**
 * This tool's own text (messages, notes, reasons) in a table cell: no column or line break, no HTML. Text from the
 * repository (file names, matched lines) goes through escapeText or codeSpan instead.
 */
export function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(LINE_BREAKS, ' ').replace(/</g, '&lt;');
}

/**
 * Text as an inline code span: fenced by more backticks than any run inside it (so a backtick cannot end it),
 * padded when it starts or ends with one, line breaks as spaces, and `|` escaped (GitHub's tables split on it even
 * inside a code span, and drop the backslash). Mentions and links are not processed inside code.
 */
export function codeSpan(s: string): string {
  const text = s.replace(LINE_BREAKS, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A file (and line) at the run's commit on GitHub; parentheses and quotes encoded too, so the URL cannot end a link early. */
export function blobUrl(links: LinkBase, path: string, line?: number): string {
  const encoded = path
    .split('/')
    .map((p) => encodeURIComponent(p).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${encoded}${line ? `#L${line}` : ''}`;
}

/** The collapsed list of skipped files that ends a summary. */
export function skippedDetails(skipped: readonly SkippedFile[], limit = 100): string[] {
  if (skipped.length === 0) return [];
  const out = [`<details><summary>${skipped.length} files skipped</summary>`, ''];
  for (const s of skipped.slice(0, limit)) out.push(`- ${codeSpan(s.path)}: ${escapeText(s.reason)}`);
  if (skipped.length > limit) out.push(`- … and ${skipped.length - limit} more`);
  out.push('', '</details>', '');
  return out;
}
