import type { Location } from '../types/evidence.js';
import type { LayerReport, LayerStatus } from '../types/report.js';

/**
 * One piece of evidence's say about one layer: "meta-llama/Llama-3.1-8B makes the weights
 * restricted (LicenseRef-llama3.1), seen at app/model.py:10".
 */
export interface Contribution {
  status: Exclude<LayerStatus, 'absent'>;
  licences: string[];
  /** What it is about, for messages: "meta-llama/Llama-3.1-8B-Instruct", "the project's code". */
  subject: string;
  reason: string;
  evidence: Location[];
}

// Least open first: a layer is as open as its least open part. Unknown sits above
// restricted because a definite restriction says more than a gap in the evidence.
const RANK: Record<Contribution['status'], number> = { closed: 0, restricted: 1, unknown: 2, open: 3 };

/** True when `to` is less open than `from` (anything present is less open than absent). */
export function isLowered(from: LayerStatus, to: LayerStatus): boolean {
  if (from === to || to === 'absent') return false;
  return from === 'absent' || RANK[to] < RANK[from];
}

const MAX_EVIDENCE = 20;

/** Combines contributions into a layer: least open wins, and its reasons come first. */
export function combineLayer(contributions: readonly Contribution[]): LayerReport {
  if (contributions.length === 0) {
    return { status: 'absent', licences: [], reasons: ['nothing of this layer was found'], evidence: [] };
  }
  const sorted = [...contributions].sort((a, b) => RANK[a.status] - RANK[b.status]);
  const status = sorted[0]?.status ?? 'unknown';
  const licences = [...new Set(sorted.flatMap((c) => c.licences))];
  const reasons = [...new Set(sorted.map((c) => c.reason))];
  const evidence: Location[] = [];
  const seen = new Set<string>();
  for (const c of sorted) {
    for (const l of c.evidence) {
      const key = `${l.file}:${l.line}`;
      if (seen.has(key) || evidence.length >= MAX_EVIDENCE) continue;
      seen.add(key);
      evidence.push(l);
    }
  }
  return { status, licences, reasons, evidence };
}
