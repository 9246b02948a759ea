/** Where the CLI writes; injectable so tests can run main() in-process as well as the bundle. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Standard input, for `scan -`; absent in tests that run main() without one. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** How the user ran the CLI (`npx tokenhub-migration-check`, `node dist/cli/index.js`...), for hints they can paste. Default: the tool's name. */
  program?: string;
}
