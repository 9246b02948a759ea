import type pc from 'picocolors';
import { LANGUAGE_LABEL } from '../guidance/languages.js';
import type { GuidanceSection } from '../guidance/plan.js';
import { fillSnippet } from '../guidance/snippets.js';
import { ruleDocsUrl } from '../tool.js';

type Colors = ReturnType<typeof pc.createColors>;

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
}

/** The guidance for findings that need a person, for the terminal: per topic, the explanation, snippets and rule pages. */
export function renderGuidanceText(sections: readonly GuidanceSection[], c: Colors, baseUrl: string): string[] {
  if (sections.length === 0) return [];
  const out: string[] = [c.bold('How to migrate what needs a person'), ''];
  for (const s of sections) {
    out.push(`${c.cyan('■')} ${c.bold(s.guidance.title)} ${c.dim(`(${s.findings} finding${s.findings === 1 ? '' : 's'})`)}`);
    for (const p of s.guidance.summary) out.push(indent(p, '  '));
    for (const lang of s.languages) {
      const snippet = s.guidance.snippets[lang];
      if (!snippet) continue;
      out.push(`  ${c.underline(LANGUAGE_LABEL[lang])}:`);
      out.push(c.dim(indent(fillSnippet(snippet, { baseUrl, model: s.model }), '    ')));
    }
    out.push(`  ${c.dim('More:')} ${s.ruleIds.map(ruleDocsUrl).join(' ')}`);
    out.push('');
  }
  return out;
}
