import { distance } from 'fastest-levenshtein';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { ConfigError, keyPathText, type ConfigIssue, type KeyPath, type LoadedConfig } from './issues.js';
import { ConfigSchema } from './schema.js';

/** Reading a config file's text: YAML with positions, then the schema; loaded only when there is a file. */

/**
 * The node a key path leads to, or the deepest one on the way. With `asKey`, the last segment's map key
 * rather than its value (an unknown key is reported where the key is written).
 */
function nodeAt(doc: Document, keyPath: KeyPath, asKey: boolean): Node | undefined {
  let current: unknown = doc.contents;
  let found: Node | undefined = isNodeLike(current) ? current : undefined;
  for (let i = 0; i < keyPath.length; i++) {
    const seg = keyPath[i];
    const last = i === keyPath.length - 1;
    if (isMap(current)) {
      const pair = current.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (last && asKey && isNodeLike(pair.key)) return pair.key;
      // An empty value (`baseline:`) has no node of its own: point at its key.
      found = isNodeLike(pair.value) && pair.value.range ? pair.value : isNodeLike(pair.key) ? pair.key : found;
      current = pair.value;
    } else if (isSeq(current) && typeof seg === 'number') {
      const item = current.items[seg];
      if (!isNodeLike(item)) break;
      found = item;
      current = item;
    } else {
      break;
    }
  }
  return found;
}

function isNodeLike(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && 'range' in x;
}

/**
 * Parses and validates a config file's text. Pure: the caller reads the file. Every YAML and schema problem is
 * collected, each with its line, so one run shows them all.
 */
export function parseConfig(text: string, file: string): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const locate = (keyPath: KeyPath, asKey = false) => pos(nodeAt(doc, keyPath, asKey)?.range?.[0]);

  if (doc.errors.length) {
    throw new ConfigError(
      doc.errors.map((e) => ({
        file,
        ...pos(e.pos[0]),
        key: '',
        message: `YAML syntax error: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '')}`,
      })),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (err) {
    throw new ConfigError([{ file, line: 1, column: 1, key: '', message: `cannot read the YAML: ${(err as Error).message}` }]);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError([{ file, ...locate([]), key: '', message: 'the file must be a mapping of keys (rules, include, exclude, extra, baseline, fail-on)' }]);
  }
  const parsed = ConfigSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) => issueToConfigIssues(issue, file, locate));
    throw new ConfigError(issues.sort((a, b) => a.line - b.line || a.column - b.column));
  }
  return { config: parsed.data, file, locate: (keyPath) => locate(keyPath) };
}

function issueToConfigIssues(
  issue: z.core.$ZodIssue,
  file: string,
  locate: (keyPath: KeyPath, asKey?: boolean) => { line: number; column: number },
): ConfigIssue[] {
  if (issue.code === 'unrecognized_keys') {
    const where = keyPathText(issue.path);
    return issue.keys.map((key) => ({
      file,
      ...locate([...issue.path, key], true),
      key: keyPathText([...issue.path, key]),
      message: `unknown key${where ? ` in ${where}` : ''}${suggestionFor(key, issue.path)}`,
    }));
  }
  return [{ file, ...locate(issue.path), key: keyPathText(issue.path), message: describe(issue) }];
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type') return `must be ${article(issue.expected)}`;
  if (issue.code === 'invalid_union') return 'must be off, on, error, warning, notice, true or false';
  return issue.message;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function suggestionFor(key: string, parent: readonly PropertyKey[]): string {
  const known = knownKeys(parent);
  const close = known.find((k) => distance(k, key) <= 2);
  return close ? ` (did you mean '${close}'?)` : known.length && known.length <= 8 ? ` (known keys: ${known.join(', ')})` : '';
}

function knownKeys(parent: readonly PropertyKey[]): string[] {
  let schema: unknown = ConfigSchema;
  for (const seg of parent) {
    const shape = shapeOf(schema);
    if (!shape) return [];
    schema = shape[String(seg)];
  }
  return Object.keys(shapeOf(schema) ?? {});
}

/** The object shape under defaults and optionals. */
function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  let s = schema as { shape?: Record<string, unknown>; def?: { innerType?: unknown } } | undefined;
  while (s && !s.shape && s.def?.innerType) s = s.def.innerType as typeof s;
  return s?.shape;
}

