/**
 * What a command learns from its environment about GitHub: the token ($GITHUB_TOKEN, or $GH_TOKEN as the gh CLI
 * sets it), the API and web hosts (GitHub Enterprise Server sets both on its runners), and, on a runner, the link
 * to this workflow run.
 */
export interface CommandEnvironment {
  /** Empty when neither variable is set. */
  token: string;
  apiUrl?: string;
  serverUrl: string;
  runUrl?: string;
}

export function commandEnvironment(env: NodeJS.ProcessEnv): CommandEnvironment {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  return {
    token: env.GITHUB_TOKEN || env.GH_TOKEN || '',
    ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
    serverUrl,
    ...(env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? { runUrl: `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
  };
}
