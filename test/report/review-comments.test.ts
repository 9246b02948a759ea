import { describe, expect, it } from 'vitest';
import { parseReviewMarker, planReviewComments, reviewMarker, type ExistingComment, type WantedComment } from '../../src/report/review-comments.js';

const HEAD = 'abcdef0123456789abcdef0123456789abcdef01';
const want = (fingerprint: string, path: string, line: number, text = 'finding'): WantedComment => ({
  fingerprint,
  path,
  line,
  body: `${text}\n\n${reviewMarker(fingerprint, 'open')}`,
});
const had = (id: number, w: WantedComment, line: number | null = w.line, body = w.body): ExistingComment => ({ id, path: w.path, line, body });

describe('planReviewComments', () => {
  const a = want('aaaaaaaa', 'app.py', 3);
  const b = want('bbbbbbbb', 'app.py', 9);

  it('posts every comment on the first run', () => {
    expect(planReviewComments([a, b], [], HEAD)).toEqual({ create: [a, b], update: [], resolve: [], reopen: [], overCap: 0 });
  });

  it('posts nothing again on a re-run of the same commit (fingerprints match)', () => {
    const other: ExistingComment = { id: 99, path: 'app.py', line: 3, body: 'a human review comment' };
    expect(planReviewComments([a, b], [had(1, a), had(2, b), other], HEAD)).toEqual({ create: [], update: [], resolve: [], reopen: [], overCap: 0 });
  });

  it('updates a comment whose text changed, in place', () => {
    const plan = planReviewComments([a], [had(1, a, 3, `old text\n\n${reviewMarker('aaaaaaaa', 'open')}`)], HEAD);
    expect(plan.update).toEqual([{ id: 1, body: a.body }]);
    expect(plan.create).toEqual([]);
  });

  it('marks resolved the comments whose finding is gone, once', () => {
    const plan = planReviewComments([a], [had(1, a), had(2, b)], HEAD);
    expect(plan.resolve.map((r) => r.id)).toEqual([2]);
    expect(plan.resolve[0]!.body).toContain('Resolved');
    expect(plan.resolve[0]!.body).toContain('abcdef0');
    expect(parseReviewMarker(plan.resolve[0]!.body)).toEqual({ fingerprint: 'bbbbbbbb', state: 'resolved' });
    // A later run leaves the resolved comment alone.
    expect(planReviewComments([a], [had(1, a), { id: 2, path: 'app.py', line: 9, body: plan.resolve[0]!.body }], HEAD).resolve).toEqual([]);
  });

  it('re-posts a finding whose comment went outdated or moved, and resolves the old one', () => {
    const moved = want('aaaaaaaa', 'app.py', 5);
    const plan = planReviewComments([moved], [had(1, a, null)], HEAD);
    expect(plan.create).toEqual([moved]);
    expect(plan.resolve.map((r) => r.id)).toEqual([1]);
  });

  it('caps new comments per run', () => {
    const many = Array.from({ length: 5 }, (_, i) => want(`${i}`.repeat(8), 'a.py', i + 1));
    const plan = planReviewComments(many, [], HEAD, 3);
    expect(plan.create).toHaveLength(3);
    expect(plan.overCap).toBe(2);
  });
});
