export { scan, scanBytes, ScanTargetError, DEFAULT_MAX_FILE_BYTES, formatBytes, byLocation, type ScanOptions } from './scanner.js';
export { compileCatalog, CatalogError, type CompiledCatalog, type RuleOverrides } from './compile.js';
export { matchText } from './match-text.js';
export type { Finding, ScanResult, SkippedFile, ScanStats } from './finding.js';
export { SEVERITY_RANK } from './finding.js';
export { contentScanner, type ContentEntry, type ContentScanner } from './scan-contents.js';
