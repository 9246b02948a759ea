/**
 * The largest per-repository report the board reads. Apart from the reader, so that the CLI's option help can
 * name it without loading the report schema at every start.
 */
export const DEFAULT_MAX_REPORT_BYTES = 64 * 1024 * 1024;
