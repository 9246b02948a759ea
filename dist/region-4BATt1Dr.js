import { c as TOKENHUB_BASE_URL_MAINLAND, s as TOKENHUB_BASE_URL_INTL } from "./catalog-CqUKOmiI.js";
// src/fix/region.ts
const REGIONS = ["intl", "mainland"];
function baseUrlFor(region) {
	return region === "mainland" ? TOKENHUB_BASE_URL_MAINLAND : TOKENHUB_BASE_URL_INTL;
}
const INTL_HOST = new URL(TOKENHUB_BASE_URL_INTL).host;
const MAINLAND_HOST = new URL(TOKENHUB_BASE_URL_MAINLAND).host;
/**
* Adapts a catalog rewrite (written for the international site) to the region, and upgrades a plain-http
* TokenHub URL to https: TokenHub is documented over https only, and the Bearer key must not travel in clear.
*/
function forRegion(rewritten, region) {
	const host = region === "mainland" ? MAINLAND_HOST : INTL_HOST;
	let out = rewritten.replace(INTL_HOST, host);
	if (out.toLowerCase().startsWith(`http://${host}`)) out = `https://${out.slice(7)}`;
	return out;
}
export { baseUrlFor as n, forRegion as r, REGIONS as t };
