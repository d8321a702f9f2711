import type {
  Component,
  Finding,
  LayerName,
  LayerStatus,
  Report,
  Severity,
  Verdict,
} from '../types/report.js';
import { LAYER_NAMES } from '../types/report.js';
import { md, mdCode } from './markdown-escape.js';
import { uriPath } from '../util/uri-path.js';
import { subjectSummary, type PartGroup } from './subject-summary.js';

export interface MarkdownOptions {
  /**
   * Base of file links, e.g. "https://github.com/owner/repo/blob/<sha>". Without it,
   * locations are printed as code, not links.
   */
  linkBase?: string;
  /** Most evidence rows in the collapsed section. */
  maxEvidenceRows?: number;
}

export const LAYER_TITLES: Record<LayerName, string> = {
  code: 'Code',
  architecture: 'Architecture',
  data: 'Training data',
  weights: 'Weights',
};

// A marker plus the word: the status never rests on colour alone.
export const STATUS_MARKERS: Record<LayerStatus, string> = {
  open: '🟢 open',
  restricted: '🟡 restricted',
  closed: '🔴 closed',
  unknown: '⚪ unknown',
  absent: '➖ absent',
};

const VERDICT_HEADLINES: Record<Verdict, string> = {
  'open-source-ai': '🟢 Open source AI',
  'open-weights': '🟡 Open weights, not open source AI',
  restricted: '🟡 Restricted: usable under terms that are not open source',
  closed: '🔴 Closed: at least one AI layer is not available',
  unknown: '⚪ Openness cannot be confirmed',
  'not-ai': '➖ No AI components found',
};

const SEVERITY_MARKERS: Record<Severity, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice',
};

/** A location as a link into the repository (or code when there is no link base). */
export function locationLink(
  file: string,
  line: number | undefined,
  linkBase?: string,
  inTable = false,
): string {
  const label = line ? `${file}:${line}` : file;
  if (!linkBase) return mdCode(label, 200, inTable);
  const href = `${linkBase}/${uriPath(file)}${line ? `#L${line}` : ''}`;
  return `[${md(label, 200)}](${href})`;
}

function layerTable(report: Report): string[] {
  const rows = ['| Layer | Status | Licence | Why |', '|---|---|---|---|'];
  for (const name of LAYER_NAMES) {
    const layer = report.layers[name];
    const licences = layer.licences.length ? layer.licences.map((l) => md(l, 80)).join(', ') : '—';
    rows.push(
      `| ${LAYER_TITLES[name]} | ${STATUS_MARKERS[layer.status]} | ${licences} | ${md(layer.reasons[0] ?? '', 200)} |`,
    );
  }
  return rows;
}

function findingLine(f: Finding, options: MarkdownOptions): string {
  const where = f.file ? ` ${locationLink(f.file, f.line, options.linkBase)}` : '';
  const isNew = f.new ? ' **new**' : '';
  return `- ${SEVERITY_MARKERS[f.severity]}${isNew} ${mdCode(f.rule)}${where}: ${md(f.message, 1000)}`;
}

function evidenceSection(components: readonly Component[], options: MarkdownOptions): string[] {
  if (components.length === 0) return [];
  const max = options.maxEvidenceRows ?? 100;
  const rows = components.slice(0, max).map((c) => {
    const first = c.locations[0];
    const where = first ? locationLink(first.file, first.line || undefined, options.linkBase, true) : '';
    const more = c.locations.length > 1 ? ` (+${c.locations.length - 1})` : '';
    const role = c.role ? `${c.role}${c.graded ? '' : ' (not graded)'}` : '—';
    return `| ${c.type} | ${md(c.name, 120)} | ${c.licence ? md(c.licence, 80) : '—'} | ${STATUS_MARKERS[c.status]} | ${role} | ${where}${more} |`;
  });
  const cut = components.length > max ? [``, `${components.length - max} more in the JSON report.`] : [];
  return [
    '',
    `<details><summary>Evidence (${components.length} components)</summary>`,
    '',
    '| Type | Name | Licence | Status | Role | Where |',
    '|---|---|---|---|---|---|',
    ...rows,
    ...cut,
    '',
    '</details>',
  ];
}

/** "own `a` (🟢 open), `b` (🟡 restricted) · runtime `c` (🔴 closed)". */
function partGroups(groups: readonly PartGroup[]): string {
  return groups
    .map((g) => {
      const parts = g.parts.map((p) => `${mdCode(p.name, 100)} (${STATUS_MARKERS[p.status]})`).join(', ');
      return `${g.label}: ${parts}${g.more ? ` and ${g.more} more` : ''}`;
    })
    .join(' · ');
}

/** What the verdict is about, in one line, and what else is present but not graded. */
export function subjectLines(report: Report): string[] {
  const about = subjectSummary(report);
  const graded = about.graded.length
    ? partGroups(about.graded)
    : 'no model: the project neither ships nor runs one';
  const lines = [`**Graded** (${md(about.kind)} ${mdCode(about.name, 120)}): ${graded}`];
  if (about.notGraded.length) lines.push('', `**Also present, not graded:** ${partGroups(about.notGraded)}`);
  return lines;
}

/** The report as Markdown: headline, layer table, findings, obligations, and the evidence folded away. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out: string[] = [`### ${VERDICT_HEADLINES[report.verdict]}`, ''];
  out.push(...subjectLines(report), '');
  out.push(...layerTable(report), '');
  const mof = report.mof.class ? `Class ${report.mof.class}` : 'no class';
  out.push(
    `OSI Open Source AI Definition 1.0: **${report.osaid.result}** · Model Openness Framework: **${mof}**`,
  );

  const problems = report.findings.filter((f) => f.rule !== 'obligation');
  const obligations = report.findings.filter((f) => f.rule === 'obligation');
  if (problems.length) {
    out.push('', '#### Findings', '', ...problems.map((f) => findingLine(f, options)));
  }
  if (obligations.length) {
    out.push('', '#### Obligations', '', ...obligations.map((f) => `- ${md(f.message, 1000)}`));
  }
  if (report.warnings.length) {
    const shown = report.warnings.slice(0, 20).map((w) => {
      const where = w.file ? `${locationLink(w.file, w.line, options.linkBase)}: ` : '';
      return `- ${where}${md(w.message, 300)}`;
    });
    const more =
      report.warnings.length > 20 ? [`- … and ${report.warnings.length - 20} more in the JSON report`] : [];
    out.push(
      '',
      `<details><summary>Scan warnings (${report.warnings.length})</summary>`,
      '',
      ...shown,
      ...more,
      '',
      '</details>',
    );
  }
  out.push(...evidenceSection(report.components, options));
  return `${out.join('\n')}\n`;
}
