import * as core from '@actions/core';

/**
 * The runner's log, as the pipeline's steps take it: @actions/core's functions named one by one, never the `core`
 * namespace handed on as a value. A namespace used as a value keeps every export of the package in use, its OIDC
 * token helper among them, and the bundle would have to carry that helper's HTTP client (rolldown.config.mjs).
 */
export const actionLog = {
  debug: core.debug,
  info: core.info,
  notice: core.notice,
  warning: core.warning,
  error: core.error,
};
