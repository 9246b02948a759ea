import type { SdkLanguage } from './engine/types.js';
import { javascript } from './js/index.js';
import { python } from './python/index.js';

/**
 * The languages the SDK rewrite knows. A language is one folder (python/, js/) exporting an SdkLanguage
 * (engine/types.ts) and one entry here; its grammar's wasm file is named in engine/assets.json and GrammarName.
 */
export const LANGUAGES: readonly SdkLanguage[] = [python, javascript];

export function languageFor(path: string): SdkLanguage | undefined {
  return LANGUAGES.find((l) => l.grammarFor(path) !== undefined);
}
