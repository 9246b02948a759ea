export { runFix, type FixRunOptions, type FixRunResult, type FileChange, type RefusedFile } from './run-fix.js';
export { fixBytes, type FileFixOutcome } from './fix-bytes.js';
export { fixText, fixLine, fixReplacement, type AppliedFix, type FixOptions, type FixOrigin, type RemainingFinding, type TextFix } from './fix-text.js';
export { fixabilityOf, acceptsModelMapping, type Fixability } from './fixability.js';
export { parseModelMap, formatModelMap, ModelMapError, type ModelMap } from './model-map.js';
export { REGIONS, isRegion, baseUrlFor, forRegion, type Region } from './region.js';
export { unifiedDiff } from './unified-diff.js';
