import * as core from '@actions/core';
import { analyse } from '../pipeline.js';
import { renderText } from '../render/text.js';
import { renderJson } from '../render/json.js';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Placeholder action: scans the workspace and prints the report. The pull-request
 * behaviour (comment, check, review) is built on top of this in a later issue.
 */
export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const dir = path.resolve(workspace, core.getInput('path') || '.');
    const ignore = core.getMultilineInput('ignore');
    const report = analyse(dir, { ignore });
    core.info(renderText(report));
    const reportFile = path.join(process.env.RUNNER_TEMP ?? workspace, 'ai-openness-report.json');
    fs.writeFileSync(reportFile, renderJson(report));
    core.setOutput('verdict', report.verdict);
    core.setOutput('layers', JSON.stringify(report.layers));
    core.setOutput('report-file', reportFile);
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err));
  }
}
