import type { GitHubClient } from './client.js';
import type { Repo } from './issue-comments.js';

/** Roles that may change the check and the comment: write and above. */
const WRITER_ROLES = new Set(['admin', 'maintain', 'write']);

/**
 * True when `login` has write, maintain or admin on the repository, asked of the API (the
 * comment's author_association alone says nothing about permission). A failed call is a no.
 */
export async function canWrite(client: GitHubClient, repo: Repo, login: string): Promise<boolean> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    // `permission` folds maintain into write; `role_name` keeps it (and custom roles' base).
    const role = (data as { role_name?: string }).role_name;
    return WRITER_ROLES.has(data.permission) || (role !== undefined && WRITER_ROLES.has(role));
  } catch {
    return false;
  }
}
