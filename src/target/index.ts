export { resolveChanges, DiffUnavailableError, type ChangeRequest, type RestDiffSource } from './resolve-diff.js';
export { scanChanges, scanTree, type ScannedTarget, type TargetScanOptions, type TargetLog } from './scan-target.js';
export { workTreeRoot } from './git-diff.js';
export type { ChangedFile, DiffSource, PullDiff } from './types.js';
export type { RestDiffEntry } from './rest-diff.js';
export { commandRoot, scanRoot } from './root.js';
