import { TOKENHUB_BASE_URL_INTL } from '../catalog/index.js';
import { guidanceMarkdown } from '../guidance/markdown.js';
import { planGuidance } from '../guidance/plan.js';
import type { Finding } from '../finding/finding.js';

/**
 * The job summary's "what needs a person" section: per guidance topic, the explanation and the OpenAI-SDK snippet
 * in the languages of the affected files, folded so the summary stays short. Empty when nothing needs guidance.
 */
export function renderGuidanceSection(findings: readonly Finding[], opts: { baseUrl?: string; title?: string } = {}): string[] {
  const sections = planGuidance(findings);
  if (sections.length === 0) return [];
  return [
    `### ${opts.title ?? 'How to migrate'}`,
    '',
    ...guidanceMarkdown(sections, { baseUrl: opts.baseUrl ?? TOKENHUB_BASE_URL_INTL, headingLevel: 4 }),
  ];
}
