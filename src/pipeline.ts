import { scanDirectory, type ScanOptions } from './scan.js';
import { buildReport, type ReportOptions } from './report/build-report.js';
import type { Report } from './types/report.js';
import type { Settings } from './config/schema.js';

/** What the report stage takes from the settings, and the repository's owner/name when known. */
export function reportOptions(
  settings: Pick<Settings, 'claimIgnorePaths' | 'gradeRoles'>,
  repository?: string,
): ReportOptions {
  return {
    claimIgnorePaths: settings.claimIgnorePaths,
    gradeRoles: settings.gradeRoles,
    ...(repository ? { repository } : {}),
  };
}

/** The whole pipeline behind every entry point: scan a directory and build the report. */
export function analyse(root: string, options: ScanOptions = {}, reportOptions: ReportOptions = {}): Report {
  // hrtime, not performance.now(): the global `performance` loads perf_hooks on first use.
  const started = process.hrtime.bigint();
  const scan = scanDirectory(root, options);
  return buildReport(scan, Math.round(Number(process.hrtime.bigint() - started) / 1e6), reportOptions);
}
