import type { Finding } from '../finding/finding.js';
import { languageOfPath, SNIPPET_LANGUAGES, type SnippetLanguage } from './languages.js';
import { guidanceForRule } from './rule-guidance.js';
import { GUIDANCE, type GuidanceTopic, type TopicGuidance } from './snippets.js';

/** One block of guidance: a topic, with snippets in the languages of the files whose findings need it. */
export interface GuidanceSection {
  topic: GuidanceTopic;
  guidance: TopicGuidance;
  /** The TokenHub model the snippets use. */
  model: string;
  /** Languages to show, in a fixed order; empty for topics without snippets. */
  languages: SnippetLanguage[];
  ruleIds: string[];
  findings: number;
}

/** Heaviest work first: code that must be rewritten, then search, then configuration and model IDs. */
const TOPIC_ORDER: GuidanceTopic[] = ['cloud-api', 'langchain', 'search', 'openai-endpoint', 'model'];

export function planGuidance(findings: readonly Finding[]): GuidanceSection[] {
  const byTopic = new Map<GuidanceTopic, { ruleIds: Set<string>; languages: Set<SnippetLanguage>; models: Map<string, number>; count: number }>();
  for (const f of findings) {
    const rg = guidanceForRule(f.ruleId);
    if (!rg) continue;
    const entry = byTopic.get(rg.topic) ?? { ruleIds: new Set(), languages: new Set(), models: new Map(), count: 0 };
    entry.ruleIds.add(f.ruleId);
    const snippets = GUIDANCE[rg.topic].snippets;
    const lang = languageOfPath(f.path);
    if (Object.keys(snippets).length) entry.languages.add(snippets[lang] ? lang : 'http');
    entry.models.set(rg.model, (entry.models.get(rg.model) ?? 0) + 1);
    entry.count++;
    byTopic.set(rg.topic, entry);
  }
  return TOPIC_ORDER.filter((t) => byTopic.has(t)).map((topic) => {
    const e = byTopic.get(topic)!;
    const model = [...e.models].sort((a, b) => b[1] - a[1])[0]![0];
    return {
      topic,
      guidance: GUIDANCE[topic],
      model,
      languages: SNIPPET_LANGUAGES.filter((l) => e.languages.has(l)),
      ruleIds: [...e.ruleIds].sort(),
      findings: e.count,
    };
  });
}
