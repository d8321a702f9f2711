import * as core from '@actions/core';
import fs from 'node:fs';
import path from 'node:path';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { policyFailures } from '../judge/policy.js';
import { pickAnnotations } from '../publish/annotations.js';
import { withPrefix } from '../report/with-prefix.js';
import type { GitHubClient } from '../api/client.js';
import type { RunContext } from './event.js';
import type { ScannedChange } from './scan-pull-request.js';
import { publishCheck, publishToPullRequest } from './publish.js';
import type { Settings } from '../config/schema.js';
import type { SettingChange } from '../config/policy-changes.js';
import type { Acceptance } from '../bot/acceptance.js';

export interface DeliverOptions {
  env: NodeJS.ProcessEnv;
  ctx: RunContext;
  client: GitHubClient | null;
  settings: Settings;
  scanned: ScannedChange;
  /** The scanned folder inside the repository, "" or "sub/dir/". */
  prefix: string;
  linkBase: string;
  configFile: string;
  policyChanges: SettingChange[];
  /** Workflow-command annotations: they attach to the run's commit, which a bot command's is not. */
  annotations: boolean;
  accept?: Acceptance;
}

export interface Delivered {
  summary: string;
  /** What the policy fails on; empty when it passes. */
  failures: string[];
  /** The acceptance in force for the head commit, if any. */
  acceptance: Acceptance | null;
}

/** The report file, the outputs, the annotations, the PR comment and the check run of one scan. */
export async function deliverReport(o: DeliverOptions): Promise<Delivered> {
  const { ctx, settings, client, prefix } = o;
  const report = o.scanned.report;
  const outDir = o.env.RUNNER_TEMP ?? o.env.GITHUB_WORKSPACE ?? process.cwd();
  const reportFile = path.join(outDir, 'ai-openness-report.json');
  fs.writeFileSync(reportFile, renderJson(report));
  // Code scanning wants paths from the repository's root, not the scanned folder.
  const sarifFile = path.join(outDir, 'ai-openness.sarif');
  fs.writeFileSync(sarifFile, (await import('../render/sarif.js')).renderSarif(withPrefix(report, prefix)));
  const bomFile = path.join(outDir, 'ai-openness.cdx.json');
  fs.writeFileSync(bomFile, (await import('../render/cyclonedx.js')).renderCycloneDx(report));
  const mislabelled = report.findings.some(
    (f) => f.rule === 'mislabelled-open-source' && f.severity === 'error',
  );
  core.setOutput('verdict', report.verdict);
  core.setOutput('layers', JSON.stringify(report.layers));
  core.setOutput('mislabelled', String(mislabelled));
  core.setOutput('report-file', reportFile);
  core.setOutput('sarif-file', sarifFile);
  core.setOutput('bom-file', bomFile);
  const summary = renderMarkdown(report, { linkBase: o.linkBase });

  if (o.annotations && settings.annotations) {
    for (const a of pickAnnotations(report.findings, prefix)) {
      const props = { file: a.file, startLine: a.line, title: a.title };
      if (a.severity === 'error') core.error(a.message, props);
      else if (a.severity === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
  }

  const failures = policyFailures(report, settings.failOn, {
    accept: settings.accept,
    allowModels: settings.allowModels,
  });
  let acceptance: Acceptance | null = null;
  if (client && ctx.pullNumber !== undefined) {
    const published = await publishToPullRequest(client, ctx, report, o.scanned.changes, settings, {
      linkBase: o.linkBase,
      noBaseReason: o.scanned.noBaseReason,
      prefix,
      policyChanges: o.policyChanges,
      configFile: o.configFile,
      accept: o.accept,
    });
    acceptance = published.acceptance;
    if (published.url) core.setOutput('comment-url', published.url);
  }
  if (client && settings.checkName) {
    await publishCheck(client, ctx, report, summary, failures.length > 0, settings, prefix, acceptance);
  }
  return { summary, failures, acceptance };
}
