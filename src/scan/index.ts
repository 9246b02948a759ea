export { scan, scanBytes, ScanTargetError, DEFAULT_MAX_FILE_BYTES, formatBytes, type ScanOptions } from './scanner.js';
export { compileCatalog, CatalogError, type CompiledCatalog, type RuleOverrides } from './compile.js';
export { matchText } from './match-text.js';
export type { Finding, ScanResult, SkippedFile, ScanStats } from '../finding/finding.js';
export { SEVERITY_RANK, byLocation } from '../finding/finding.js';
export { contentScanner, type ContentEntry, type ContentScanner } from './scan-contents.js';
