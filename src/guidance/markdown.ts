import { ruleDocsUrl } from '../tool.js';
import { FENCE_LANGUAGE, LANGUAGE_LABEL, type SnippetLanguage } from './languages.js';
import type { GuidanceSection } from './plan.js';
import { fillSnippet, type TopicGuidance } from './snippets.js';

export interface GuidanceMarkdownOptions {
  baseUrl: string;
  /** Heading level of each topic (3 → `###`). */
  headingLevel: number;
}

/** A topic's explanation and its snippets, each language folded in a `<details>` block. */
export function topicMarkdown(
  guidance: TopicGuidance,
  languages: readonly SnippetLanguage[],
  model: string,
  opts: { baseUrl: string; heading?: string },
): string[] {
  const out: string[] = [];
  if (opts.heading) out.push(opts.heading, '');
  for (const p of guidance.summary) out.push(p, '');
  for (const lang of languages) {
    const snippet = guidance.snippets[lang];
    if (!snippet) continue;
    out.push(`<details><summary>${LANGUAGE_LABEL[lang]}</summary>`, '');
    out.push('```' + FENCE_LANGUAGE[lang], fillSnippet(snippet, { baseUrl: opts.baseUrl, model }), '```', '');
    out.push('</details>', '');
  }
  return out;
}

/** The guidance sections of a report (job summary, PR description): one per topic, with links to the rule pages. */
export function guidanceMarkdown(sections: readonly GuidanceSection[], opts: GuidanceMarkdownOptions): string[] {
  const hashes = '#'.repeat(opts.headingLevel);
  const out: string[] = [];
  for (const s of sections) {
    const rules = s.ruleIds.map((id) => `[\`${id}\`](${ruleDocsUrl(id)})`).join(', ');
    const heading = `${hashes} ${s.guidance.title}`;
    out.push(...topicMarkdown(s.guidance, s.languages, s.model, { baseUrl: opts.baseUrl, heading }));
    out.push(`${s.findings} finding${s.findings === 1 ? '' : 's'}; rules: ${rules}.`, '');
  }
  return out;
}
