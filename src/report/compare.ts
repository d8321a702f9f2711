import type { Component, Finding, LayerName, LayerStatus, Report } from '../types/report.js';
import { LAYER_NAMES } from '../types/report.js';

export interface LayerChange {
  layer: LayerName;
  from: LayerStatus;
  to: LayerStatus;
}

export interface ReportChanges {
  /** Findings of the head report, each marked new (not in the base) or not. */
  findings: Finding[];
  /** Base findings that the head no longer has. */
  fixed: Finding[];
  layers: LayerChange[];
  verdict: { from: Report['verdict']; to: Report['verdict'] } | null;
  addedComponents: Component[];
  removedComponents: Component[];
}

// Lines move between commits; a finding is the same finding when its rule, file and
// wording (with numbers stripped) are.
export const findingKey = (f: Finding): string =>
  `${f.rule}\u0000${f.file ?? ''}\u0000${f.message.replace(/:\d+\b/g, ':#')}`;
const componentKey = (c: Component): string => `${c.type}\u0000${c.name.toLowerCase()}`;

/** What a pull request changed: head against base. */
export function compareReports(base: Report, head: Report): ReportChanges {
  const baseKeys = new Set(base.findings.map(findingKey));
  const headKeys = new Set(head.findings.map(findingKey));
  const findings = head.findings.map((f) => ({ ...f, new: !baseKeys.has(findingKey(f)) }));
  const fixed = base.findings.filter((f) => !headKeys.has(findingKey(f)));
  const layers = LAYER_NAMES.filter((l) => base.layers[l].status !== head.layers[l].status).map((layer) => ({
    layer,
    from: base.layers[layer].status,
    to: head.layers[layer].status,
  }));
  const verdict = base.verdict === head.verdict ? null : { from: base.verdict, to: head.verdict };
  const interesting = (c: Component): boolean => c.type !== 'dependency' || c.status === 'closed';
  const baseComponents = new Set(base.components.map(componentKey));
  const headComponents = new Set(head.components.map(componentKey));
  return {
    findings,
    fixed,
    layers,
    verdict,
    addedComponents: head.components.filter((c) => interesting(c) && !baseComponents.has(componentKey(c))),
    removedComponents: base.components.filter((c) => interesting(c) && !headComponents.has(componentKey(c))),
  };
}

/** With no base to compare with, every finding counts as new and nothing else changed. */
export function withoutBase(head: Report): ReportChanges {
  return {
    findings: head.findings.map((f) => ({ ...f, new: true })),
    fixed: [],
    layers: [],
    verdict: null,
    addedComponents: [],
    removedComponents: [],
  };
}

/** True when the pull request changed anything about the project's AI openness. */
export function changesAnything(c: ReportChanges): boolean {
  return (
    c.layers.length > 0 ||
    c.verdict !== null ||
    c.fixed.length > 0 ||
    c.findings.some((f) => f.new) ||
    c.addedComponents.some((x) => x.type !== 'licence') ||
    c.removedComponents.some((x) => x.type !== 'licence')
  );
}
