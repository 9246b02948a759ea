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

/** Text safe inside a Markdown table cell: no column breaks, no line breaks, no HTML. */
export function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

/** A file (and line) at the run's commit on GitHub. */
export function blobUrl(links: LinkBase, path: string, line?: number): string {
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${path.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
}

/** The collapsed list of skipped files that ends a summary. */
export function skippedDetails(skipped: readonly SkippedFile[], limit = 100): string[] {
  if (skipped.length === 0) return [];
  const out = [`<details><summary>${skipped.length} files skipped</summary>`, ''];
  for (const s of skipped.slice(0, limit)) out.push(`- \`${escapeCell(s.path)}\`: ${escapeCell(s.reason)}`);
  if (skipped.length > limit) out.push(`- … and ${skipped.length - limit} more`);
  out.push('', '</details>', '');
  return out;
}
