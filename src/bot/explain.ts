// `/ai-openness explain <layer|component>`: the evidence chain behind one layer or one
// component, as a reply. Everything comes from the report; every repository string is escaped.

import type { Component, Finding, LayerName, Report } from '../types/report.js';
import type { Location } from '../types/evidence.js';
import { LAYER_NAMES } from '../types/report.js';
import { LAYER_TITLES, STATUS_MARKERS, locationLink } from '../render/markdown.js';
import { md, mdCode } from '../render/markdown-escape.js';
import { ownEntry } from '../util/own-entry.js';

/** Words people use for a layer, each to its name. */
const LAYER_WORDS: Record<string, LayerName> = {
  code: 'code',
  source: 'code',
  architecture: 'architecture',
  arch: 'architecture',
  model: 'architecture',
  data: 'data',
  'training data': 'data',
  'training-data': 'data',
  dataset: 'data',
  datasets: 'data',
  weights: 'weights',
  weight: 'weights',
  parameters: 'weights',
};

const AI_TYPES = new Set<Component['type']>([
  'model',
  'dataset',
  'api',
  'model-card',
  'dataset-card',
  'weights-file',
]);
const MAX_ROWS = 15;
const MAX_PLACES = 5;

const key = (l: Location): string => `${l.file}:${l.line}`;

function places(locations: readonly Location[], linkBase?: string): string {
  const shown = locations
    .slice(0, MAX_PLACES)
    .map((l) => locationLink(l.file, l.line || undefined, linkBase));
  const more = locations.length > MAX_PLACES ? ` and ${locations.length - MAX_PLACES} more` : '';
  return shown.length ? `${shown.join(', ')}${more}` : '—';
}

/** "runtime: used in the project's code at serve.py:3, graded". */
function roleLine(c: Component): string {
  if (!c.role) return c.graded === false ? 'not graded' : '';
  const why = c.roleReason ? `: ${md(c.roleReason, 200)}` : '';
  return `${c.own ? 'own, ' : ''}${c.role}${why}; ${c.graded ? 'grades the layers' : 'not graded'}`;
}

function licenceLine(c: Component): string {
  return `${c.licence ? mdCode(c.licence, 80) : 'no licence found'} (${STATUS_MARKERS[c.status]})`;
}

function findingLines(findings: readonly Finding[], linkBase?: string): string[] {
  return findings.slice(0, MAX_ROWS).map((f) => {
    const where = f.file ? ` ${locationLink(f.file, f.line, linkBase)}` : '';
    return `- ${mdCode(f.rule)}${where}: ${md(f.message, 600)}`;
  });
}

/** The components whose places are this layer's evidence: what the grade rests on. */
function layerParts(report: Report, layer: LayerName): Component[] {
  const evidence = new Set(report.layers[layer].evidence.map(key));
  return report.components.filter((c) => c.locations.some((l) => evidence.has(key(l))));
}

function componentRow(c: Component, linkBase?: string): string {
  const role = roleLine(c);
  return `- ${c.type} ${mdCode(c.name, 120)}: ${licenceLine(c)}${role ? `; ${role}` : ''}; at ${places(c.locations, linkBase)}`;
}

export function explainLayer(report: Report, layer: LayerName, linkBase?: string): string {
  const l = report.layers[layer];
  const out = [`#### ${LAYER_TITLES[layer]}: ${STATUS_MARKERS[l.status]}`, ''];
  out.push(
    `**Licences:** ${l.licences.length ? l.licences.map((x) => mdCode(x, 80)).join(', ') : 'none found'}`,
  );
  if (l.reasons.length)
    out.push('', '**Why:**', ...l.reasons.slice(0, MAX_ROWS).map((r) => `- ${md(r, 400)}`));
  const parts = layerParts(report, layer);
  const graded = parts.filter((c) => c.graded !== false);
  if (graded.length) {
    out.push(
      '',
      '**What the grade rests on** (licence, role, where):',
      ...graded.slice(0, MAX_ROWS).map((c) => componentRow(c, linkBase)),
    );
    if (graded.length > MAX_ROWS) out.push(`- … and ${graded.length - MAX_ROWS} more in the JSON report`);
  } else if (l.evidence.length) {
    out.push('', `**Evidence:** ${places(l.evidence, linkBase)}`);
  }
  const bases = report.components.filter((c) => c.role === 'base');
  if (bases.length && layer !== 'code')
    out.push(
      '',
      `**Base models** (their terms carry over): ${bases
        .slice(0, MAX_ROWS)
        .map((c) => `${mdCode(c.name, 120)} ${licenceLine(c)}`)
        .join(', ')}`,
    );
  const findings = report.findings.filter((f) => f.layer === layer);
  if (findings.length) out.push('', '**Findings on this layer:**', ...findingLines(findings, linkBase));
  const notGraded = report.components.filter((c) => AI_TYPES.has(c.type) && c.graded === false);
  if (notGraded.length && layer !== 'code') {
    const names = notGraded.slice(0, 8).map((c) => `${mdCode(c.name, 80)} (${c.role ?? 'not graded'})`);
    out.push(
      '',
      `**Named but not graded** (not what the project is built on): ${names.join(', ')}${notGraded.length > 8 ? ` and ${notGraded.length - 8} more` : ''}`,
    );
  }
  return out.join('\n');
}

