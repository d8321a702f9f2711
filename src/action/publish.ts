import * as core from '@actions/core';
import type { GitHubClient } from '../api/client.js';
import { describeApiError, statusOf } from '../api/client.js';
import {
  createIssueComment,
  deleteIssueComment,
  listIssueComments,
  updateIssueComment,
  type IssueComment,
  type Repo,
} from '../api/issue-comments.js';
import { listPullFiles } from '../api/pull-files.js';
import { createReview, listReviewCommentBodies } from '../api/reviews.js';
import { publishCheckRun } from '../api/check-runs.js';
import { authenticatedLogin } from '../api/authenticated-login.js';
import { buildCommentBody, buildResolvedBody, COMMENT_MARKER, hasProblems } from '../publish/comment-body.js';
import { addedLines } from '../publish/diff-lines.js';
import { buildInlineComments, keyOf } from '../publish/review-comments.js';
import { checkRunOutputs, conclusionOf } from '../publish/check-run.js';
import { pickAnnotations } from '../publish/annotations.js';
import { changesAnything, type ReportChanges } from '../report/compare.js';
import { isLowered } from '../classify/contribution.js';
import type { Report } from '../types/report.js';
import { withPrefix } from '../report/with-prefix.js';
import type { RunContext } from './event.js';
import type { Settings } from '../config/schema.js';
import type { SettingChange } from '../config/policy-changes.js';
import {
  acceptanceBlock,
  placeAcceptance,
  readAcceptance,
  withoutAcceptance,
  type Acceptance,
} from '../bot/acceptance.js';

const PERMISSION_HINT: Record<string, string> = {
  comment: 'pull-requests: write',
  review: 'pull-requests: write',
  check: 'checks: write',
};

/** A refused or failed API call becomes one warning; the run goes on with the summary and annotations. */
function warnApi(what: 'comment' | 'review' | 'check', err: unknown): void {
  const status = statusOf(err);
  if (status === 403 || status === 401 || status === 404) {
    core.warning(
      `Could not post the ${what} (${describeApiError(err)}). The token lacks permission: add "${PERMISSION_HINT[what]}" to the workflow's permissions. Pull requests from forks get a read-only token; the job summary and annotations still carry the result.`,
    );
  } else {
    core.warning(`Could not post the ${what}: ${describeApiError(err)}.`);
  }
}

function isOurs(c: IssueComment, ownLogin: string | null): boolean {
  if (!c.body.includes(COMMENT_MARKER) || !c.user) return false;
  return c.user.login === 'github-actions[bot]' || c.user.type === 'Bot' || c.user.login === ownLogin;
}

export interface PublishOptions {
  linkBase: string;
  noBaseReason?: string;
  prefix: string;
  policyChanges?: SettingChange[];
  configFile?: string;
  /** A new acceptance to record (the accept command); it is written even with comment: never. */
  accept?: Acceptance;
}

export interface Published {
  url?: string;
  /** The acceptance in force for this head commit, new or recorded earlier. */
  acceptance: Acceptance | null;
}

/** Deletes our extra comments (two runs that raced may each have made one); a gone one is fine. */
async function deleteExtras(
  client: GitHubClient,
  repo: Repo,
  extras: readonly IssueComment[],
): Promise<void> {
  for (const extra of extras) {
    try {
      await deleteIssueComment(client, repo, extra.id);
    } catch (err) {
      if (statusOf(err) !== 404) throw err;
    }
  }
}

/** The one comment's body for this run: the report (or the resolved note), then the acceptance. */
function commentBody(
  report: Report,
  changes: ReportChanges | null,
  ours: IssueComment | undefined,
  block: string,
  ctxBody: Parameters<typeof buildCommentBody>[2],
): string {
  const problems = hasProblems(report);
  const kept = ours ? withoutAcceptance(ours.body) : '';
  const body =
    !problems && ours && !kept.includes('earlier findings resolved')
      ? buildResolvedBody(report)
      : !problems && ours
        ? kept
        : buildCommentBody(report, changes, ctxBody);
  return placeAcceptance(body, block);
}

