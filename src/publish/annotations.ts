import type { Finding, Severity } from '../types/report.js';

export interface Annotation {
  severity: Severity;
  file: string;
  line: number;
  title: string;
  message: string;
}

/** GitHub shows at most this many annotations of each level per step. */
export const STEP_LIMIT_PER_LEVEL = 10;

const ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Annotations for findings with a location, most important first, within the per-step limits. */
export function pickAnnotations(
  findings: readonly Finding[],
  pathPrefix = '',
  perLevel = STEP_LIMIT_PER_LEVEL,
): Annotation[] {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const out: Annotation[] = [];
  const sorted = [...findings]
    .filter((f) => f.file)
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || Number(b.new ?? false) - Number(a.new ?? false));
  for (const f of sorted) {
    if (counts[f.severity] >= perLevel) continue;
    counts[f.severity]++;
    out.push({
      severity: f.severity,
      file: `${pathPrefix}${f.file}`,
      line: f.line && f.line > 0 ? f.line : 1,
      title: `ai-openness-check: ${f.rule}`,
      message: f.message.slice(0, 4000),
    });
  }
  return out;
}
