/**
 * The languages the guidance snippets are written in, and how a finding's file picks one. `http` (curl) is the
 * fallback for everything else: configuration, docs, and languages without an official OpenAI SDK snippet here.
 */
export type SnippetLanguage = 'python' | 'typescript' | 'go' | 'java' | 'http';

export const SNIPPET_LANGUAGES: readonly SnippetLanguage[] = ['python', 'typescript', 'go', 'java', 'http'];

export const LANGUAGE_LABEL: Record<SnippetLanguage, string> = {
  python: 'Python',
  typescript: 'TypeScript / JavaScript',
  go: 'Go',
  java: 'Java (and other JVM languages)',
  http: 'HTTP (curl)',
};

/** The info string of a Markdown code fence. */
export const FENCE_LANGUAGE: Record<SnippetLanguage, string> = {
  python: 'python',
  typescript: 'ts',
  go: 'go',
  java: 'java',
  http: 'sh',
};

const BY_EXTENSION: Record<string, SnippetLanguage> = {
  py: 'python', pyi: 'python', pyw: 'python', ipynb: 'python',
  ts: 'typescript', tsx: 'typescript', mts: 'typescript', cts: 'typescript',
  js: 'typescript', jsx: 'typescript', mjs: 'typescript', cjs: 'typescript', vue: 'typescript', svelte: 'typescript',
  go: 'go',
  java: 'java', kt: 'java', kts: 'java', scala: 'java', groovy: 'java',
};

export function languageOfPath(path: string): SnippetLanguage {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return 'http';
  return BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? 'http';
}
