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

/** Reads what the runner says about this run: the event, the repository, the commits. */
export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const event = env.GITHUB_EVENT_NAME ?? '';
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: EventPayload = {};
  try {
    if (env.GITHUB_EVENT_PATH)
      payload = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
  } catch {
    payload = {};
  }
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
