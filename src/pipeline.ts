import { scanDirectory, type ScanOptions } from './scan.js';
import { buildReport, type ReportOptions } from './report/build-report.js';
import type { Report } from './types/report.js';

/** The whole pipeline behind every entry point: scan a directory and build the report. */
export function analyse(root: string, options: ScanOptions = {}, reportOptions: ReportOptions = {}): Report {
  const started = performance.now();
  const scan = scanDirectory(root, options);
  return buildReport(scan, Math.round(performance.now() - started), reportOptions);
}
