/**
 * Issue 15, item 7: file names and lines from a pull request, rendered through the job summary's Markdown with a
 * CommonMark renderer (markdown-it, with GitHub's tables): no link, image, mention, HTML or extra table row comes out
 * of them, and a suggestion block cannot be closed by an added line.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeText } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary-markdown.js';
import { suggestionBlock } from '../../src/report/suggestion.js';
import type { Finding } from '../../src/finding/finding.js';

const md = new MarkdownIt({ html: true, linkify: true });
const HOSTILE = [
  'app/lnk](https://evil.example/x) [z.py',
  'app/`x` @someone `y`.py',
  'app/row\r| injected | row |.py',
  'app/<img src=x onerror=alert(1)>.py',
  'app/![img](https://evil.example/i.png).py',
  'app/**bold**_em_~~s~~&amp;.py',
  'app/``` \\`.py',
];

function finding(path: string, match = 'https://api.hunyuan.cloud.tencent.com/v1'): Finding {
  return {
    ruleId: 'hunyuan-openai-endpoint',
    category: 'legacy-endpoint',
    severity: 'error',
    path,
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: match.length + 1,
    message: 'Legacy endpoint',
    match,
  } as Finding;
}

/** Rendered HTML with code elements removed: what is left may hold no live construct from the names. */
function outsideCode(html: string): string {
  return html.replace(/<code>[\s\S]*?<\/code>/g, '');
}

describe('Markdown from hostile names', () => {
  it('escapeText leaves no construct and reads back as the same text', () => {
    for (const name of HOSTILE) {
      const html = md.renderInline(escapeText(name));
      expect(html).not.toMatch(/<a |<img|<em>|<strong>|<s>|<code>/);
      expect(html.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).toBe(name.replace(/\r/g, ' '));
    }
  });

  it('codeSpan keeps a name in one code element, with its text', () => {
    for (const name of HOSTILE) {
      const html = md.renderInline(codeSpan(name));
      expect(html.match(/<code>/g)).toHaveLength(1);
      expect(outsideCode(html).trim()).toBe('');
    }
  });

  it('the job summary of findings in hostile files has one table row per finding and no links out', () => {
    const findings = HOSTILE.map((p) => finding(p, 'https://api.hunyuan.cloud.tencent.com/v1`@team`'));
    const text = renderSummary({
      result: {
        root: '/ws',
        findings,
        skipped: [{ path: 'bin/](https://evil.example)`@x`\r|row|', reason: 'binary' }],
        stats: { files: findings.length, bytes: 1, durationMs: 1 },
      },
      findings,
      failOn: 'error',
      failed: true,
      links: { serverUrl: 'https://github.com', repository: 'octo/app', sha: 'a'.repeat(40) },
      maxRows: 100,
    } as unknown as Parameters<typeof renderSummary>[0]);
    const html = md.render(text);
    // The names show as text; nothing links to where they point.
    expect(html).not.toMatch(/href="https:\/\/evil/);
    expect(html).not.toMatch(/<img/);
    // Outside code, a mention shows as text only where its @ is escaped (GitHub does not link an escaped mention).
    expect(text).not.toMatch(/(?<![\\`])@someone/);
    expect(outsideCode(html)).not.toContain('@team');
    // One body row per finding: no row split by a carriage return or a pipe.
    const rows = html.match(/<tbody>[\s\S]*?<\/tbody>/g)?.flatMap((b) => b.match(/<tr>/g) ?? []) ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(HOSTILE.length);
    expect(html).not.toContain('<td>injected</td>');
    for (const href of html.match(/href="[^"]*"/g) ?? []) expect(href).toMatch(/^href="https:\/\/(github\.com|tokenhub|docs|cloud|www)/);
  });

  it('a suggestion block cannot be closed by the line it suggests', () => {
    const fixed = 'x = 1  # ```\n```` ` evil';
    const block = suggestionBlock({ fixed, replacements: [{ ruleId: 'r', from: 'a`b', to: 'c' }] });
    const tokens = md.parse(block, {});
    const fences = tokens.filter((t) => t.type === 'fence');
    expect(fences).toHaveLength(1);
    expect(fences[0]!.info).toBe('suggestion');
    expect(fences[0]!.content).toBe(fixed + '\n');
  });
});
