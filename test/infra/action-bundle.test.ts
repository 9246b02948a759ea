import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * What every run of the action loads: dist/index.js and the chunks it imports statically (rolldown.config.mjs). The
 * GitHub client and the openai SDK come in chunks loaded on first use; @actions/core's OIDC client and platform
 * helper, which the action never calls, are not bundled at all, and with them neither @actions/http-client nor
 * undici loads at start.
 */

const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

function startFiles(): Set<string> {
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const text = readFileSync(path.join(DIST, rel), 'utf8');
    for (const m of text.matchAll(/^import\s(?:[^'"]*?\sfrom\s)?["'](\.\.?\/[^"']+)["'];?$/gm)) visit(path.join(path.dirname(rel), m[1]!));
  };
  visit('index.js');
  return seen;
}

describe('the action bundle', () => {
  const start = startFiles();
  const text = (f: string) => readFileSync(path.join(DIST, f), 'utf8');

  it('loads neither an HTTP client nor undici at start', () => {
    expect(start.size).toBeGreaterThan(1);
    for (const f of start) {
      expect(text(f), f).not.toMatch(/class HttpClient\b|class ProxyAgent\b|llhttp/);
    }
  });

  it("leaves @actions/core's OIDC client and platform helper out of every chunk", () => {
    for (const f of readdirSync(DIST).filter((n) => n.endsWith('.js'))) {
      expect(text(f), f).not.toMatch(/\bgetIDToken\s*\(|class OidcClient\b|Win32_OperatingSystem/);
    }
  });

  it('keeps the GitHub client and the openai SDK out of the start', () => {
    for (const f of start) {
      expect(text(f), f).not.toMatch(/Octokit = class|OPENAI_BASE_URL/);
    }
    const all = readdirSync(DIST).filter((n) => n.endsWith('.js')).map(text).join('\n');
    // The markers above are real: both are in the bundle, in the chunks loaded on first use.
    expect(all).toMatch(/OPENAI_BASE_URL/);
    expect(all).toMatch(/Octokit = class/);
  });
});
