import { DEFAULT_SMOKE_TEST_MODEL, TOKENHUB_MODELS } from '../catalog/index.js';
import type { Finding } from '../finding/finding.js';
import { UserError } from '../errors.js';

/** At most this many chat completions per run: each costs a round trip (and a token), and the job waits. */
export const MAX_SMOKE_TEST_MODELS = 5;

export interface ModelSelection {
  source: 'input' | 'code' | 'default';
  /** Chat models to call, in order. */
  chat: string[];
  /** Non-chat catalog models asked for explicitly: only looked for in the key's model list. */
  listOnly: string[];
  /** Models left out by the bound. */
  overLimit: string[];
}

/** A model ID as the user may type it: letters, digits and `._:/-`, starting with a letter or digit. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;

export class ModelListError extends UserError {}

export function validateModelIds(ids: readonly string[], inputName: string): string[] {
  const bad = ids.filter((id) => !MODEL_ID.test(id));
  if (bad.length) {
    throw new ModelListError(`${inputName}: not a model ID: ${bad.map((b) => JSON.stringify(b.slice(0, 40))).join(', ')}`);
  }
  return [...new Set(ids)];
}

/**
 * The models to test: those configured, else the TokenHub models the code names (most referenced first),
 * else TokenHub's guide model.
 */
export function selectModels(configured: readonly string[], references: readonly Finding[], max = MAX_SMOKE_TEST_MODELS): ModelSelection {
  let source: ModelSelection['source'];
  let wanted: string[];
  if (configured.length) {
    source = 'input';
    wanted = [...new Set(configured)];
  } else if (references.length) {
    source = 'code';
    const counts = new Map<string, number>();
    for (const r of references) counts.set(r.match, (counts.get(r.match) ?? 0) + 1);
    // Map keeps first-seen order, and sort is stable: ties stay in the order the code names them.
    wanted = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  } else {
    source = 'default';
    wanted = [DEFAULT_SMOKE_TEST_MODEL];
  }
  const kind = new Map(TOKENHUB_MODELS.map((m) => [m.id, m.kind]));
  const chatWanted = wanted.filter((id) => (kind.get(id) ?? 'chat') === 'chat');
  return {
    source,
    chat: chatWanted.slice(0, max),
    listOnly: wanted.filter((id) => (kind.get(id) ?? 'chat') !== 'chat'),
    overLimit: chatWanted.slice(max),
  };
}
