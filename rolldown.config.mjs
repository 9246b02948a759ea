import { defineConfig } from 'rolldown';

/**
 * The action's bundle: dist/index.js, with the code only some runs need (the GitHub client, the openai SDK, the
 * migration pull request, SARIF...) in chunks loaded on first use. Built with rolldown rather than ncc (which still
 * builds the CLI and the scan worker) for one setting ncc does not offer: which modules may be dropped when nothing
 * of them is used. @actions/core's entry imports its OIDC client (getIDToken) and its platform helper (@actions/exec)
 * at load; the action calls neither, yet a bundler must keep both, with @actions/http-client and undici behind them
 * (1 MB, and Node's http, https, http2, tls and assert), unless told that loading them does nothing. That cost every
 * run about a quarter of its cold start (docs/performance.md, "Cold start").
 */
const UNUSED_AT_LOAD = /[\\/]node_modules[\\/]@actions[\\/]core[\\/]lib[\\/](oidc-utils|platform)\.js$/;

export default defineConfig({
  input: { index: 'src/index.ts' },
  platform: 'node',
  treeshake: { moduleSideEffects: (id) => !UNUSED_AT_LOAD.test(id) },
  output: {
    dir: 'dist',
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
  plugins: [
    {
      name: 'esm-package-json',
      // dist/ is an ES module package whatever the repository's package.json says (ncc wrote the same file).
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'package.json', source: '{\n  "type": "module"\n}\n' });
      },
    },
  ],
});
