import { describe, expect, it } from 'vitest';
import { STICKY_MARKER, stickyBody } from '../../src/report/sticky-comment.js';

describe('stickyBody', () => {
  const render = (rows: number) => `## Title\n` + Array.from({ length: rows }, (_, i) => `| row ${i} | ${'x'.repeat(500)} |`).join('\n');

  it('carries the hidden marker and everything when it fits', () => {
    const body = stickyBody(render, 10, 65_536);
    expect(body.startsWith(STICKY_MARKER)).toBe(true);
    expect(body).toContain('row 9');
    expect(body).not.toContain('Truncated');
  });

  it('drops table rows until it fits the limit, and says how many are left out', () => {
    const body = stickyBody(render, 400, 65_536, 'https://github.com/o/r/actions/runs/1');
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/Truncated to fit GitHub's comment size limit: \d+ more finding\(s\) are in the \[job summary\]\(https:\/\/github.com\/o\/r\/actions\/runs\/1\)/);
  });
});
