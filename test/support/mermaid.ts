import { spawn } from 'node:child_process';
import path from 'node:path';
import { NODE24, REPO_ROOT } from './run-action.js';

export type MermaidResult = { ok: true; type: string } | { ok: false; error: string };

/** Parses diagrams with Mermaid's parser from npm (a Node 24 child: Mermaid 12 needs Node 22+). */
export async function parseMermaid(diagrams: readonly string[]): Promise<MermaidResult[]> {
  const child = spawn(NODE24, [path.join(REPO_ROOT, 'test/support/mermaid-check.mjs')], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdin.end(JSON.stringify(diagrams));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`mermaid-check exited ${code}: ${err}`);
  return JSON.parse(out) as MermaidResult[];
}

/** The ```mermaid blocks of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}
