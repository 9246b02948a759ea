/**
 * Where `baseline` writes when neither the command line nor the config names a file. Apart from the baseline's
 * reader, so that code needing only the path (the config's list of the tool's own files) does not load its schema.
 */
export const DEFAULT_BASELINE_PATH = '.github/tokenhub-migration-baseline.json';
