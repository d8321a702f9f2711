import { scanDirectory, type ScanOptions } from './scan.js';
import { buildReport, type ReportOptions } from './report/build-report.js';
import type { Report } from './types/report.js';
import type { Settings } from './config/schema.js';
import { fillFromRepository } from './resolve/dependency-licences.js';
import type { ResolveOptions } from './resolve/resolve.js';

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

// hrtime, not performance.now(): the global `performance` loads perf_hooks on first use.
const msSince = (started: bigint): number => Math.round(Number(process.hrtime.bigint() - started) / 1e6);

/** The pipeline offline: scan a directory, settle what the repository itself records, build the report. */
export function analyse(root: string, options: ScanOptions = {}, reportOptions: ReportOptions = {}): Report {
  const started = process.hrtime.bigint();
  const scan = scanDirectory(root, options);
  // The offline part of the resolve stage: what the repository itself records (lock files).
  fillFromRepository(scan.evidence);
  return buildReport(scan, msSince(started), reportOptions);
}

/** The whole pipeline, with the resolve stage online when `resolve.online` allows it. */
export async function analyseResolved(
  root: string,
  options: ScanOptions,
  reportOptions: ReportOptions,
  resolve: ResolveOptions,
): Promise<Report> {
  if (!resolve.online) return analyse(root, options, reportOptions);
  const started = process.hrtime.bigint();
  const scan = scanDirectory(root, options);
  // Loaded on demand: an offline run never pays for the network client.
  const { resolveScan } = await import('./resolve/resolve.js');
  const resolved = await resolveScan(scan, resolve);
  return buildReport(scan, msSince(started), {
    ...reportOptions,
    resolvedModels: resolved.models,
    resolvedDatasets: resolved.datasets,
  });
}
