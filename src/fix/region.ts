import { TOKENHUB_BASE_URL_INTL, TOKENHUB_BASE_URL_MAINLAND } from '../catalog/models.js';

/** Which TokenHub site the rewritten base URLs point at: the international (Singapore) or the mainland one. */
export type Region = 'intl' | 'mainland';

export const REGIONS: readonly Region[] = ['intl', 'mainland'];

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}

export function baseUrlFor(region: Region): string {
  return region === 'mainland' ? TOKENHUB_BASE_URL_MAINLAND : TOKENHUB_BASE_URL_INTL;
}

const INTL_HOST = new URL(TOKENHUB_BASE_URL_INTL).host;
const MAINLAND_HOST = new URL(TOKENHUB_BASE_URL_MAINLAND).host;

/**
 * Adapts a catalog rewrite (written for the international site) to the region, and upgrades a plain-http
 * TokenHub URL to https: TokenHub is documented over https only, and the Bearer key must not travel in clear.
 */
export function forRegion(rewritten: string, region: Region): string {
  const host = region === 'mainland' ? MAINLAND_HOST : INTL_HOST;
  let out = rewritten.replace(INTL_HOST, host);
  if (out.toLowerCase().startsWith(`http://${host}`)) out = `https://${out.slice('http://'.length)}`;
  return out;
}
