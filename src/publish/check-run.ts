import type { Finding, Report } from '../types/report.js';
import type { Annotation } from './annotations.js';
import { acceptedBy, type Acceptance } from '../bot/acceptance.js';

export const ANNOTATIONS_PER_REQUEST = 50;
const MAX_SUMMARY = 65_535;

export type Conclusion = 'success' | 'neutral' | 'failure';

export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations: {
    path: string;
    start_line: number;
    end_line: number;
    annotation_level: 'failure' | 'warning' | 'notice';
    title: string;
    message: string;
  }[];
}

/** failure when the policy trips (unless warn-only), neutral when there are problems, success otherwise. */
export function conclusionOf(failing: boolean, warnOnly: boolean, findings: readonly Finding[]): Conclusion {
  if (failing && !warnOnly) return 'failure';
  if (failing || findings.some((f) => f.severity !== 'notice' && f.rule !== 'obligation')) return 'neutral';
  return 'success';
}

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

/** Check-run outputs: the first carries the summary and 50 annotations; each later one 50 more. */
export function checkRunOutputs(
  report: Report,
  summaryMarkdown: string,
  annotations: readonly Annotation[],
  acceptance: Acceptance | null = null,
): CheckRunOutput[] {
  const title = `AI openness: ${report.verdict}${acceptance ? `, ${acceptedBy(acceptance, 120, true)}` : ''}`;
  const lead = acceptance
    ? `**Findings ${acceptedBy(acceptance, 300)}** (for commit \`${acceptance.sha.slice(0, 12)}\`; a new commit ends the acceptance).\n\n`
    : '';
  const full = lead + summaryMarkdown;
  const summary = full.length > MAX_SUMMARY ? `${full.slice(0, MAX_SUMMARY - 20)}\n\n… (cut)` : full;
  const all = annotations.map((a) => ({
    path: a.file,
    start_line: a.line,
    end_line: a.line,
    annotation_level: LEVEL[a.severity],
    title: a.title,
    message: a.message,
  }));
  const outputs: CheckRunOutput[] = [];
  for (let i = 0; i === 0 || i < all.length; i += ANNOTATIONS_PER_REQUEST) {
    outputs.push({ title, summary, annotations: all.slice(i, i + ANNOTATIONS_PER_REQUEST) });
  }
  return outputs;
}