export function explainComponent(report: Report, c: Component, linkBase?: string): string {
  const out = [`#### ${c.type} ${mdCode(c.name, 160)}`, ''];
  out.push(`- **Licence:** ${licenceLine(c)}`);
  if (c.detail) out.push(`- **Found as:** ${md(c.detail, 300)}`);
  const role = roleLine(c);
  if (role) out.push(`- **Role:** ${role}`);
  out.push(`- **Where:** ${places(c.locations, linkBase)}`);
  const mine = new Set(c.locations.map(key));
  const layers = LAYER_NAMES.filter((n) => report.layers[n].evidence.some((l) => mine.has(key(l))));
  if (layers.length)
    out.push(
      `- **Evidence for:** ${layers.map((n) => `${LAYER_TITLES[n].toLowerCase()} (${STATUS_MARKERS[report.layers[n].status]})`).join(', ')}`,
    );
  if (c.role !== 'base') {
    const bases = report.components.filter((b) => b.role === 'base' && b !== c);
    if (bases.length && c.role === 'own')
      out.push(
        `- **Base models:** ${bases
          .slice(0, MAX_ROWS)
          .map((b) => `${mdCode(b.name, 120)} ${licenceLine(b)}`)
          .join(', ')}`,
      );
  }
  const lower = c.name.toLowerCase();
  const findings = report.findings.filter(
    (f) =>
      f.message.toLowerCase().includes(lower) || (f.file !== undefined && mine.has(`${f.file}:${f.line}`)),
  );
  if (findings.length) out.push('', '**Findings that name it:**', ...findingLines(findings, linkBase));
  return out.join('\n');
}

export type ExplainTarget =
  | { kind: 'layer'; layer: LayerName }
  | { kind: 'component'; component: Component }
  | { kind: 'ambiguous'; candidates: Component[] }
  | { kind: 'none' };

/** A layer word, else a component by its exact name, else the one component whose name contains the words. */
export function findExplainTarget(report: Report, query: string): ExplainTarget {
  const q = query
    .trim()
    .replace(/^[`"']+|[`"']+$/g, '')
    .toLowerCase();
  if (!q) return { kind: 'none' };
  const layer = ownEntry(LAYER_WORDS, q);
  if (layer) return { kind: 'layer', layer };
  const exact = report.components.filter((c) => c.name.toLowerCase() === q);
  const pick = (list: Component[]): Component[] => {
    const ai = list.filter((c) => AI_TYPES.has(c.type));
    return ai.length ? ai : list;
  };
  const exactPick = pick(exact);
  if (exactPick.length === 1 && exactPick[0]) return { kind: 'component', component: exactPick[0] };
  const partial = pick(report.components.filter((c) => c.name.toLowerCase().includes(q)));
  if (exactPick.length > 1) return { kind: 'ambiguous', candidates: exactPick };
  if (partial.length === 1 && partial[0]) return { kind: 'component', component: partial[0] };
  if (partial.length > 1) return { kind: 'ambiguous', candidates: partial };
  return { kind: 'none' };
}

/** The reply body for an explain command. */
export function explainReply(
  report: Report,
  query: string,
  linkBase?: string,
): { body: string; found: boolean } {
  const target = findExplainTarget(report, query);
  if (target.kind === 'layer') return { body: explainLayer(report, target.layer, linkBase), found: true };
  if (target.kind === 'component')
    return { body: explainComponent(report, target.component, linkBase), found: true };
  const known = report.components
    .filter((c) => AI_TYPES.has(c.type))
    .slice(0, 12)
    .map((c) => mdCode(c.name, 80));
  const lead =
    target.kind === 'ambiguous'
      ? `${mdCode(query, 80)} matches ${target.candidates.length} components: ${target.candidates
          .slice(0, 12)
          .map((c) => mdCode(c.name, 80))
          .join(', ')}. Give the full name.`
      : `Nothing in this report is called ${mdCode(query || ' ', 80)}.`;
  const hint = `Ask for a layer (${LAYER_NAMES.map((n) => mdCode(n)).join(', ')})${known.length ? ` or a component: ${known.join(', ')}` : ''}.`;
  return { body: `${lead} ${hint}`, found: false };
}
