import { describe, expect, it } from 'vitest';
import { classify, type CallContext } from '../../src/smoke/problems.js';

const chat: CallContext = { phase: 'chat', model: 'glm-5', host: 'tokenhub-intl.tencentcloudmaas.com', attempts: 1, timeoutMs: 30_000 };
const list: CallContext = { ...chat, phase: 'list', model: undefined };

describe('classify', () => {
  it('matches on status and code, not on type', () => {
    const p = classify({ type: 'http', status: 401, code: '401002', detail: 'The API Key does not exist' }, list);
    expect(p).toMatchObject({ kind: 'invalid-key', fatal: true, status: 401, code: '401002' });
    expect(p.message).toMatch(/invalid API key/);
    expect(p.message).toMatch(/another region/);
  });

  it('tells the user to enable pay-as-you-go on 402', () => {
    const p = classify({ type: 'http', status: 402, code: '401008', detail: 'endpoint is inactive: FREE_QUOTA_EXHAUSTED' }, chat);
    expect(p).toMatchObject({ kind: 'billing', fatal: false });
    expect(p.message).toMatch(/Enable pay-as-you-go/);
    expect(p.message).toContain('FREE_QUOTA_EXHAUSTED');
  });

  it('treats 403 on the model list as fatal (IP allow-list) and on a model as that model only', () => {
    expect(classify({ type: 'http', status: 403, code: '403005' }, list)).toMatchObject({ kind: 'forbidden', fatal: true });
    const p = classify({ type: 'http', status: 403, code: '403005' }, chat);
    expect(p).toMatchObject({ kind: 'forbidden', fatal: false });
    expect(p.message).toMatch(/allow-list/);
    expect(p.message).toMatch(/Accessible Range/);
  });

  it('names a model that is not found or not enabled', () => {
    expect(classify({ type: 'http', status: 404, code: 'model_not_found' }, chat)).toMatchObject({ kind: 'model-unavailable' });
    expect(classify({ type: 'http', status: 400, code: '400002', detail: 'model glm-5 is not enabled' }, chat)).toMatchObject({ kind: 'model-unavailable' });
    expect(classify({ type: 'http', status: 400, code: '400001', detail: 'bad json' }, chat)).toMatchObject({ kind: 'bad-request' });
  });

  it('reports rate limits and upstream errors with the number of attempts', () => {
    const rl = classify({ type: 'http', status: 429, code: '429001' }, { ...chat, attempts: 3 });
    expect(rl).toMatchObject({ kind: 'rate-limited', fatal: true });
    expect(rl.message).toContain('after 3 attempts');
    const up = classify({ type: 'http', status: 502, code: '502001', source: 'upstream', requestId: 'req-1' }, { ...chat, attempts: 3 });
    expect(up).toMatchObject({ kind: 'upstream', fatal: false, requestId: 'req-1' });
    expect(up.message).toMatch(/code 502001, source upstream/);
    expect(up.message).toContain('Request ID req-1');
  });

  it('skips the cross-check when the model list is missing, without failing', () => {
    expect(classify({ type: 'http', status: 404 }, list)).toMatchObject({ kind: 'no-model-list', fatal: false });
  });

  it('tells DNS failures from other connection failures', () => {
    expect(classify({ type: 'network', errno: 'ENOTFOUND', detail: 'x' }, list)).toMatchObject({ kind: 'dns', fatal: true });
    expect(classify({ type: 'network', errno: 'EAI_AGAIN', detail: 'x' }, list)).toMatchObject({ kind: 'dns' });
    expect(classify({ type: 'network', errno: 'ECONNREFUSED', detail: 'x' }, list)).toMatchObject({ kind: 'connection', fatal: true });
  });

  it('says how long it waited on a timeout', () => {
    const p = classify({ type: 'timeout' }, { ...list, attempts: 3, timeoutMs: 2_000 });
    expect(p).toMatchObject({ kind: 'timeout', fatal: true });
    expect(p.message).toMatch(/within 2s \(3 attempts\)/);
    expect(p.message).toMatch(/smoke-test-timeout/);
  });
});

describe('TokenHub error codes, explained', () => {
  const chat = { phase: 'chat' as const, model: 'hy4', host: 'tokenhub-intl.tencentcloudmaas.com', attempts: 1, timeoutMs: 10_000 };
  const listing = { ...chat, phase: 'list' as const };

  it('400004: the model does not exist, marked as third-party knowledge', () => {
    const p = classify({ type: 'http', status: 400, code: '400004', detail: 'not found' }, chat);
    expect(p).toMatchObject({ kind: 'model-unavailable', fatal: false, code: '400004' });
    expect(p.message).toContain('code 400004: the model ID does not exist on TokenHub (per third-party reports, 2026-12-02)');
  });

  it('401007 and 401008: pay-as-you-go or free quota, in the words of Tencent\'s error page', () => {
    for (const code of ['401007', '401008']) {
      const p = classify({ type: 'http', status: 402, code, detail: 'endpoint is inactive: FREE_QUOTA_EXHAUSTED' }, chat);
      expect(p).toMatchObject({ kind: 'billing', code });
      expect(p.message).toContain(`code ${code}: the model is not enabled for pay-as-you-go, or its free quota is used up)`);
    }
  });

  it('403002: the key\'s Accessible Range, for that model only (even when listing)', () => {
    const p = classify({ type: 'http', status: 403, code: '403002' }, listing);
    expect(p).toMatchObject({ kind: 'forbidden', fatal: false });
    expect(p.message).toContain('Accessible Range');
  });

  it('401002 and a gateway_error\'s message_zh', () => {
    const p = classify({ type: 'http', status: 401, code: '401002', detail: 'invalid api key', detailZh: 'API Key 无效' }, listing);
    expect(p.message).toContain('code 401002: invalid API key');
    expect(p.message).toContain('(message_zh: "API Key 无效".)');
  });
});
