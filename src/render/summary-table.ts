// The org-wide audit: summary rows as one Markdown table, or as CSV for a spreadsheet.

import type { SummaryRow } from '../summarize/summary-rows.js';
import { LAYER_NAMES } from '../types/report.js';
import { md } from './markdown-escape.js';
import { CONTROL_CHARS } from './control-chars.js';
import { STATUS_MARKERS } from './markdown.js';

const HEADERS = [
  'repository',
  'verdict',
  ...LAYER_NAMES,
  'mislabelled',
  'restricted licences',
  'obligations',
];

export function renderSummaryMarkdown(rows: readonly SummaryRow[]): string {
  const mislabelled = rows.filter((r) => r.mislabelled).length;
  const open = rows.filter((r) => r.verdict === 'open-source-ai').length;
  const unreadable = rows.filter((r) => r.verdict === 'unreadable').length;
  const out = [
    '### AI openness across repositories',
    '',
    `${rows.length} reports: ${open} open source AI, ${mislabelled} labelled open source AI but not${unreadable ? `, ${unreadable} unreadable` : ''}.`,
    '',
    `| ${HEADERS.map((h) => h[0]?.toUpperCase() + h.slice(1)).join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
  ];
  for (const r of rows) {
    if (r.problem) {
      out.push(
        `| ${md(r.repository, 120)} | ⚠️ ${md(`${r.file} ${r.problem}`, 200)} |${LAYER_NAMES.map(() => ' — |').join('')} — | — | — |`,
      );
      continue;
    }
    const layers = LAYER_NAMES.map((n) => {
      const s = r.layers[n];
      return s ? STATUS_MARKERS[s] : '—';
    });
    out.push(
      `| ${md(r.repository, 120)} | ${md(r.verdict)} | ${layers.join(' | ')} | ${r.mislabelled ? '❌ yes' : 'no'} | ${r.restricted.length ? r.restricted.map((l) => md(l, 80)).join(', ') : '—'} | ${r.obligations.length ? r.obligations.map((o) => md(o, 300)).join('<br>') : '—'} |`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** A CSV field: quoted when it must be, and never read as a formula by a spreadsheet. */
function csvField(value: string): string {
  let v = value.replace(CONTROL_CHARS, '');
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function renderSummaryCsv(rows: readonly SummaryRow[]): string {
  const lines = [HEADERS.map(csvField).join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.repository,
        r.problem ? `unreadable: ${r.problem}` : r.verdict,
        ...LAYER_NAMES.map((n) => r.layers[n] ?? ''),
        r.problem ? '' : r.mislabelled ? 'yes' : 'no',
        r.restricted.join('; '),
        r.obligations.join(' | '),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
