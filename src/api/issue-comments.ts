import type { GitHubClient } from './client.js';

export interface Repo {
  owner: string;
  repo: string;
}

export interface IssueComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string } | null;
}

type ApiComment = {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login: string; type: string } | null;
};

function toIssueComment(c: ApiComment): IssueComment {
  return {
    id: c.id,
    body: c.body ?? '',
    html_url: c.html_url,
    user: c.user ? { login: c.user.login, type: c.user.type } : null,
  };
}

/** Every comment on a pull request's conversation, all pages. */
export async function listIssueComments(
  client: GitHubClient,
  repo: Repo,
  issueNumber: number,
): Promise<IssueComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  return comments.map(toIssueComment);
}

export async function createIssueComment(
  client: GitHubClient,
  repo: Repo,
  issueNumber: number,
  body: string,
): Promise<IssueComment> {
  const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return toIssueComment(data);
}

export async function updateIssueComment(
  client: GitHubClient,
  repo: Repo,
  commentId: number,
  body: string,
): Promise<IssueComment> {
  const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
  return toIssueComment(data);
}

export async function deleteIssueComment(client: GitHubClient, repo: Repo, commentId: number): Promise<void> {
  await client.rest.issues.deleteComment({ ...repo, comment_id: commentId });
}
