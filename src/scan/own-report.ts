import { TOOL_NAME } from '../tool.js';

/**
 * Reports and baselines this tool wrote quote every legacy endpoint and model ID they list; scanning them again
 * would count each finding twice (a SARIF file turns 36 findings into 367). They are recognised by their content,
 * whatever their name or wherever they were written: the head must be one of the tool's own formats, key order
 * included, and the whole file must parse as JSON with that format's shape. A hand-made file that only looks like a
 * report in its first bytes is scanned as usual; one that passes is listed as skipped, never silently dropped.
 */
export const OWN_REPORT_REASON = `written by ${TOOL_NAME}`;

const name = TOOL_NAME.replace(/-/g, '\\-');
const HEADS = [
  // JSON report (scan --format json, the action's json-file) and the smoke test's JSON: {"version":1,"tool":{"name":...
  new RegExp(`^\\s*\\{\\s*"version"\\s*:\\s*1\\s*,\\s*"tool"\\s*:\\s*\\{\\s*"name"\\s*:\\s*"${name}"`),
  // Baseline: {"version":1,"tool":"tokenhub-migration-check",...
  new RegExp(`^\\s*\\{\\s*"version"\\s*:\\s*1\\s*,\\s*"tool"\\s*:\\s*"${name}"`),
  // SARIF: {"$schema":"...sarif...","version":"2.1.0","runs":[{"tool":{"driver":{"name":...
  new RegExp(`^\\s*\\{\\s*"\\$schema"\\s*:\\s*"[^"]*sarif[^"]*"\\s*,\\s*"version"\\s*:\\s*"2\\.1\\.0"\\s*,\\s*"runs"\\s*:\\s*\\[\\s*\\{\\s*"tool"\\s*:\\s*\\{\\s*"driver"\\s*:\\s*\\{\\s*"name"\\s*:\\s*"${name}"`),
];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isOwnReport(text: string): boolean {
  const head = text.slice(0, 1024);
  if (!HEADS.some((re) => re.test(head))) return false;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return false;
  }
  if (!isObject(doc)) return false;
  if (doc.version === 1 && doc.tool === TOOL_NAME) return Array.isArray(doc.findings);
  if (doc.version === 1 && isObject(doc.tool) && doc.tool.name === TOOL_NAME) return Array.isArray(doc.findings);
  if (doc.version === '2.1.0' && Array.isArray(doc.runs)) {
    return doc.runs.every((r) => isObject(r) && isObject(r.tool) && isObject(r.tool.driver) && r.tool.driver.name === TOOL_NAME && Array.isArray(r.results));
  }
  return false;
}
