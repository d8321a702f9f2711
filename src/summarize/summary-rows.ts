// Many reports (one per repository) as rows of one table: what an open-source programme
// office needs to audit an organisation. Reports are untrusted input: a file that is not a
// report becomes a row that says so, and the rest go on.

import fs from 'node:fs';
import path from 'node:path';
import { lookupExpression } from '../knowledge/licences/catalogue.js';
import {
  LAYER_NAMES,
  SCHEMA_VERSION,
  type LayerName,
  type LayerStatus,
  type Report,
  type Verdict,
} from '../types/report.js';

export interface SummaryRow {
  repository: string;
  /** Where the report was read from. */
  file: string;
  verdict: Verdict | 'unreadable';
  layers: Partial<Record<LayerName, LayerStatus>>;
  mislabelled: boolean;
  /** Restricted licences in force on any layer, by name. */
  restricted: string[];
  /** What those licences ask of users (the obligation findings). */
  obligations: string[];
  /** Why the file could not be summarised, for an unreadable one. */
  problem?: string;
}

/** Largest report read; a real one is far smaller. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
const GENERIC_NAMES = new Set(['ai-openness-report.json', 'report.json']);

/** The repository a report is about: its own field, else the file's name (or folder, for a generic name). */
function repositoryLabel(file: string, report?: Partial<Report>): string {
  if (typeof report?.repository === 'string' && report.repository) return report.repository;
  const base = path.basename(file);
  if (GENERIC_NAMES.has(base)) return path.basename(path.dirname(path.resolve(file)));
  return base.replace(/\.json$/i, '');
}

function looksLikeReport(v: unknown): v is Report {
  if (!v || typeof v !== 'object') return false;
  const r = v as Partial<Report>;
  return (
    r.schemaVersion === SCHEMA_VERSION &&
    typeof r.verdict === 'string' &&
    !!r.layers &&
    typeof r.layers === 'object' &&
    LAYER_NAMES.every(
      (n) => typeof r.layers?.[n]?.status === 'string' && Array.isArray(r.layers[n].licences),
    ) &&
    Array.isArray(r.findings)
  );
}

export function rowOf(file: string, report: Report): SummaryRow {
  const restricted = new Set<string>();
  for (const n of LAYER_NAMES) {
    for (const id of report.layers[n].licences) {
      if (typeof id !== 'string') continue;
      const facts = lookupExpression(id);
      if (facts.category === 'restricted')
        for (const p of facts.parts) if (p.category === 'restricted') restricted.add(p.name);
    }
  }
  const findings = report.findings.filter((f) => f && typeof f.message === 'string');
  return {
    repository: repositoryLabel(file, report),
    file,
    verdict: report.verdict,
    layers: Object.fromEntries(LAYER_NAMES.map((n) => [n, report.layers[n].status])),
    mislabelled: findings.some((f) => f.rule === 'mislabelled-open-source' && f.severity === 'error'),
    restricted: [...restricted],
    obligations: findings.filter((f) => f.rule === 'obligation').map((f) => f.message),
  };
}

/** One row per file; a file that cannot be read or is not a report is a row with its problem. */
export function readSummaryRows(files: readonly string[]): SummaryRow[] {
  return files.map((file) => {
    const unreadable = (problem: string): SummaryRow => ({
      repository: repositoryLabel(file),
      file,
      verdict: 'unreadable',
      layers: {},
      mislabelled: false,
      restricted: [],
      obligations: [],
      problem,
    });
    let text: string;
    try {
      const size = fs.statSync(file).size;
      if (size > MAX_REPORT_BYTES) return unreadable(`larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB`);
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      return unreadable(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return unreadable('is not JSON');
    }
    if (!looksLikeReport(value))
      return unreadable(`is not an ai-openness report (schemaVersion ${SCHEMA_VERSION})`);
    return rowOf(file, value);
  });
}
