import type { ScanResult } from '../scan.js';
import { SCHEMA_VERSION, type Report } from '../types/report.js';
import type { ClaimEvidence } from '../types/evidence.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { buildComponents } from './components.js';
import { classify, sortEvidence } from '../classify/classify.js';
import { mofOf, osaidOf, verdictOf } from '../classify/verdict.js';
import { judge } from '../judge/findings.js';
import { componentStatuses } from './component-status.js';
import ignore from 'ignore';
import { isVendoredPath } from './vendored-paths.js';
import { isTestOrCiPath } from '../extract/test-paths.js';

const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 } as const;

export interface ReportOptions {
  /** gitignore-style paths whose openness claims are not checked (pages comparing other projects). */
  claimIgnorePaths?: readonly string[];
}

/** classify + judge: turns scan evidence into the report contract. */
export function buildReport(scan: ScanResult, durationMs: number, options: ReportOptions = {}): Report {
  const sorted = sortEvidence(scan.evidence);
  const classification = classify(sorted);
  const verdict = verdictOf(classification.layers);
  const skipClaims = options.claimIgnorePaths?.length ? ignore().add([...options.claimIgnorePaths]) : null;
  // Claims in vendored code speak for the vendored project, and those in test fixtures for
  // whatever the tests feed in; the configured paths are skipped too.
  const claims = scan.evidence.filter(
    (e): e is ClaimEvidence =>
      e.kind === 'claim' &&
      !isVendoredPath(e.file) &&
      !isTestOrCiPath(e.file) &&
      !(skipClaims?.ignores(e.file) ?? false),
  );
  const judged = judge(sorted, claims, verdict, classification);
  const components = componentStatuses(buildComponents(scan.evidence), classification);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    verdict,
    layers: classification.layers,
    osaid: osaidOf(classification.layers, verdict),
    mof: mofOf(classification.layers, sorted.cards),
    components,
    claims: judged.claims,
    findings: judged.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    warnings: scan.warnings,
    stats: {
      filesSeen: scan.filesSeen,
      filesRead: scan.filesRead,
      bytesRead: scan.bytesRead,
      durationMs,
      threads: scan.threads,
    },
  };
}
