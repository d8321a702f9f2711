import type { Component, LayerName, LayerReport, Report } from '../types/report.js';
import { lookupLicence, normaliseLicenceId } from '../knowledge/licences/catalogue.js';

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

/** What a team has reviewed and accepts: licences per layer, and models by id or pattern. */
export interface PolicyExceptions {
  accept?: Partial<Record<LayerName, string[]>>;
  allowModels?: string[];
}

/** "meta-llama/*" -> matches every id under meta-llama/, case-insensitively. */
export function modelPattern(pattern: string): RegExp {
  const body = pattern
    .trim()
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

/** The components whose status can make each AI layer what it is. */
const LAYER_FEEDERS: Record<'data' | 'model', readonly Component['type'][]> = {
  data: ['model', 'api', 'dataset', 'dataset-card'],
  model: ['model', 'api', 'model-card', 'weights-file'],
};

/**
 * A layer that is not open but whose every non-open licence the team accepts, or whose
 * every non-open model the team allows, does not trip the policy (the report still shows it).
 */
function isAccepted(
  report: Report,
  name: LayerName,
  layer: LayerReport,
  exceptions: PolicyExceptions,
): boolean {
  const accepted = new Set((exceptions.accept?.[name] ?? []).map((l) => normaliseLicenceId(l) ?? l));
  const notOpen = layer.licences.filter((id) => {
    const category = lookupLicence(id).category;
    return category !== 'open-code' && category !== 'open-data';
  });
  if (notOpen.length > 0 && notOpen.every((id) => accepted.has(id))) return true;
  const patterns = (exceptions.allowModels ?? []).map(modelPattern);
  if (patterns.length === 0) return false;
  if (name === 'code') return false;
  // Everything that made the layer what it is must be an allowed model; a dataset never is.
  const feeds = name === 'data' ? LAYER_FEEDERS.data : LAYER_FEEDERS.model;
  const culprits = report.components.filter((c) => feeds.includes(c.type) && c.status === layer.status);
  const allowed = (c: Component): boolean =>
    (c.type === 'model' || c.type === 'api') && patterns.some((p) => p.test(c.name));
  return culprits.length > 0 && culprits.every(allowed);
}

/** The reasons the policy trips, one line each; empty when the run passes. */
export function policyFailures(
  report: Report,
  failOn: readonly FailOn[],
  exceptions: PolicyExceptions = {},
): string[] {
  if (failOn.includes('none')) return [];
  const reasons: string[] = [];
  const layers = (Object.entries(report.layers) as [LayerName, LayerReport][]).filter(
    ([name, layer]) => !isAccepted(report, name, layer, exceptions),
  );
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