/** The PR comment (created, updated in place, or turned to resolved) and the inline review comments. */
export async function publishToPullRequest(
  client: GitHubClient,
  ctx: RunContext,
  report: Report,
  changes: ReportChanges | null,
  settings: Settings,
  options: PublishOptions,
): Promise<Published> {
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const pull = ctx.pullNumber as number;
  let url: string | undefined;
  let acceptance: Acceptance | null = options.accept ?? null;
  const writes = settings.comment !== 'never' || options.accept !== undefined;
  // With comment: never the comment is still read when a check is posted: it holds an acceptance.
  if (writes || settings.checkName) {
    try {
      const ownLogin = await authenticatedLogin(client);
      const listOurs = async (): Promise<IssueComment[]> =>
        (await listIssueComments(client, repo, pull)).filter((c) => isOurs(c, ownLogin));
      const mine = await listOurs();
      const ours = mine[0];
      const previous = ours ? readAcceptance(ours.body) : null;
      if (!acceptance && previous?.sha === ctx.headSha) acceptance = previous;
      const ended = !acceptance && previous ? previous : null;
      if (writes) {
        const body = commentBody(report, changes, ours, acceptanceBlock(acceptance, ended), {
          linkBase: options.linkBase,
          summaryUrl: ctx.runUrl,
          noBaseReason: options.noBaseReason,
          policyChanges: options.policyChanges,
          configFile: options.configFile,
        });
        if (ours) {
          url = ours.html_url;
          if (ours.body !== body) url = (await updateIssueComment(client, repo, ours.id, body)).html_url;
          else core.info('The PR comment is already up to date.');
          await deleteExtras(client, repo, mine.slice(1));
        } else if (
          settings.comment === 'always' ||
          options.accept !== undefined ||
          hasProblems(report) ||
          (changes !== null && changesAnything(changes))
        ) {
          const created = await createIssueComment(client, repo, pull, body);
          url = created.html_url;
          // Another run may have created one at the same moment: the oldest stays, with this body.
          const now = await listOurs();
          const keep = now[0];
          if (keep && keep.id !== created.id) {
            url =
              keep.body === body
                ? keep.html_url
                : (await updateIssueComment(client, repo, keep.id, body)).html_url;
          }
          await deleteExtras(client, repo, now.slice(1));
        }
      }
    } catch (err) {
      if (writes) warnApi('comment', err);
      else core.info(`Could not read the PR comment for an acceptance (${describeApiError(err)}).`);
    }
  }
  if (settings.review) {
    try {
      const added = addedLines(await listPullFiles(client, repo, pull));
      const lowered = (changes?.layers ?? []).filter((l) => isLowered(l.from, l.to)).map((l) => l.layer);
      const inline = buildInlineComments(withPrefix(report, options.prefix), lowered, added);
      if (inline.length) {
        const existing = new Set(
          (await listReviewCommentBodies(client, repo, pull)).map(keyOf).filter(Boolean),
        );
        const fresh = inline.filter((c) => !existing.has(c.key));
        if (fresh.length)
          await createReview(
            client,
            repo,
            pull,
            ctx.headSha,
            fresh.map(({ key: _key, ...c }) => c),
          );
      }
    } catch (err) {
      warnApi('review', err);
    }
  }
  return { url, acceptance };
}

/** A check run with the verdict, the summary and every annotation (in batches of 50). */
export async function publishCheck(
  client: GitHubClient,
  ctx: RunContext,
  report: Report,
  summary: string,
  failing: boolean,
  settings: Settings,
  prefix: string,
  acceptance: Acceptance | null = null,
): Promise<void> {
  try {
    const annotations = pickAnnotations(report.findings, prefix, Number.POSITIVE_INFINITY);
    const outputs = checkRunOutputs(report, summary, annotations, acceptance);
    const conclusion = acceptance ? 'success' : conclusionOf(failing, settings.warnOnly, report.findings);
    await publishCheckRun(
      client,
      { owner: ctx.owner, repo: ctx.repo },
      settings.checkName,
      ctx.headSha,
      conclusion,
      outputs,
    );
  } catch (err) {
    warnApi('check', err);
  }
}
