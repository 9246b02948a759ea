import type { ScanResult } from '../scan/finding.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';

/** The JSON report contract (DESIGN.md): version 1. */
export interface JsonReport {
  version: 1;
  tool: { name: string; version: string };
  root: string;
  findings: ScanResult['findings'];
  skipped: ScanResult['skipped'];
  stats: ScanResult['stats'];
}

export function toJsonReport(result: ScanResult): JsonReport {
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root: result.root,
    findings: result.findings,
    skipped: result.skipped,
    stats: result.stats,
  };
}

export function renderJsonReport(result: ScanResult): string {
  return JSON.stringify(toJsonReport(result), null, 2) + '\n';
}
