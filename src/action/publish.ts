import * as core from '@actions/core';
import type { GitHubClient } from '../api/client.js';
import { describeApiError, statusOf } from '../api/client.js';
import {
  createIssueComment,
  listIssueComments,
  updateIssueComment,
  type IssueComment,
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
import type { RunContext } from './event.js';
import type { Settings } from '../config/schema.js';
import type { SettingChange } from '../config/policy-changes.js';

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

/** Report paths are relative to the scanned folder; GitHub's are relative to the repository. */
function withPrefix(report: Report, prefix: string): Report {
  if (!prefix) return report;
  const fix = <T extends { file?: string }>(x: T): T => (x.file ? { ...x, file: `${prefix}${x.file}` } : x);
  return {
    ...report,
    findings: report.findings.map(fix),
    claims: report.claims.map(fix),
    components: report.components.map((c) => ({ ...c, locations: c.locations.map(fix) })),
  };
}

export interface PublishOptions {
  linkBase: string;
  noBaseReason?: string;
  prefix: string;
  policyChanges?: SettingChange[];
  configFile?: string;
}

/** The PR comment (created, updated in place, or turned to resolved) and the inline review comments. */
export async function publishToPullRequest(
  client: GitHubClient,
  ctx: RunContext,
  report: Report,
  changes: ReportChanges | null,
  settings: Settings,
  options: PublishOptions,
): Promise<string | undefined> {
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const pull = ctx.pullNumber as number;
  let url: string | undefined;
  if (settings.comment !== 'never') {
    try {
      const ownLogin = await authenticatedLogin(client);
      const ours = (await listIssueComments(client, repo, pull)).find((c) => isOurs(c, ownLogin));
      const problems = hasProblems(report);
      const ctxBody = {
        linkBase: options.linkBase,
        summaryUrl: ctx.runUrl,
        noBaseReason: options.noBaseReason,
        policyChanges: options.policyChanges,
        configFile: options.configFile,
      };
      const body =
        !problems && ours && !ours.body.includes('earlier findings resolved')
          ? buildResolvedBody(report)
          : !problems && ours
            ? ours.body
            : buildCommentBody(report, changes, ctxBody);
      if (ours) {
        url = ours.html_url;
        if (ours.body !== body) url = (await updateIssueComment(client, repo, ours.id, body)).html_url;
        else core.info('The PR comment is already up to date.');
      } else if (
        settings.comment === 'always' ||
        problems ||
        (changes !== null && changesAnything(changes))
      ) {
        url = (await createIssueComment(client, repo, pull, body)).html_url;
      }
    } catch (err) {
      warnApi('comment', err);
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
  return url;
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
): Promise<void> {
  try {
    const annotations = pickAnnotations(report.findings, prefix, Number.POSITIVE_INFINITY);
    const outputs = checkRunOutputs(report, summary, annotations);
    const conclusion = conclusionOf(failing, settings.warnOnly, report.findings);
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
