import { describe, expect, it } from 'vitest';
import { commandEnvironment } from '../../src/github/command-environment.js';

/** What a command reads about GitHub from its environment. */

describe('commandEnvironment', () => {
  it('takes $GITHUB_TOKEN, else $GH_TOKEN, and github.com when no server is named', () => {
    expect(commandEnvironment({ GH_TOKEN: 'b' })).toEqual({ token: 'b', serverUrl: 'https://github.com' });
    expect(commandEnvironment({ GITHUB_TOKEN: 'a', GH_TOKEN: 'b' }).token).toBe('a');
    expect(commandEnvironment({}).token).toBe('');
  });

  it('on a runner, names the API, the server and the link to this workflow run', () => {
    const env = { GITHUB_API_URL: 'https://ghe.example/api/v3', GITHUB_SERVER_URL: 'https://ghe.example', GITHUB_REPOSITORY: 'octo/audit', GITHUB_RUN_ID: '42' };
    expect(commandEnvironment(env)).toEqual({ token: '', apiUrl: 'https://ghe.example/api/v3', serverUrl: 'https://ghe.example', runUrl: 'https://ghe.example/octo/audit/actions/runs/42' });
    expect(commandEnvironment({ GITHUB_RUN_ID: '42' }).runUrl).toBeUndefined();
  });
});
