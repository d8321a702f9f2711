import type { Component, LayerStatus, Report, Role, SubjectKind } from '../types/report.js';
import { ROLE_LABEL, ROLE_ORDER } from '../roles/role.js';

// What the verdict is about, and what else is present but not graded, as plain data that
// the text and Markdown renderers both print (each escaping in its own way).

const SUBJECT_WORDS: Record<SubjectKind, string> = {
  'model-release': 'model release',
  'fine-tune': 'fine-tune',
  'training-code': 'training code',
  application: 'application',
  runtime: 'runtime',
  framework: 'framework',
  'eval-harness': 'evaluation harness',
  dataset: 'dataset',
  sdk: 'SDK',
  'not-ai': 'not an AI project',
};

export interface PartGroup {
  role: Role;
  label: string;
  parts: { name: string; status: LayerStatus }[];
  /** Parts of this role not shown. */
  more: number;
}

export interface SubjectSummary {
  /** "model release", "application", ... */
  kind: string;
  name: string;
  /** The parts that grade the layers, by role. */
  graded: PartGroup[];
  /** The parts listed but not graded, by role. */
  notGraded: PartGroup[];
}

const MAX_PER_ROLE = 5;

/** Models, datasets and hosted APIs: what a reader calls the AI parts (not licences, cards, modelling code). */
const isAiPart = (c: Component): boolean =>
  c.role !== undefined &&
  (c.type === 'dataset' ||
    c.type === 'api' ||
    (c.type === 'model' && !(c.detail ?? '').startsWith('architecture from')));

function groups(parts: readonly Component[]): PartGroup[] {
  const out: PartGroup[] = [];
  for (const role of ROLE_ORDER) {
    const ofRole = parts.filter((c) => c.role === role);
    if (!ofRole.length) continue;
    out.push({
      role,
      label: ROLE_LABEL[role],
      parts: ofRole.slice(0, MAX_PER_ROLE).map((c) => ({ name: c.name, status: c.status })),
      more: Math.max(0, ofRole.length - MAX_PER_ROLE),
    });
  }
  return out;
}

export function subjectSummary(report: Report): SubjectSummary {
  const parts = report.components.filter(isAiPart);
  return {
    kind: SUBJECT_WORDS[report.subject.kind],
    name: report.subject.name,
    graded: groups(parts.filter((c) => c.graded)),
    notGraded: groups(parts.filter((c) => !c.graded)),
  };
}
