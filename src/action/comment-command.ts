import * as core from '@actions/core';
import { clientFor, scanPlace, writeSummary } from './run-setup.js';
import { readCommentEvent, type CommentEvent, type RunContext } from './event.js';
import { readActionSettings } from './settings.js';
import { ensureCommit, snapshotCommit } from './base-snapshot.js';
import { scanHeadAgainstBase } from './scan-pull-request.js';
import { deliverReport } from './deliver.js';
import { describeApiError, type GitHubClient } from '../api/client.js';
import { createIssueComment } from '../api/issue-comments.js';
import { canWrite } from '../api/permission.js';
import { getPull } from '../api/pull.js';
import { reactTo, type Reaction } from '../api/reactions.js';
import { COMMANDS, parseCommand, type CommandName } from '../bot/command.js';
import { isValidLogin, type Acceptance } from '../bot/acceptance.js';
import { explainReply } from '../bot/explain.js';
import {
  REPLY_MARKER,
  acceptedNoCheckReply,
  explainHeader,
  failedReply,
  helpReply,
  movedOnReply,
  needsReasonReply,
  refusalReply,
  unknownReply,
  reply,
} from '../bot/replies.js';
import { COMMENT_MARKER } from '../publish/comment-body.js';
import { renderMarkdown } from '../render/markdown.js';

/** Why a comment gets no answer at all (no API call is made), or null when it may hold a command. */
export function whyIgnored(e: CommentEvent): string | null {
  if (e.action !== 'created')
    return `The comment was ${e.action || 'changed'}, not created: only new comments run commands.`;
  if (!e.onPullRequest) return 'The comment is on an issue, not a pull request.';
  if (!e.commentId || !e.issueNumber) return 'The event does not name the comment or the pull request.';
  if (e.userType === 'Bot' || e.login.endsWith('[bot]')) return 'The comment is by a bot.';
  if (!isValidLogin(e.login)) return 'The comment has no author.';
  if (e.body.includes(COMMENT_MARKER) || e.body.includes(REPLY_MARKER)) return 'The comment is our own.';
  return null;
}

interface Step {
  client: GitHubClient;
  token: string;
  repo: { owner: string; repo: string };
  event: CommentEvent;
}

async function answer(s: Step, body: string, reaction: Reaction): Promise<void> {
  try {
    await createIssueComment(s.client, s.repo, s.event.issueNumber, body);
  } catch (err) {
    core.warning(`Could not reply on the pull request (${describeApiError(err)}).`);
  }
  await reactTo(s.client, s.repo, s.event.commentId, reaction, (m) => core.warning(m));
}

/**
 * Handles `/ai-openness <command>` in a new PR comment. The workspace holds the default
 * branch (issue_comment runs it with a write token); the PR's head and base are read from git
 * as data, and the configuration comes from the base commit, never from the pull request.
 */
export async function runCommentCommand(env: NodeJS.ProcessEnv, ctx: RunContext): Promise<void> {
  const event = readCommentEvent(env);
  const ignored = whyIgnored(event);
  if (ignored) {
    core.info(`${ignored} Nothing to do.`);
    return;
  }
  const command = parseCommand(event.body);
  if (!command) {
    core.info('The comment holds no /ai-openness command. Nothing to do.');
    return;
  }
  const token = core.getInput('token');
  const client = clientFor(token, env);
  if (!client) {
    core.setFailed('A bot command needs the token input (the default, github.token, is enough).');
    return;
  }
  const s: Step = { client, token, repo: { owner: ctx.owner, repo: ctx.repo }, event };
  core.info(`Command from @${event.login} on pull request #${event.issueNumber}: line ${command.line}.`);
  await reactTo(client, s.repo, event.commentId, 'eyes', (m) => core.warning(m));
  if (command.kind === 'unknown') return answer(s, unknownReply(command.word), 'confused');
  const { name, argument } = command;
  if (name === 'help') return answer(s, helpReply(), '+1');
  if (COMMANDS[name].needsWrite && !(await canWrite(client, s.repo, event.login))) {
    core.info(`@${event.login} lacks write permission for "${name}"; refused.`);
    return answer(s, refusalReply(event.login, name), 'confused');
  }
  if (name === 'accept' && !argument.trim()) return answer(s, needsReasonReply(), 'confused');
  try {
    await runScanCommand(env, ctx, s, name, argument);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    core.setFailed(`ai-openness-check could not run "${name}": ${message}`);
    await answer(s, failedReply(describeApiError(err)), 'confused');
  }
}

/** explain, recheck and accept: scan the PR's head as data, then answer or publish. */
async function runScanCommand(
  env: NodeJS.ProcessEnv,
  ctx: RunContext,
  s: Step,
  name: Exclude<CommandName, 'help'>,
  argument: string,
): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const pull = await getPull(s.client, s.repo, s.event.issueNumber);
  const fetch = {
    log: (m: string): void => core.info(m),
    auth: { serverUrl: ctx.serverUrl, token: s.token },
  };
  const base = ensureCommit(workspace, pull.baseSha, fetch);
  if (!base.ok) throw new Error(`the base commit: ${base.reason}`);
  // The configuration of the base commit: a pull request cannot loosen the policy that judges it.
  const { settings, errors, scanPath, configFile, online } = readActionSettings(workspace, pull.baseSha);
  if (errors.length)
    throw new Error(`configuration errors in the base commit's ${configFile}: ${errors.join('; ')}`);
  const head = snapshotCommit(workspace, pull.headSha, {
    ...fetch,
    fallbackRef: `refs/pull/${s.event.issueNumber}/head`,
  });
  if (!head.ok) throw new Error(`the pull request's head: ${head.reason}`);
  const prCtx: RunContext = {
    ...ctx,
    headSha: pull.headSha,
    baseSha: pull.baseSha,
    pullNumber: s.event.issueNumber,
  };
  const { prefix, linkBase } = scanPlace(workspace, scanPath, prCtx);
  let scanned;
  try {
    scanned = await scanHeadAgainstBase({
      workspace,
      prefix,
      baseSha: pull.baseSha,
      settings,
      repository: `${ctx.owner}/${ctx.repo}`,
      headSnapshot: head.dir,
      fetch,
      resolve: { online, env },
    });
  } finally {
    head.dispose();
  }

  if (name === 'explain') {
    const { body, found } = explainReply(scanned.report, argument, linkBase);
    await answer(s, reply(explainHeader(pull.headSha) + body), found ? '+1' : 'confused');
    await writeSummary(renderMarkdown(scanned.report, { linkBase }));
    return;
  }
  // A push during the scan makes this answer stale; the push's own run reports on it.
  const now = await getPull(s.client, s.repo, s.event.issueNumber);
  if (now.headSha !== pull.headSha) return answer(s, movedOnReply(now.headSha), 'confused');
  const accept: Acceptance | undefined =
    name === 'accept'
      ? { sha: pull.headSha, by: s.event.login, reason: argument.trim(), at: new Date().toISOString() }
      : undefined;
  const delivered = await deliverReport({
    env,
    ctx: prCtx,
    client: s.client,
    settings,
    scanned,
    prefix,
    linkBase,
    configFile,
    policyChanges: [],
    annotations: false,
    accept,
  });
  await writeSummary(delivered.summary);
  if (delivered.failures.length)
    core.info(
      `Policy: ${delivered.failures.join('; ')}${delivered.acceptance ? ' (accepted)' : ''}. The check run carries the result.`,
    );
  if (accept && !settings.checkName) return answer(s, acceptedNoCheckReply(), '+1');
  await reactTo(s.client, s.repo, s.event.commentId, '+1', (m) => core.warning(m));
}
