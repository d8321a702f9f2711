import * as core from '@actions/core';
import { renderMarkdown } from '../render/markdown.js';
import { clientFor, scanPlace, writeSummary } from './run-setup.js';
import { policyChangesSince, readActionSettings } from './settings.js';
import { readRunContext } from './event.js';
import { scanHeadAgainstBase } from './scan-pull-request.js';
import { deliverReport } from './deliver.js';
import { runCommentCommand } from './comment-command.js';
import { acceptedBy } from '../bot/acceptance.js';
import type { Report } from '../types/report.js';

/** A repository value in a log line, kept short. */
const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 119)}…` : s);

/** Scans the head, compares with the base, and reports through every channel the settings allow. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const ctx = readRunContext(env);
  if (ctx.event === 'issue_comment') return runCommentCommand(env, ctx);
  if (!ctx.supported) {
    core.info(
      `ai-openness-check does not run on "${ctx.event}" events (it runs on pull_request, pull_request_target, push, merge_group, workflow_dispatch, and issue_comment for its commands). Nothing to do.`,
    );
    return;
  }
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const trusted = ctx.event === 'pull_request_target' ? ctx.baseSha : undefined;
  const { settings, errors, token, scanPath, configFile, fromFile, online } = readActionSettings(
    workspace,
    trusted,
  );
  if (errors.length) {
    core.setFailed(`Configuration errors:\n${errors.join('\n')}`);
    return;
  }
  const { prefix, linkBase } = scanPlace(workspace, scanPath, ctx);

  let report: Report | undefined;
  let summary = '';
  try {
    const scanned = await scanHeadAgainstBase({
      workspace,
      prefix,
      baseSha: ctx.baseSha,
      settings,
      repository: `${ctx.owner}/${ctx.repo}`,
      fetch: { auth: { serverUrl: ctx.serverUrl, token } },
      resolve: { online, env },
    });
    report = scanned.report;
    // pull_request_target reads the base's config already; under pull_request the PR's own
    // file judges it, so a change to that file is shown to the reviewer.
    const policyChanges =
      ctx.event === 'pull_request' && ctx.baseSha && scanned.changes
        ? policyChangesSince(workspace, ctx.baseSha, configFile, fromFile)
        : [];
    if (policyChanges.length) {
      core.warning(
        `This pull request changes its own policy in ${configFile}: ${policyChanges.map((c) => `${c.key} from "${clip(c.from)}" to "${clip(c.to)}"`).join('; ')}. This run applies the pull request's version.`,
      );
    }
    const delivered = await deliverReport({
      env,
      ctx,
      client: clientFor(token, env),
      settings,
      scanned,
      prefix,
      linkBase,
      configFile,
      policyChanges,
      annotations: true,
    });
    summary = delivered.summary;
    const { failures, acceptance } = delivered;
    if (failures.length) {
      const message = `ai-openness-check: ${failures.join('; ')}`;
      if (acceptance) core.info(`${message} (${acceptedBy(acceptance, 200, true)}: not failing the run)`);
      else if (settings.warnOnly) core.warning(`${message} (warn-only: not failing the run)`);
      else core.setFailed(message);
    }
  } catch (err) {
    core.setFailed(`ai-openness-check failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    // The summary is written even when the run fails.
    await writeSummary(
      summary || (report ? renderMarkdown(report) : 'ai-openness-check could not complete the scan.'),
    );
  }
}
