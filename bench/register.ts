/**
 * Lets Node 24 run the bench's TypeScript directly (type stripping) and import the catalog from src/:
 * sources import each other as `./x.js` (as TypeScript's NodeNext resolution wants), so a relative `.js`
 * specifier whose file does not exist is resolved to the `.ts` beside it.
 */
import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';

type ResolveHook = (
  specifier: string,
  context: { parentURL?: string },
  nextResolve: (specifier: string, context: { parentURL?: string }) => unknown,
) => unknown;

// @types/node 20 predates registerHooks (Node 23.5+); the bench runs on the Node 24 from devDependencies.
(nodeModule as unknown as { registerHooks(hooks: { resolve: ResolveHook }): void }).registerHooks({
  resolve(specifier, context, nextResolve) {
    if ((specifier.startsWith('./') || specifier.startsWith('../')) && specifier.endsWith('.js') && context.parentURL) {
      const url = new URL(specifier, context.parentURL);
      if (url.protocol === 'file:' && !existsSync(fileURLToPath(url))) {
        return nextResolve(specifier.slice(0, -3) + '.ts', context);
      }
    }
    return nextResolve(specifier, context);
  },
});
