import type { SdkLanguage } from './engine/types.js';
import { javascript } from './js/index.js';
import { python } from './python/index.js';

/** The languages the SDK rewrite knows; a new language is one more module here. */
export const LANGUAGES: readonly SdkLanguage[] = [python, javascript];

export function languageFor(path: string): SdkLanguage | undefined {
  return LANGUAGES.find((l) => l.grammarFor(path) !== undefined);
}
