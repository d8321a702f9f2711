import * as core from '@actions/core';
import fs from 'node:fs';
import path from 'node:path';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { policyFailures } from '../judge/policy.js';
import { pickAnnotations } from '../publish/annotations.js';
import { createClient } from '../api/client.js';
import { policyChangesSince, readActionSettings } from './settings.js';
import { readRunContext } from './event.js';
import { scanHeadAgainstBase } from './scan-pull-request.js';
import { publishToPullRequest, publishCheck } from './publish.js';
import type { Report } from '../types/report.js';

/** A repository value in a log line, kept short. */
const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 119)}…` : s);

/** Scans the head, compares with the base, and reports through every channel the settings allow. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const ctx = readRunContext(env);
  if (!ctx.supported) {
    core.info(
      `ai-openness-check does not run on "${ctx.event}" events (it runs on pull_request, pull_request_target, push, merge_group and workflow_dispatch). Nothing to do.`,
    );
    return;
  }
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const trusted = ctx.event === 'pull_request_target' ? ctx.baseSha : undefined;
  const { settings, errors, token, scanPath, configFile, fromFile } = readActionSettings(workspace, trusted);
  if (errors.length) {
    core.setFailed(`Configuration errors:\n${errors.join('\n')}`);
    return;
  }
  const rel = path.relative(workspace, path.resolve(workspace, scanPath));
  const prefix = rel && !rel.startsWith('..') ? `${rel.split(path.sep).join('/')}/` : '';
  const linkBase = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${ctx.headSha}${prefix ? `/${prefix.slice(0, -1)}` : ''}`;

  let report: Report | undefined;
  let summary = '';
  try {
    const scanned = scanHeadAgainstBase(workspace, prefix, ctx.baseSha, settings, `${ctx.owner}/${ctx.repo}`);
    const { changes, noBaseReason } = scanned;
    const marked = scanned.report;
    report = marked;
    // pull_request_target reads the base's config already; under pull_request the PR's own
    // file judges it, so a change to that file is shown to the reviewer.
    const policyChanges =
      ctx.event === 'pull_request' && ctx.baseSha && changes
        ? policyChangesSince(workspace, ctx.baseSha, configFile, fromFile)
        : [];
    if (policyChanges.length) {
      core.warning(
        `This pull request changes its own policy in ${configFile}: ${policyChanges.map((c) => `${c.key} from "${clip(c.from)}" to "${clip(c.to)}"`).join('; ')}. This run applies the pull request's version.`,
      );
    }

    const reportFile = path.join(env.RUNNER_TEMP ?? workspace, 'ai-openness-report.json');
    fs.writeFileSync(reportFile, renderJson(marked));
    const mislabelled = marked.findings.some(
      (f) => f.rule === 'mislabelled-open-source' && f.severity === 'error',
    );
    core.setOutput('verdict', marked.verdict);
    core.setOutput('layers', JSON.stringify(marked.layers));
    core.setOutput('mislabelled', String(mislabelled));
    core.setOutput('report-file', reportFile);
    summary = renderMarkdown(marked, { linkBase });

    if (settings.annotations) {
      for (const a of pickAnnotations(marked.findings, prefix)) {
        const props = { file: a.file, startLine: a.line, title: a.title };
        if (a.severity === 'error') core.error(a.message, props);
        else if (a.severity === 'warning') core.warning(a.message, props);
        else core.notice(a.message, props);
      }
    }

    const failures = policyFailures(marked, settings.failOn, {
      accept: settings.accept,
      allowModels: settings.allowModels,
    });
    const client = token
      ? createClient({ token, baseUrl: env.GITHUB_API_URL, log: (m) => core.info(m) })
      : null;
    if (client && ctx.pullNumber !== undefined) {
      const url = await publishToPullRequest(client, ctx, marked, changes, settings, {
        linkBase,
        noBaseReason,
        prefix,
        policyChanges,
        configFile,
      });
      if (url) core.setOutput('comment-url', url);
    }
    if (client && settings.checkName) {
      await publishCheck(client, ctx, marked, summary, failures.length > 0, settings, prefix);
    }

    if (failures.length) {
      const message = `ai-openness-check: ${failures.join('; ')}`;
      if (settings.warnOnly) core.warning(`${message} (warn-only: not failing the run)`);
      else core.setFailed(message);
    }
  } catch (err) {
    core.setFailed(`ai-openness-check failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    // The summary is written even when the run fails.
    try {
      await core.summary
        .addRaw(
          summary || (report ? renderMarkdown(report) : 'ai-openness-check could not complete the scan.'),
        )
        .write();
    } catch (err) {
      core.warning(`Could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
