import type { ScanResult } from '../scan.js';
import {
  SCHEMA_VERSION,
  LAYER_NAMES,
  type LayerReport,
  type LayerName,
  type Report,
} from '../types/report.js';
import type { ClaimEvidence } from '../types/evidence.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { buildComponents } from './components.js';

function unknownLayer(): LayerReport {
  return { status: 'unknown', licences: [], reasons: ['not classified yet'], evidence: [] };
}

/** Turns scan evidence into the report contract. Layers stay unknown until the classifier fills them. */
export function buildReport(scan: ScanResult, durationMs: number): Report {
  const layers = Object.fromEntries(LAYER_NAMES.map((l) => [l, unknownLayer()])) as Record<
    LayerName,
    LayerReport
  >;
  const claims = scan.evidence
    .filter((e): e is ClaimEvidence => e.kind === 'claim')
    .map((c) => ({ file: c.file, line: c.line, text: c.text, kind: c.claimKind, supported: false }));
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    verdict: 'unknown',
    layers,
    osaid: { result: 'cannot-confirm', reasons: ['layers not classified yet'] },
    mof: { class: null, missing: [] },
    components: buildComponents(scan.evidence),
    claims,
    findings: [],
    warnings: scan.warnings,
    stats: { filesSeen: scan.filesSeen, filesRead: scan.filesRead, bytesRead: scan.bytesRead, durationMs },
  };
}
