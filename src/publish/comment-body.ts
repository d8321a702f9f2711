import type { Component, Finding, Report } from '../types/report.js';
import type { ReportChanges } from '../report/compare.js';
import { renderMarkdown, type MarkdownOptions } from '../render/markdown.js';
import { md, mdCode } from '../render/markdown-escape.js';
import type { SettingChange } from '../config/policy-changes.js';

/** Hidden marker that finds our comment again (with our bot as the author). */
export const COMMENT_MARKER = '<!-- ai-openness-check:pr-comment -->';
/** GitHub rejects comment bodies over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536;

export interface CommentContext {
  linkBase?: string;
  /** Where the full report is (the job summary), for a cut comment. */
  summaryUrl?: string;
  /** Why there is no comparison with the base, when there is none. */
  noBaseReason?: string;
  /** Settings the pull request's own config file changes (it judges the PR under pull_request). */
  policyChanges?: readonly SettingChange[];
  configFile?: string;
}

const isProblem = (f: Finding): boolean => f.rule !== 'obligation' && f.severity !== 'notice';

function quoteClaim(report: Report, f: Finding): string {
  const claim = report.claims.find((c) => c.file === f.file && c.line === f.line);
  const text = claim ? claim.text : f.message;
  return `${mdCode(`${f.file}:${f.line}`)} ${f.new ? 'says' : 'still says'} "${md(text, 120)}"`;
}

/** A model, dataset or API the code brings in (not a name in prose, not a config or modelling code). */
function isReference(c: Component): boolean {
  if (c.type !== 'model' && c.type !== 'dataset' && c.type !== 'api') return false;
  const detail = c.detail ?? '';
  return detail !== 'prose' && !detail.startsWith('architecture from');
}

/** The opening sentence: what this pull request changed about the project's openness. */
export function changeLead(report: Report, changes: ReportChanges | null, ctx: CommentContext): string {
  const parts: string[] = [];
  if (!changes) {
    parts.push(
      `No comparison with the base commit${ctx.noBaseReason ? ` (${md(ctx.noBaseReason, 200)})` : ''}.`,
    );
  } else {
    const added = changes.addedComponents.filter(isReference);
    const removed = changes.removedComponents.filter(isReference);
    const clauses: string[] = [];
    if (added.length)
      clauses.push(
        `adds ${added
          .slice(0, 5)
          .map((c) => mdCode(c.name, 100))
          .join(', ')}`,
      );
    if (removed.length)
      clauses.push(
        `removes ${removed
          .slice(0, 5)
          .map((c) => mdCode(c.name, 100))
          .join(', ')}`,
      );
    const layerClauses = changes.layers.map((l) => `the ${l.layer} layer goes from ${l.from} to ${l.to}`);
    if (clauses.length || layerClauses.length) {
      parts.push(`This PR ${[...clauses, ...layerClauses].join('; ')}.`);
    } else {
      parts.push("This PR does not change the project's AI openness.");
    }
    if (changes.fixed.length) parts.push(`It fixes ${changes.fixed.length} earlier finding(s).`);
  }
  const moved = ctx.policyChanges ?? [];
  if (moved.length) {
    const list = moved
      .slice(0, 6)
      .map((c) => `${mdCode(c.key)} from ${mdCode(c.from, 80)} to ${mdCode(c.to, 80)}`)
      .join('; ');
    const more = moved.length > 6 ? ` and ${moved.length - 6} more` : '';
    parts.push(
      `⚠️ It also changes the policy that judges it, in ${mdCode(ctx.configFile ?? 'the config file', 120)}: ${list}${more}. This check applies the PR's version.`,
    );
  }
  const claims = report.findings.filter(
    (f) => f.rule === 'mislabelled-open-source' && f.severity === 'error' && f.file,
  );
  if (claims.length)
    parts.push(
      `${claims
        .slice(0, 3)
        .map((f) => quoteClaim(report, f))
        .join('; ')}.`,
    );
  return parts.join(' ');
}

/** The full comment: marker, the change, then the report, cut to GitHub's limit with a pointer to the summary. */
export function buildCommentBody(
  report: Report,
  changes: ReportChanges | null,
  ctx: CommentContext = {},
): string {
  const head = `${COMMENT_MARKER}\n${changeLead(report, changes, ctx)}\n\n`;
  const options: MarkdownOptions = { linkBase: ctx.linkBase };
  let body = head + renderMarkdown(report, options);
  if (body.length <= MAX_COMMENT_CHARS) return body;
  body = head + renderMarkdown(report, { ...options, maxEvidenceRows: 20 });
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const pointer = `\n\n… cut to fit GitHub's comment limit. The full report is in the ${ctx.summaryUrl ? `[job summary](${ctx.summaryUrl})` : 'job summary'} and the JSON report file.`;
  const room = MAX_COMMENT_CHARS - pointer.length;
  const closing = '\n\n</details>';
  let cut = body.slice(0, room - closing.length);
  // Cut at a line break so no Markdown construct is left half-open mid-line, and close a
  // folded section the cut fell into, so the pointer stays visible.
  cut = cut.slice(0, Math.max(cut.lastIndexOf('\n'), 0));
  const open = cut.split('<details>').length - cut.split('</details>').length;
  return cut + (open > 0 ? closing : '') + pointer;
}

/** True when the report has something a reviewer must act on. */
export function hasProblems(report: Report): boolean {
  return report.findings.some(isProblem);
}

/** A short body for a comment whose earlier problems are all fixed: never leave a stale failure. */
export function buildResolvedBody(report: Report): string {
  return `${COMMENT_MARKER}\n### ✅ AI openness: earlier findings resolved\n\nNo openness problems remain in this pull request. Verdict: **${report.verdict}**; OSI Open Source AI Definition: **${report.osaid.result}**.\n`;
}
