import type { Report } from '../types/report.js';

/** What makes a run fail. `mislabel` is the default: only a false "open source AI" claim blocks. */
export type FailOn = 'mislabel' | 'restricted' | 'closed' | 'unknown' | 'conflict' | 'none';
export const FAIL_ON_VALUES: readonly FailOn[] = [
  'mislabel',
  'restricted',
  'closed',
  'unknown',
  'conflict',
  'none',
];
export const DEFAULT_FAIL_ON: readonly FailOn[] = ['mislabel'];

export function parseFailOn(raw: string): FailOn[] {
  const parts = raw
    .split(/[\s,]+/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const bad = parts.filter((p) => !FAIL_ON_VALUES.includes(p as FailOn));
  if (bad.length) throw new Error(`fail-on: "${bad[0]}" is not one of ${FAIL_ON_VALUES.join(', ')}`);
  return parts as FailOn[];
}

/** The reasons the policy trips, one line each; empty when the run passes. */
export function policyFailures(report: Report, failOn: readonly FailOn[]): string[] {
  if (failOn.includes('none')) return [];
  const reasons: string[] = [];
  const layers = Object.entries(report.layers);
  if (failOn.includes('mislabel')) {
    const n = report.findings.filter(
      (f) => f.rule === 'mislabelled-open-source' && f.severity === 'error',
    ).length;
    if (n) reasons.push(`${n} openness claim(s) the licences do not support`);
  }
  if (failOn.includes('restricted')) {
    const hit = layers.filter(([, l]) => l.status === 'restricted').map(([n]) => n);
    if (hit.length) reasons.push(`restricted layer(s): ${hit.join(', ')}`);
  }
  if (failOn.includes('closed')) {
    const hit = layers.filter(([, l]) => l.status === 'closed').map(([n]) => n);
    if (hit.length) reasons.push(`closed layer(s): ${hit.join(', ')}`);
  }
  if (failOn.includes('unknown')) {
    const hit = layers.filter(([, l]) => l.status === 'unknown').map(([n]) => n);
    if (hit.length) reasons.push(`layer(s) that cannot be confirmed: ${hit.join(', ')}`);
  }
  if (failOn.includes('conflict')) {
    const n = report.findings.filter((f) => f.rule === 'licence-conflict').length;
    if (n) reasons.push(`${n} licence conflict(s)`);
  }
  return reasons;
}
