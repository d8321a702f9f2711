// The report as SARIF 2.1.0 for GitHub code scanning: one rule per finding rule, one result
// per finding, each at a file and line, with a fingerprint that survives moved lines.
// GitHub's limits (../shared/reference/integrations.md §2.4): 25,000 results per run, 1,024
// characters per rule description; a result needs a location to show.

import crypto from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Report, Severity } from '../types/report.js';
import { RULES, ruleHelpUri, type RuleInfo } from '../judge/rules.js';
import { findingKey } from '../report/compare.js';
import { uriPath } from '../util/uri-path.js';
import { TOOL_VERSION } from '../version.js';
import { CONTROL_CHARS } from './control-chars.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const MAX_RESULTS = 25_000;
const MAX_DESCRIPTION = 1024;
const MAX_MESSAGE = 4000;
/** Our fingerprint's key in partialFingerprints; upload-sarif adds primaryLocationLineHash beside it. */
export const FINGERPRINT_KEY = 'aiOpennessFinding/v1';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' };

const clip = (s: string, max: number): string => {
  const clean = s.replace(CONTROL_CHARS, '');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};

function descriptor(rule: RuleInfo): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: clip(rule.title, MAX_DESCRIPTION) },
    fullDescription: { text: clip(rule.description, MAX_DESCRIPTION) },
    help: {
      text: `${rule.description}\n\nWhat to do: ${rule.fix}`,
      markdown: `${rule.description}\n\n**What to do:** ${rule.fix}\n\n[More about this rule](${ruleHelpUri(rule.id)})`,
    },
    helpUri: ruleHelpUri(rule.id),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: rule.tags,
      precision: 'high',
      'problem.severity': rule.severity === 'notice' ? 'recommendation' : rule.severity,
    },
  };
}

/** Where a finding shows: its own line, else the first evidence of its layer. */
function placeOf(report: Report, f: Finding): { file: string; line: number } | null {
  if (f.file) return { file: f.file, line: Math.max(f.line ?? 1, 1) };
  const first = f.layer ? report.layers[f.layer].evidence[0] : undefined;
  return first ? { file: first.file, line: Math.max(first.line, 1) } : null;
}

/** The same finding in a later run has the same fingerprint: rule, file and wording, numbers aside. */
export function fingerprintOf(f: Finding, file: string): string {
  return crypto
    .createHash('sha256')
    .update(findingKey({ ...f, file }))
    .digest('hex')
    .slice(0, 32);
}

/** The report as a SARIF log. Paths are as the report has them: prefix them first for a subfolder. */
export function renderSarifLog(report: Report): Log {
  const rules = RULES.map(descriptor);
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const results: Result[] = [];
  for (const f of report.findings.slice(0, MAX_RESULTS)) {
    const at = placeOf(report, f);
    const ruleIndex = index.get(f.rule);
    const result: Result = {
      ruleId: f.rule,
      ...(ruleIndex !== undefined ? { ruleIndex } : {}),
      level: LEVEL[f.severity],
      message: { text: clip(f.message, MAX_MESSAGE) },
      ...(f.layer ? { properties: { layer: f.layer } } : {}),
    };
    if (at) {
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: uriPath(at.file) },
            region: { startLine: at.line },
          },
        },
      ];
      result.partialFingerprints = { [FINGERPRINT_KEY]: fingerprintOf(f, at.file) };
    }
    results.push(result);
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ai-openness',
            semanticVersion: TOOL_VERSION,
            informationUri: 'https://github.com/ai-openness-check/ai-openness-check',
            rules,
          },
        },
        results,
        properties: {
          verdict: report.verdict,
          layers: Object.fromEntries(Object.entries(report.layers).map(([k, v]) => [k, v.status])),
          ...(report.findings.length > MAX_RESULTS
            ? { truncated: `${report.findings.length - MAX_RESULTS} findings over GitHub's limit left out` }
            : {}),
        },
      },
    ],
  };
}

export function renderSarif(report: Report): string {
  return `${JSON.stringify(renderSarifLog(report), null, 2)}\n`;
}
