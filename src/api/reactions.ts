import { describeApiError, type GitHubClient } from './client.js';
import type { Repo } from './issue-comments.js';

export type Reaction = 'eyes' | '+1' | 'confused';

/** A reaction on a PR conversation comment. A refused reaction is not worth failing a command for. */
export async function reactTo(
  client: GitHubClient,
  repo: Repo,
  commentId: number,
  content: Reaction,
  log: (m: string) => void,
): Promise<void> {
  try {
    await client.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content });
  } catch (err) {
    log(`Could not react to the comment (${describeApiError(err)}).`);
  }
}
