import type { Component, LayerStatus, Report } from '../types/report.js';
import { LAYER_NAMES } from '../types/report.js';
import { NO_COLOURS, terminalSafe as safe, type Palette } from './terminal-text.js';
import { subjectSummary, type PartGroup } from './subject-summary.js';

/** "own: a (open), b (restricted) · runtime: c (closed)". */
function partGroups(groups: readonly PartGroup[]): string {
  return groups
    .map((g) => {
      const parts = g.parts.map((p) => `${safe(p.name, 100)} (${p.status})`).join(', ');
      return `${g.label}: ${parts}${g.more ? ` and ${g.more} more` : ''}`;
    })
    .join(' · ');
}

const MAX_LOCATIONS = 3;

function statusColour(p: Palette, status: LayerStatus): (s: string) => string {
  switch (status) {
    case 'open':
      return p.green;
    case 'restricted':
      return p.yellow;
    case 'closed':
      return p.red;
    default:
      return p.dim;
  }
}

function where(c: Component): string {
  const shown = c.locations.slice(0, MAX_LOCATIONS).map((l) => (l.line > 0 ? `${l.file}:${l.line}` : l.file));
  const more = c.locations.length - shown.length;
  return safe(shown.join(', ') + (more > 0 ? ` (+${more} more)` : ''), 400);
}

/** A report for people at a terminal: verdict, layers, what was found and where, warnings. */
export function renderText(report: Report, palette: Palette = NO_COLOURS): string {
  const p = palette;
  const out: string[] = [];
  const count = (sev: string): number =>
    report.findings.filter((f) => f.severity === sev && f.rule !== 'obligation').length;
  const tally = [`${count('error')} error(s)`, `${count('warning')} warning(s)`].join(', ');
  out.push(`${p.bold('AI openness')}: ${p.bold(report.verdict)}  ${p.dim(`(${tally})`)}`);
  const about = subjectSummary(report);
  out.push(`  About: ${about.kind} "${safe(about.name, 120)}"`);
  out.push(
    `  Graded: ${about.graded.length ? partGroups(about.graded) : 'no model: the project neither ships nor runs one'}`,
  );
  if (about.notGraded.length) out.push(`  Also present, not graded: ${partGroups(about.notGraded)}`);
  out.push('');
  for (const name of LAYER_NAMES) {
    const layer = report.layers[name];
    const licences = layer.licences.length ? ` (${layer.licences.map((l) => safe(l, 80)).join(', ')})` : '';
    out.push(`  ${name.padEnd(13)} ${statusColour(p, layer.status)(layer.status.padEnd(10))}${licences}`);
    for (const reason of layer.reasons.slice(0, 2)) out.push(`  ${''.padEnd(13)} ${p.dim(safe(reason))}`);
  }
  out.push(`  OSI Open Source AI Definition: ${report.osaid.result}`);

  if (report.findings.length) {
    out.push('', p.bold('Findings'));
    for (const f of report.findings) {
      const colour = f.severity === 'error' ? p.red : f.severity === 'warning' ? p.yellow : p.blue;
      const loc = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
      const at = loc && !f.message.startsWith(loc) ? ` ${loc}` : '';
      out.push(`  ${colour(f.severity)}${safe(at)} ${safe(f.message, 1200)} ${p.dim(`[${f.rule}]`)}`);
    }
  }

  if (report.claims.length) {
    out.push('', p.bold('Openness claims'));
    for (const c of report.claims)
      out.push(`  ${safe(`${c.file}:${c.line}`)} ${c.kind}: "${safe(c.text, 160)}"`);
  }

  const groups: [string, Component['type'][]][] = [
    ['Licences', ['licence']],
    ['Models', ['model']],
    ['Datasets', ['dataset']],
    ['Hosted APIs', ['api']],
    ['Cards', ['model-card', 'dataset-card']],
    ['Weights files', ['weights-file']],
  ];
  for (const [title, types] of groups) {
    const items = report.components.filter((c) => types.includes(c.type));
    if (!items.length) continue;
    out.push('', p.bold(title));
    for (const c of items) {
      const licence = c.licence && c.type !== 'licence' ? ` [${safe(c.licence, 80)}]` : '';
      out.push(`  ${safe(c.name, 120)}${licence} ${p.dim(`at ${where(c)}`)}`);
    }
  }
  const deps = report.components.filter((c) => c.type === 'dependency');
  if (deps.length) {
    const ai = deps.filter((d) => !(d.detail ?? '').endsWith(', other'));
    out.push(
      '',
      `${p.bold('Dependencies')}: ${deps.length}, of which AI-related: ${ai.map((d) => safe(d.name, 60)).join(', ') || 'none'}`,
    );
  }

  if (report.warnings.length) {
    out.push('', p.bold(`Warnings (${report.warnings.length})`));
    for (const w of report.warnings.slice(0, 50))
      out.push(`  ${p.yellow('!')} ${safe(w.file ?? '(scan)')}: ${safe(w.message)}`);
    if (report.warnings.length > 50)
      out.push(`  ... and ${report.warnings.length - 50} more (see --format json)`);
  }
  const s = report.stats;
  const threads = s.threads > 1 ? ` on ${s.threads} threads` : '';
  out.push('', p.dim(`${s.filesSeen} files listed, ${s.filesRead} read, in ${s.durationMs} ms${threads}`));
  return `${out.join('\n')}\n`;
}
