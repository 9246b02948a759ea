/**
 * The action on a pull request that adds one minified file: a single line of `megabytes` MB with legacy base URLs
 * spread through it, `review-comments: true`, against the fake GitHub of the tests (every request checked against
 * GitHub's OpenAPI description). Measures the action's peak memory (GNU time) and wall time, and checks what it
 * posted: comments within GitHub's 65,536-character body limit, the job summary and the outputs written.
 * Issue 15 item 1: before the fix an 8 MB line ran out of heap with no summary and no outputs.
 *
 * Standalone: node --experimental-transform-types --disable-warning=ExperimentalWarning --import ./bench/register.ts bench/long-line-pr.ts [MB]
 */
import { pullRequestEvent } from '../test/support/events.js';
import { createGitFixture } from '../test/support/git-fixture.js';
import { FakeGitHub } from '../test/support/github-server.js';
import { runAction } from '../test/support/run-action.js';

export interface LongLineResult {
  name: string;
  megabytes: number;
  findingsOnLine: number;
  exitCode: number | null;
  seconds: number;
  peakMemoryMB: number;
  reviewComments: number;
  longestCommentBody: number;
  outputs: Record<string, string>;
  summaryWritten: boolean;
  problems: string;
}

const TOKEN = 'ghs_benchLongLineToken01234567';

/** About `megabytes` MB of minified JavaScript on one line, with `urls` legacy base URLs spread evenly. */
export function minifiedLine(megabytes: number, urls: number): string {
  const chunk = Math.floor((megabytes * 1024 * 1024) / urls);
  const filler = 'var a=1;'.repeat(Math.ceil(chunk / 8));
  return Array.from({ length: urls }, (_, i) => `${filler}const c${i}=new OpenAI({baseURL:"https://api.hunyuan.cloud.tencent.com/v1"});`).join('');
}

export async function longLinePr(megabytes = 8, urls = 50): Promise<LongLineResult> {
  const fx = await createGitFixture({ base: { 'README.md': '# app\n' }, head: { add: { 'web/app.min.js': minifiedLine(megabytes, urls) + '\n' } }, pullNumber: 1 });
  const gh = await FakeGitHub.start({ tokens: { [TOKEN]: 'write' } });
  try {
    gh.addPull('octo/app', { number: 1, head: { ref: 'feature', sha: fx.headSha }, base: { ref: 'main', sha: fx.baseSha }, files: await fx.pullFiles() });
    const workspace = await fx.clone({ depth: 1 });
    const event = pullRequestEvent({ number: 1, base: { ref: 'main', sha: fx.baseSha }, head: { ref: 'feature', sha: fx.headSha }, mergeSha: fx.mergeSha, apiUrl: gh.url });
    const started = process.hrtime.bigint();
    const r = await runAction({
      workspace,
      apiUrl: gh.url,
      inputs: { 'github-token': TOKEN, 'review-comments': true, 'check-run': true, annotations: true },
      ...event,
      prefix: ['/usr/bin/time', '-f', '%M'],
      timeoutMs: 300_000,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const kb = Number(r.stderr.trim().split('\n').pop());
    const comments = gh.repo('octo/app').reviewComments;
    return {
      name: `PR mode: action, one ${megabytes} MB minified line with ${urls} legacy URLs, review-comments on`,
      megabytes,
      findingsOnLine: urls,
      exitCode: r.exitCode,
      seconds,
      peakMemoryMB: Number.isFinite(kb) ? Math.round(kb / 1024) : NaN,
      reviewComments: comments.length,
      longestCommentBody: Math.max(0, ...comments.map((c) => String(c.body).length)),
      outputs: r.outputs,
      summaryWritten: r.summary.length > 0,
      problems: gh.problems(),
    };
  } finally {
    await gh.close();
    await fx.cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await longLinePr(Number(process.argv[2] ?? 8));
  process.stdout.write(JSON.stringify(r, null, 2) + '\n');
}
