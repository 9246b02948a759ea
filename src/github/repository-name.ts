/**
 * `owner/name` as GitHub allows them: an account name of letters, digits and dashes; a repository name not `.` or `..`.
 * On its own, without the report schemas that use it, so that the action's start (which checks its `repository`
 * input) does not build them.
 */
export const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/(?!\.\.?$)[A-Za-z0-9_.-]{1,100}$/;
