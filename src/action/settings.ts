import * as core from '@actions/core';
import path from 'node:path';
import { ConfigError } from '../config/issues.js';
import { resolveSettings, type Overrides, type Settings } from '../config/resolve.js';

/**
 * The run's settings: the config file's values under the inputs given explicitly. A bad config file becomes one
 * error annotation per problem, on the offending line, and then the ConfigError itself.
 */
export async function actionSettings(root: string, configPath: string | undefined, overrides: Overrides, outputFiles: string[] = []): Promise<Settings> {
  try {
    return await resolveSettings({ root, configPath, overrides, outputFiles });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    for (const issue of err.issues) {
      core.error(`${issue.key ? `${issue.key}: ` : ''}${issue.message}`, {
        title: 'Invalid tokenhub-migration config',
        file: path.isAbsolute(issue.file) ? undefined : issue.file,
        startLine: issue.line,
        startColumn: issue.column,
      });
    }
    throw err;
  }
}
