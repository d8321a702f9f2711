// The report contract (DESIGN.md, "The report"): what `scan --format json` prints and
// what every renderer and test reads. Fields named there are stable; additions are optional.

import type { ClaimKind, FactSource, Location, ScanWarning } from './evidence.js';

export const SCHEMA_VERSION = 1;

export type LayerName = 'code' | 'architecture' | 'data' | 'weights';
export const LAYER_NAMES: readonly LayerName[] = ['code', 'architecture', 'data', 'weights'];

export type LayerStatus = 'open' | 'restricted' | 'closed' | 'unknown' | 'absent';

export type Verdict = 'open-source-ai' | 'open-weights' | 'restricted' | 'closed' | 'unknown' | 'not-ai';

export interface LayerReport {
  status: LayerStatus;
  licences: string[];
  reasons: string[];
  evidence: Location[];
}

export type ComponentType =
  'model' | 'dataset' | 'api' | 'licence' | 'model-card' | 'dataset-card' | 'weights-file' | 'dependency';

/** What an AI part is to the project (DESIGN.md, "Subject and roles"). */
export type Role =
  'own' | 'base' | 'runtime' | 'optional' | 'evaluation' | 'data-generation' | 'example' | 'test' | 'mention';

export type SubjectKind =
  | 'model-release'
  | 'fine-tune'
  | 'training-code'
  | 'application'
  | 'runtime'
  | 'framework'
  | 'eval-harness'
  | 'dataset'
  | 'sdk'
  | 'not-ai';

/** What the repository is: the AI it makes, ships or runs, which the layers are graded for. */
export interface Subject {
  kind: SubjectKind;
  name: string;
  reasons: string[];
}

/** What a model or dataset card's metadata says, on card components (additive since 0.1). */
export interface CardFacts {
  /** pipeline_tag: the task. */
  task?: string;
  datasets: string[];
  baseModels: string[];
  /** base_model_relation: finetune, adapter, quantized, merge. */
  baseModelRelation?: string;
  licenceName?: string;
  licenceLink?: string;
  library?: string;
  gated: boolean;
  /** Standard sections that have content (not "[More Information Needed]"). */
  sections: string[];
}

export interface Component {
  type: ComponentType;
  name: string;
  licence: string | null;
  status: LayerStatus;
  /** On AI parts (models, datasets, APIs): what the part is to the project. */
  role?: Role;
  /** Why it has that role: "default model in app/config.py:4", "only in tests". */
  roleReason?: string;
  /** True when the part grades the layers (own, base and runtime parts, and roles the policy adds). */
  graded?: boolean;
  /** The project's own model that its code runs: role `runtime`, made by the project all the same. */
  own?: true;
  locations: Location[];
  /** How the component was found (licence match method, reference form, ...). */
  detail?: string;
  confidence?: number;
  /** On model-card and dataset-card components: the card's metadata. */
  card?: CardFacts;
  /** Where a fact not in the repository came from (a dependency licence from the registry service). */
  source?: FactSource;
}

export interface Claim extends Location {
  text: string;
  kind: ClaimKind;
  supported: boolean;
  /** The project's own model the claim names (in its sentence or its heading), which it was judged against. */
  about?: string;
}

export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  layer?: LayerName;
  file?: string;
  line?: number;
  new?: boolean;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: string; version: string };
  /** owner/name of the scanned repository, when known (the Action, or the CLI's --repository). */
  repository?: string;
  verdict: Verdict;
  subject: Subject;
  layers: Record<LayerName, LayerReport>;
  osaid: { result: 'pass' | 'fail' | 'cannot-confirm'; reasons: string[] };
  mof: { class: 'I' | 'II' | 'III' | null; missing: string[] };
  components: Component[];
  claims: Claim[];
  findings: Finding[];
  /** Problems with the input that did not stop the scan (binary files, symlinks out of the root, ...). */
  warnings: ScanWarning[];
  /** threads: how many threads read files (1, or more with worker threads). */
  stats: { filesSeen: number; filesRead: number; bytesRead: number; durationMs: number; threads: number };
}
