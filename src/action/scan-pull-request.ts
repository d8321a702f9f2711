import * as core from '@actions/core';
import path from 'node:path';
import { analyse, reportOptions } from '../pipeline.js';
import { compareReports, withoutBase, type ReportChanges } from '../report/compare.js';
import type { Report } from '../types/report.js';
import type { Settings } from '../config/schema.js';
import { snapshotCommit } from './base-snapshot.js';

export interface ScannedChange {
  /** The head's report, its findings marked new or not. */
  report: Report;
  /** What changed against the base; null when there is no base to compare with. */
  changes: ReportChanges | null;
  noBaseReason?: string;
}

/** Scans the head and, when there is a base commit, the base too, and compares them. */
export function scanHeadAgainstBase(
  workspace: string,
  prefix: string,
  baseSha: string | undefined,
  settings: Settings,
  repository?: string,
): ScannedChange {
  const scan = (dir: string): Report =>
    analyse(dir, { ignore: settings.ignore }, reportOptions(settings, repository));
  const head = scan(path.join(workspace, prefix));
  let changes: ReportChanges | null = null;
  let noBaseReason: string | undefined;
  if (baseSha) {
    const base = snapshotCommit(workspace, baseSha, (m) => core.info(m));
    if (base.ok) {
      try {
        changes = compareReports(scan(path.join(base.dir, prefix)), head);
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
