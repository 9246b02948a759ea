/** The tool's identity in reports. A test keeps the version equal to package.json's. */
export const TOOL_NAME = 'tokenhub-migration-check';
export const TOOL_VERSION = '0.1.0';
export const TOOL_URI = 'https://github.com/tokenhub-migration-check/tokenhub-migration-check';
