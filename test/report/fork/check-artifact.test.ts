import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/catalog/index.js';
import { compileCatalog } from '../../../src/scan/compile.js';
import { ContextIndex } from '../../../src/scan/context.js';
import { matchText } from '../../../src/scan/match-text.js';
import { scanBytes } from '../../../src/scan/scan-file.js';
import { checkArtifact } from '../../../src/report/fork/check-artifact.js';
import { ReportFinding } from '../../../src/report/board/report-schema.js';

/** A fork's artifact carries where a finding's context came from as data; the check rebuilds the message from it. */
const catalog = compileCatalog(RULES);
const SHA = 'a'.repeat(40);
const line = '\tCitation bool `json:"Citation,omitempty"`';

function contextFinding() {
  const index = new ContextIndex();
  const client = 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\nfunc f(c *hunyuan.Client) { c.ChatCompletions(nil) }\n';
  const outcome = scanBytes(Buffer.from(client), 'chat/client.go', catalog);
  index.add('chat/client.go', 'findings' in outcome ? (outcome.shared ?? []) : []);
  const [finding] = matchText(`package chat\ntype R struct {\n${line}\n}\n`, 'chat/types.go', catalog, index.contextFor('chat/types.go'));
  return finding!;
}

function check(findings: unknown[]) {
  const report = { findings: findings.map((f) => ReportFinding.parse(f)), run: { sha: SHA, pullRequest: { number: 1, headSha: SHA } } };
  return checkArtifact(report, { runHeadSha: SHA, number: 1, headSha: SHA, lines: new Map([['chat/types.go', new Map([[3, line]])]]) });
}

describe('checkArtifact and a finding with context from another file', () => {
  it('carries the context as data, and the message says it in words', () => {
    const f = contextFinding();
    expect(f.context).toEqual({ scope: 'package', path: 'chat/client.go', evidence: 'Hunyuan SDK `hunyuan/v20230901`' });
    expect(f.message).toContain('(Context: Hunyuan SDK `hunyuan/v20230901` in client.go of the same package.)');
  });

  it('accepts it, context included', () => {
    const f = contextFinding();
    const got = check([f]);
    expect('findings' in got && got.findings[0]!.context).toEqual(f.context);
  });

  it('refuses a message whose context is not the one the finding carries', () => {
    const f = contextFinding();
    expect(check([{ ...f, context: { ...f.context!, path: 'chat/other.go' } }])).toEqual({ refused: expect.stringMatching(/the message is not the rule's/) });
    const { context: _, ...bare } = f;
    expect(check([bare])).toEqual({ refused: expect.stringMatching(/the message is not the rule's/) });
  });

  it('refuses context text with a line break before reading it', () => {
    const f = contextFinding();
    expect(() => ReportFinding.parse({ ...f, context: { ...f.context!, evidence: 'x\n| [click](https://evil.example) |' } })).toThrow();
  });
});
