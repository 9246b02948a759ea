import { describe, expect, it } from 'vitest';
import { BaseUrlError, parseTokenHubBaseUrl } from '../../src/smoke/base-url.js';

describe('parseTokenHubBaseUrl', () => {
  it('defaults to the international endpoint', () => {
    expect(parseTokenHubBaseUrl('')).toEqual({
      url: 'https://tokenhub-intl.tencentcloudmaas.com/v1',
      host: 'tokenhub-intl.tencentcloudmaas.com',
      kind: 'tokenhub',
      region: 'international',
    });
  });

  it.each([
    ['https://tokenhub.tencentmaas.com/v1', 'https://tokenhub.tencentmaas.com/v1', 'mainland'],
    ['https://tokenhub.tencentcloudmaas.com', 'https://tokenhub.tencentcloudmaas.com/v1', 'mainland'],
    ['https://tokenhub-intl.tencentcloudmaas.tech/v1/', 'https://tokenhub-intl.tencentcloudmaas.tech/v1', 'international'],
    ['  https://TOKENHUB.tencentcloudmaas.tech/v1  ', 'https://tokenhub.tencentcloudmaas.tech/v1', 'mainland'],
  ])('accepts the catalog endpoint %s', (input, url, region) => {
    expect(parseTokenHubBaseUrl(input)).toMatchObject({ url, kind: 'tokenhub', region });
  });

  it('accepts a server on this machine, keeping its path', () => {
    expect(parseTokenHubBaseUrl('http://127.0.0.1:8080/v1/')).toEqual({ url: 'http://127.0.0.1:8080/v1', host: '127.0.0.1', kind: 'loopback' });
    expect(parseTokenHubBaseUrl('http://localhost:3000/proxy/v1').url).toBe('http://localhost:3000/proxy/v1');
  });

  it.each([
    ['https://api.hunyuan.cloud.tencent.com/v1', /api\.hunyuan\.cloud\.tencent\.com, a legacy endpoint/],
    ['https://api.lkeap.cloud.tencent.com/v1', /api\.lkeap\.cloud\.tencent\.com, a legacy endpoint/],
    ['https://api.openai.com/v1', /api\.openai\.com, which is not a TokenHub endpoint/],
    ['https://tokenhub-us.tencentcloudmaas.com/v1', /not a TokenHub endpoint/],
    ['https://tokenhub-intl.tencentcloudmaas.com.evil.example/v1', /not a TokenHub endpoint/],
    ['http://tokenhub-intl.tencentcloudmaas.com/v1', /must use https/],
    ['https://tokenhub-intl.tencentcloudmaas.com:8443/v1', /must not name a port/],
    ['https://tokenhub-intl.tencentcloudmaas.com/v1/chat/completions', /path must be \/v1/],
    ['https://tokenhub-intl.tencentcloudmaas.com/v1?x=1', /query/],
    ['tokenhub-intl.tencentcloudmaas.com/v1', /not a URL/],
    ['ftp://localhost/v1', /http or https/],
  ])('refuses %s before any request', (input, message) => {
    expect(() => parseTokenHubBaseUrl(input)).toThrow(BaseUrlError);
    expect(() => parseTokenHubBaseUrl(input)).toThrow(message);
  });

  it('never repeats credentials written into the URL', () => {
    let message = '';
    try {
      parseTokenHubBaseUrl('https://user:s3cret-value@tokenhub-intl.tencentcloudmaas.com/v1');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/must not carry credentials/);
    expect(message).not.toContain('s3cret-value');
  });
});
