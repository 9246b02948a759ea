import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import type { FixRunResult } from '../../src/fix/run-fix.js';
import type { Finding } from '../../src/finding/finding.js';
import { FIX_COMMIT_TRAILER, FIX_PR_MARKER, MAX_BODY_CHARS, fixCommitMessage, fixPrBody, fixPrTitle } from '../../src/fix-pr/description.js';

function finding(path: string, line: number, ruleId: string, match: string, category: Finding['category']): Finding {
  return { ruleId, category, severity: 'error', path, line, column: 1, endLine: line, endColumn: 1 + match.length, message: '', match };
}

function result(files: number, perFile: number, manual: number): FixRunResult {
  return {
    root: '/r',
    dryRun: false,
    options: { region: 'intl' },
    changes: Array.from({ length: files }, (_, i) => ({
      path: `src/m${i}.py`,
      encoding: 'utf-8' as const,
      diff: '',
      written: true,
      applied: Array.from({ length: perFile }, (_, j) => ({
        finding: finding(`src/m${i}.py`, j + 1, 'hunyuan-model-shutdown', 'hunyuan-turbo', 'legacy-model'),
        from: 'hunyuan-turbo',
        to: 'hy3-preview',
        origin: 'catalog' as const,
      })),
    })),
    remaining: Array.from({ length: manual }, (_, i) => ({
      finding: finding(`sdk/c${i}.go`, 3, 'hunyuan-sdk', 'hunyuan/v20230901', 'legacy-sdk'),
      fixability: 'manual' as const,
    })),
    skipped: [],
    refused: [],
    stats: { files, durationMs: 1 },
  };
}

const ctx = { serverUrl: 'https://github.com', owner: 'octo', repo: 'app', branch: 'tokenhub-migration/safe-fixes', baseBranch: 'main' };

describe('migration pull request text', () => {
  it('names the counts in the title and marks the commit as ours', () => {
    expect(fixPrTitle(result(2, 3, 0))).toBe('Move to TokenHub: 6 safe replacements in 2 files');
    expect(fixPrTitle(result(1, 1, 0))).toBe('Move to TokenHub: 1 safe replacement in 1 file');
    expect(fixCommitMessage(result(1, 2, 0))).toMatch(/- src\/m0\.py:1: hunyuan-turbo -> hy3-preview\n- src\/m0\.py:2: hunyuan-turbo -> hy3-preview\n\nTokenHub-Migration-Fix: v1\n$/);
    expect(fixCommitMessage(result(1, 1, 0))).toContain(FIX_COMMIT_TRAILER);
  });

  it('lists the changes, the checklist and the manual work, with guidance for its language', () => {
    const body = fixPrBody(result(1, 1, 1), ctx);
    expect(body.startsWith(FIX_PR_MARKER)).toBe(true);
    expect(body).toContain('| [`src/m0.py:1`](https://github.com/octo/app/blob/tokenhub-migration/safe-fixes/src/m0.py#L1) | `hunyuan-turbo` | `hy3-preview` |');
    expect(body).toContain('- [ ] Enable pay-as-you-go');
    expect(body).toContain('**Needs code changes**');
    expect(body).toContain('<details><summary>Go</summary>');
  });

  it('stays within GitHub\'s body limit however much there is', () => {
    const body = fixPrBody(result(400, 20, 3000), ctx);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(body.startsWith(FIX_PR_MARKER)).toBe(true);
    expect(body).toMatch(/… and \d+ more \(see the diff\)\./);
    expect(body).not.toContain('<details>');
  });
});

describe('migration pull request text with the SDK rewrite (fix-pr-sdk)', () => {
  function withSdk(): FixRunResult {
    const r = result(1, 1, 2);
    r.changes.push({ path: 'svc/requirements.txt', encoding: 'utf-8', diff: '', written: true, applied: [], manifest: ['added openai', 'removed tencentcloud-sdk-python'] });
    r.sdk = [
      {
        path: 'svc/chat.py',
        clients: [{ line: 8, service: 'hunyuan', async: false, converted: true, notes: ['region "ap-<b>|x" dropped: TokenHub has one base URL per site'], guidance: 'docs/rules/hunyuan-sdk.md' }],
        leftovers: [{ line: 5, message: '`TENCENTCLOUD_SECRET_ID` is still used here' }],
      },
      {
        path: 'svc/a|[x](y).py',
        clients: [{ line: 3, service: 'lkeap', async: true, converted: false, reason: 'tools (function calling) are not converted (line 9)', notes: [], guidance: 'docs/rules/lke-sdk-chat.md' }],
        leftovers: [],
      },
    ];
    return r;
  }

  it('counts the clients in the title and lists them in the commit', () => {
    expect(fixPrTitle(withSdk())).toBe('Move to TokenHub: 1 Tencent SDK client converted and 1 safe replacement in 2 files');
    const message = fixCommitMessage(withSdk());
    expect(message).toContain('- svc/chat.py:8: Tencent Cloud SDK hunyuan client -> OpenAI SDK (TokenHub)\n- svc/requirements.txt: added openai, removed tencentcloud-sdk-python\n');
    expect(message.endsWith(`${FIX_COMMIT_TRAILER}\n`)).toBe(true);
  });

  it('lists per file what was converted and what was refused and why, escaped, as one table', () => {
    const body = fixPrBody(withSdk(), { ...ctx, baseSha: 'a'.repeat(40) });
    expect(body).toContain('### Tencent Cloud SDK chat clients (1 client converted in 1 file, 1 client refused in 1 file; 2 findings left for a person)');
    expect(body).toContain(`| [\`svc/chat.py:8\`](https://github.com/octo/app/blob/${'a'.repeat(40)}/svc/chat.py#L8) | Hunyuan client | converted to OpenAI: `);
    expect(body).toContain('| [`svc/chat.py:5`](https://github.com/octo/app/blob/tokenhub-migration/safe-fixes/svc/chat.py#L5) | leftover |');
    expect(body).toContain('[how to move it by hand](https://github.com/tokenhub-migration-check/tokenhub-migration-check/blob/main/docs/rules/lke-sdk-chat.md)');
    expect(body).toContain('- `svc/requirements.txt`: added openai, removed tencentcloud-sdk-python');
    const html = new MarkdownIt().render(body);
    const table = /<table>[\s\S]*?Client[\s\S]*?<\/table>/.exec(html.slice(html.indexOf('<h3>Tencent Cloud SDK chat clients')))![0];
    // Three rows of three cells: neither the file name nor the note split a cell, and no tag or link comes through.
    const rows = table.split('<tr>').slice(2);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.match(/<td>/g)).toHaveLength(3);
    expect(table).not.toContain('<b>');
    expect(table).not.toContain('href="y"');
  });
});
