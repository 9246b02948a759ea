import { createHash } from 'node:crypto';
import { RULES, type Rule, type Severity } from '../catalog/index.js';
import type { Finding, ScanResult } from '../scan/finding.js';
import { ruleDocsUrl, TOOL_NAME, TOOL_URI, TOOL_VERSION } from '../tool.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * A fingerprint that does not depend on the line number: the rule, the file, the matched text, and which
 * occurrence of that text in the file it is. Inserting lines above a finding leaves it unchanged.
 */
export function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.ruleId}\u0000${f.path}\u0000${f.match}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  });
}

function ruleDescriptor(rule: Rule) {
  const sourcesText = rule.sources.map((s) => `- ${s.ref} (${s.evidence})`).join('\n');
  return {
    id: rule.id,
    name: rule.title.replace(/[^A-Za-z0-9]+/g, ' ').trim().replace(/ (\w)/g, (_m, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.message.replace(/`?\{match\}`?/g, 'this usage') },
    help: { text: `${rule.replacement.hint}\n\nSources:\n${sourcesText}`, markdown: `${rule.replacement.hint}\n\n**Sources**\n\n${sourcesText}` },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { category: rule.category, tags: ['tokenhub-migration', rule.category] },
  };
}

export function toSarif(result: ScanResult, rules: readonly Rule[] = RULES): object {
  const reported = rules.filter((r) => !r.signalOnly);
  const index = new Map(reported.map((r, i) => [r.id, i]));
  const prints = fingerprints(result.findings);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: TOOL_NAME, version: TOOL_VERSION, informationUri: TOOL_URI, rules: reported.map(ruleDescriptor) },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(result.root) } },
        columnKind: 'utf16CodeUnits',
        results: result.findings.map((f, i) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.path), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
          partialFingerprints: { 'tokenhubMigration/v1': prints[i] },
          ...(f.replacement ? { properties: { replacement: f.replacement } } : {}),
        })),
      },
    ],
  };
}

function pathToFileUri(p: string): string {
  const withSlash = p.endsWith('/') ? p : p + '/';
  return 'file://' + encodeURI(withSlash.startsWith('/') ? withSlash : '/' + withSlash);
}

export function renderSarif(result: ScanResult): string {
  return JSON.stringify(toSarif(result), null, 2) + '\n';
}
