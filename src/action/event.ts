import fs from 'node:fs';

export const SUPPORTED_EVENTS = [
  'pull_request',
  'pull_request_target',
  'push',
  'merge_group',
  'workflow_dispatch',
] as const;
export type SupportedEvent = (typeof SUPPORTED_EVENTS)[number];

export interface RunContext {
  event: string;
  supported: boolean;
  owner: string;
  repo: string;
  /** The commit whose files are checked out and scanned. */
  headSha: string;
  /** The commit to compare with, when there is one (a PR's base, a push's "before"). */
  baseSha?: string;
  pullNumber?: number;
  serverUrl: string;
  runUrl?: string;
}

interface EventPayload {
  pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } };
  before?: string;
  merge_group?: { base_sha?: string; head_sha?: string };
}

const ZERO_SHA = /^0+$/;

/** The event's JSON payload; an object, empty when the file is missing or not an object. */
function readEventPayload(env: NodeJS.ProcessEnv): object {
  try {
    if (!env.GITHUB_EVENT_PATH) return {};
    const value: unknown = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

/** Reads what the runner says about this run: the event, the repository, the commits. */
export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const event = env.GITHUB_EVENT_NAME ?? '';
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const payload = readEventPayload(env) as EventPayload;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl = env.GITHUB_RUN_ID
    ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
  const ctx: RunContext = {
    event,
    supported: (SUPPORTED_EVENTS as readonly string[]).includes(event),
    owner,
    repo,
    headSha: env.GITHUB_SHA ?? '',
    serverUrl,
    runUrl,
  };
  if (event === 'pull_request' || event === 'pull_request_target') {
    ctx.pullNumber = payload.pull_request?.number;
    ctx.baseSha = payload.pull_request?.base?.sha;
    // pull_request_target checks out the base by default; the PR's head is what the workflow checks out explicitly.
    ctx.headSha = payload.pull_request?.head?.sha ?? ctx.headSha;
  } else if (event === 'push' && payload.before && !ZERO_SHA.test(payload.before)) {
    ctx.baseSha = payload.before;
  } else if (event === 'merge_group') {
    ctx.baseSha = payload.merge_group?.base_sha;
  }
  return ctx;
}

/** What an issue_comment event says about the comment and where it was made. */
export interface CommentEvent {
  action: string;
  commentId: number;
  body: string;
  login: string;
  userType: string;
  issueNumber: number;
  onPullRequest: boolean;
}

interface CommentPayload {
  action?: unknown;
  comment?: { id?: unknown; body?: unknown; user?: { login?: unknown; type?: unknown } | null };
  issue?: { number?: unknown; pull_request?: unknown };
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const whole = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 0);

/** The comment of an issue_comment event; fields that are missing or of the wrong type are empty. */
export function readCommentEvent(env: NodeJS.ProcessEnv): CommentEvent {
  const payload = readEventPayload(env) as CommentPayload;
  const comment = payload.comment && typeof payload.comment === 'object' ? payload.comment : {};
  const issue = payload.issue && typeof payload.issue === 'object' ? payload.issue : {};
  const user = comment.user && typeof comment.user === 'object' ? comment.user : {};
  return {
    action: text(payload.action),
    commentId: whole(comment.id),
    body: text(comment.body),
    login: text(user.login),
    userType: text(user.type),
    issueNumber: whole(issue.number),
    onPullRequest: Boolean(issue.pull_request),
  };
}
