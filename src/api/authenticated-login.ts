import type { GitHubClient } from './client.js';

/** The login behind the token, when the token may ask (a personal token); null for GITHUB_TOKEN. */
export async function authenticatedLogin(client: GitHubClient): Promise<string | null> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return null;
  }
}
