import * as core from '@actions/core';
import path from 'node:path';
import { analyseResolved, reportOptions } from '../pipeline.js';
import type { ResolveOptions } from '../resolve/resolve.js';
import { compareReports, withoutBase, type ReportChanges } from '../report/compare.js';
import type { Report } from '../types/report.js';
import type { Settings } from '../config/schema.js';
import { snapshotCommit, type FetchOptions } from './base-snapshot.js';

export interface ScannedChange {
  /** The head's report, its findings marked new or not. */
  report: Report;
  /** What changed against the base; null when there is no base to compare with. */
  changes: ReportChanges | null;
  noBaseReason?: string;
}

export interface ScanRequest {
  workspace: string;
  /** The scanned folder inside the repository, "" or "sub/dir/". */
  prefix: string;
  baseSha?: string;
  settings: Settings;
  repository?: string;
  /** The head's files read from git (a bot command, whose workspace is the default branch). */
  headSnapshot?: string;
  fetch?: FetchOptions;
  resolve?: ResolveOptions;
}

/**
 * Scans the head and, when there is a base commit, the base too, and compares them. The head
 * is the workspace's checkout, or `headSnapshot`.
 */
export async function scanHeadAgainstBase(request: ScanRequest): Promise<ScannedChange> {
  const { workspace, prefix, baseSha, settings, repository, headSnapshot } = request;
  // The base is a `git archive` of its commit: every file in it is committed, as every file
  // the head's index lists is, so neither leaves one out for a .gitignore.
  const scan = (dir: string, committedOnly = false): Promise<Report> =>
    analyseResolved(
      dir,
      { ignore: settings.ignore, ...(committedOnly ? { gitignore: false } : {}) },
      reportOptions(settings, repository),
      request.resolve ?? { online: false },
    );
  const head = await (headSnapshot
    ? scan(path.join(headSnapshot, prefix), true)
    : scan(path.join(workspace, prefix)));
  let changes: ReportChanges | null = null;
  let noBaseReason: string | undefined;
  if (baseSha) {
    const base = snapshotCommit(workspace, baseSha, { log: (m) => core.info(m), ...request.fetch });
    if (base.ok) {
      try {
        changes = compareReports(await scan(path.join(base.dir, prefix), true), head);
      } finally {
        base.dispose();
      }
    } else {
      noBaseReason = base.reason;
      core.warning(`No comparison with the base commit: ${base.reason}. The report covers the head only.`);
    }
  }
  return { report: { ...head, findings: (changes ?? withoutBase(head)).findings }, changes, noBaseReason };
}
