import type { Finding, Report } from '../types/report.js';
import type { AddedLines } from './diff-lines.js';
import { md } from '../render/markdown-escape.js';

export interface InlineComment {
  path: string;
  line: number;
  side: 'RIGHT';
  body: string;
  /** Hidden key that makes re-runs skip a comment already posted on this line for this problem. */
  key: string;
}

const KEY_PREFIX = '<!-- ai-openness-check:inline:';

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h.toString(36);
}

export function inlineKey(rule: string, path: string, subject: string): string {
  return `${KEY_PREFIX}${rule}:${hash(`${path}\u0000${subject}`)} -->`;
}

/** The key an existing review comment carries, if it is one of ours. */
export function keyOf(body: string): string | null {
  const start = body.indexOf(KEY_PREFIX);
  if (start === -1) return null;
  const end = body.indexOf('-->', start);
  return end === -1 ? null : body.slice(start, end + 3);
}

// Findings worth a comment on the line itself: false claims, and evidence that lowers a layer.
const INLINE_RULES = new Set(['mislabelled-open-source', 'licence-conflict']);

/**
 * Review comments for findings on lines this pull request adds or changes: the unsupported
 * claim, or the line that brings in a model, dataset or API that lowers a layer.
 */
export function buildInlineComments(
  report: Report,
  changedLayers: readonly string[],
  added: AddedLines,
): InlineComment[] {
  const out: InlineComment[] = [];
  const seen = new Set<string>();
  const push = (path: string, line: number, subject: string, rule: string, body: string): void => {
    if (!added.get(path)?.has(line)) return;
    const key = inlineKey(rule, path, subject);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path, line, side: 'RIGHT', key, body: `${body}\n\n${key}` });
  };
  for (const f of report.findings as Finding[]) {
    if (!INLINE_RULES.has(f.rule) || !f.file || !f.line || f.severity === 'notice') continue;
    const claim = report.claims.find((c) => c.file === f.file && c.line === f.line);
    push(
      f.file,
      f.line,
      claim?.text ?? f.message,
      f.rule,
      `**ai-openness-check** (${f.rule}): ${md(f.message, 1500)}`,
    );
  }
  // A model, dataset or API added on this line, when the PR lowered that layer.
  if (changedLayers.length) {
    for (const c of report.components) {
      if (
        !['model', 'dataset', 'api'].includes(c.type) ||
        (c.status !== 'restricted' && c.status !== 'closed')
      )
        continue;
      for (const l of c.locations) {
        push(
          l.file,
          l.line,
          `${c.type}:${c.name}`,
          'lowers-layer',
          `**ai-openness-check**: this line brings in ${md(c.name, 150)} (${c.status}), which lowers the ${md(changedLayers.join(', '), 80)} layer(s) of this project.`,
        );
      }
    }
  }
  return out;
}
