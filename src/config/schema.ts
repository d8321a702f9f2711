import { DEFAULT_FAIL_ON, FAIL_ON_VALUES, type FailOn } from '../judge/policy.js';
import { LAYER_NAMES, type LayerName, type Role } from '../types/report.js';

// The one place that says which settings exist, their names, types, defaults and wording.
// The config file loader, the Action inputs, the defaults and docs/configuration.md all read it,
// so a setting cannot be added in one place and forgotten in another.

export type CommentMode = 'always' | 'on-change' | 'never';
export const COMMENT_MODES: readonly CommentMode[] = ['always', 'on-change', 'never'];

/** Every setting of a run, after defaults, the config file and the Action inputs are merged. */
export interface Settings {
  failOn: FailOn[];
  warnOnly: boolean;
  comment: CommentMode;
  review: boolean;
  annotations: boolean;
  /** '' means no separate check run. */
  checkName: string;
  ignore: string[];
  accept: Partial<Record<LayerName, string[]>>;
  allowModels: string[];
  claimIgnorePaths: string[];
  gradeRoles: Role[];
}

/** Roles a team may add to the grading; own, base and runtime parts are always graded. */
export const EXTRA_GRADED_ROLES: readonly Role[] = [
  'optional',
  'evaluation',
  'data-generation',
  'example',
  'test',
  'mention',
];

/**
 * How a value is read, as plain data. `split` says how one string becomes a list: `words`
 * (comma or whitespace separated) or `lines` (one item a line, as gitignore patterns are).
 */
export type ValueType =
  | { kind: 'boolean' }
  | { kind: 'string' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list'; values?: readonly string[]; split: 'words' | 'lines' }
  | { kind: 'map'; keys: readonly string[]; value: { kind: 'list'; split: 'words' | 'lines' } };

export interface OptionSpec<F extends keyof Settings> {
  /** The name in the config file (and the Action input); a nested key is written `section.key`. */
  key: string;
  field: F;
  type: ValueType;
  default: Settings[F];
  description: string;
  /** One line of YAML, shown in the docs and in error messages. */
  example: string;
  /** Also an Action input of the same name (action.yml declares it). */
  input: boolean;
  /** Names people bring from other tools; only used to suggest this key. */
  aka?: readonly string[];
}

export type AnyOption = { [F in keyof Settings]: OptionSpec<F> }[keyof Settings];

export const SCHEMA: readonly AnyOption[] = [
  {
    key: 'fail-on',
    field: 'failOn',
    type: { kind: 'list', values: FAIL_ON_VALUES, split: 'words' },
    default: [...DEFAULT_FAIL_ON],
    description:
      'What fails the run: mislabel (a false "open source AI" claim), restricted, closed, unknown (a layer per status), conflict (licence conflicts), or none.',
    example: 'fail-on: mislabel, conflict',
    input: true,
    aka: ['fail-on-severity'],
  },
  {
    key: 'warn-only',
    field: 'warnOnly',
    type: { kind: 'boolean' },
    default: false,
    description: 'Report failures as warnings and let the run pass.',
    example: 'warn-only: true',
    input: true,
  },
  {
    key: 'comment',
    field: 'comment',
    type: { kind: 'enum', values: COMMENT_MODES },
    default: 'on-change',
    description:
      'When to post the PR comment: always; on-change (findings, or the PR changes an AI component or layer); never. An earlier comment is always kept up to date.',
    example: 'comment: always',
    input: true,
    aka: ['comment-summary-in-pr'],
  },
  {
    key: 'review',
    field: 'review',
    type: { kind: 'boolean' },
    default: true,
    description:
      'Post inline review comments on changed lines that make an unsupported claim or lower a layer.',
    example: 'review: false',
    input: true,
  },
  {
    key: 'annotations',
    field: 'annotations',
    type: { kind: 'boolean' },
    default: true,
    description: 'Annotate claim and evidence lines in the workflow run.',
    example: 'annotations: false',
    input: true,
  },
  {
    key: 'check-name',
    field: 'checkName',
    type: { kind: 'string' },
    default: '',
    description: 'Name of a separate check run to create; empty for none.',
    example: 'check-name: AI openness',
    input: true,
  },
  {
    key: 'ignore',
    field: 'ignore',
    type: { kind: 'list', split: 'lines' },
    default: [],
    description:
      'gitignore-style patterns of paths to leave out of the scan (as an Action input: one a line).',
    example: 'ignore: [vendor/**, "**/*.snap"]',
    input: true,
    aka: ['exclude', 'paths-ignore'],
  },
  {
    key: 'accept',
    field: 'accept',
    type: { kind: 'map', keys: LAYER_NAMES, value: { kind: 'list', split: 'words' } },
    default: {},
    description:
      'Per layer (code, architecture, data, weights), licences your team has reviewed and accepts, as SPDX or Hub ids; they do not fail the run, and the report still shows them.',
    example: 'accept: { weights: [llama3.1, LicenseRef-gemma], data: [cc-by-nc-4.0] }',
    input: false,
    aka: ['allow-licenses', 'allow-licences', 'allowed-licenses', 'allowed-licences'],
  },
  {
    key: 'allow-models',
    field: 'allowModels',
    type: { kind: 'list', split: 'words' },
    default: [],
    description:
      'Model ids, or patterns such as meta-llama/*, your team has approved; their terms do not fail the run, and the report still shows them.',
    example: 'allow-models: [meta-llama/*, google/gemma-2-9b]',
    input: false,
    aka: ['allowed-models', 'models'],
  },
  {
    key: 'claims.ignore-paths',
    field: 'claimIgnorePaths',
    type: { kind: 'list', split: 'lines' },
    default: [],
    description:
      'Paths (globs) whose openness claims are not checked, such as pages that compare other projects.',
    example: 'claims: { ignore-paths: [docs/comparisons/**] }',
    input: false,
  },
  {
    key: 'grade-roles',
    field: 'gradeRoles',
    type: { kind: 'list', values: EXTRA_GRADED_ROLES, split: 'words' },
    default: [],
    description:
      "Roles whose parts grade the layers besides the project's own models, their bases and what it runs: optional (one of several providers the user picks, such as a closed API in a provider list), evaluation, data-generation, example, test, mention.",
    example: 'grade-roles: [optional]',
    input: true,
  },
];

/** The settings when nothing is configured, built from the schema. Frozen: copy before changing. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(
  Object.fromEntries(SCHEMA.map((o) => [o.field, Object.freeze(o.default)])) as unknown as Settings,
);

/** The option for a file key (`fail-on`, `claims.ignore-paths`), if there is one. */
export function optionFor(key: string): AnyOption | undefined {
  return SCHEMA.find((o) => o.key === key);
}

/** The keys allowed at one level of the file: top level for `section` '', else inside that section. */
export function keysAt(section: string): string[] {
  const prefix = section ? `${section}.` : '';
  const keys = SCHEMA.filter((o) => o.key.startsWith(prefix)).map(
    (o) => o.key.slice(prefix.length).split('.')[0]!,
  );
  return [...new Set(keys)];
}

// ---- Validation of one value. The file loader and the Action inputs share it, and so share the messages.

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Reads `raw` (from YAML, or an input string) as the option's type; `problem` says what was wrong. */
export function checkValue<F extends keyof Settings>(
  option: OptionSpec<F>,
  raw: unknown,
): Checked<Settings[F]> {
  const result = readValue(option.type, raw);
  if (result.ok) return { ok: true, value: result.value as Settings[F] };
  return {
    ok: false,
    problem: `${option.key}: ${result.problem}; allowed: ${allowedText(option.type)} (example: ${option.example})`,
  };
}

function readValue(type: ValueType, raw: unknown): Checked<unknown> {
  switch (type.kind) {
    case 'boolean': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      // Action inputs are strings; YAML users sometimes quote.
      const word = typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
      if (word === 'true' || word === 'false') return { ok: true, value: word === 'true' };
      return { ok: false, problem: `got ${describeGiven(raw)}` };
    }
    case 'string':
      return typeof raw === 'string'
        ? { ok: true, value: raw.trim() }
        : { ok: false, problem: `got ${describeGiven(raw)}` };
    case 'enum': {
      if (typeof raw !== 'string') return { ok: false, problem: `got ${describeGiven(raw)}` };
      return readWord(raw, type.values);
    }
    case 'list':
      return readList(type, raw);
    case 'map':
      return readMap(type, raw);
  }
}

function readWord(raw: string, values: readonly string[]): Checked<string> {
  const word = raw.trim().toLowerCase();
  if (values.includes(word)) return { ok: true, value: word };
  const hint = closest(word, values);
  return { ok: false, problem: `got ${describeGiven(raw)}${hint ? `; did you mean "${hint}"?` : ''}` };
}

function readList(type: Extract<ValueType, { kind: 'list' }>, raw: unknown): Checked<string[]> {
  let items: unknown[];
  if (typeof raw === 'string') items = raw.split(type.split === 'lines' ? /\r?\n/ : /[\s,]+/);
  else if (Array.isArray(raw)) items = raw;
  else return { ok: false, problem: `got ${describeGiven(raw)}` };
  const out: string[] = [];
  for (const [i, item] of items.entries()) {
    if (typeof item !== 'string')
      return { ok: false, problem: `item ${i + 1} is ${describeGiven(item)}, not a string` };
    if (!item.trim()) continue;
    let value = item.trim();
    if (type.values) {
      const word = readWord(value, type.values);
      if (!word.ok) return { ok: false, problem: `item ${i + 1}: ${word.problem}` };
      value = word.value;
    }
    if (!out.includes(value)) out.push(value);
  }
  return { ok: true, value: out };
}

function readMap(type: Extract<ValueType, { kind: 'map' }>, raw: unknown): Checked<Record<string, string[]>> {
  if (!isMapping(raw)) return { ok: false, problem: `got ${describeGiven(raw)}` };
  // Built key by key from the allowed names only, so no odd key (`__proto__`) reaches the settings.
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!type.keys.includes(key)) {
      const hint = closest(key, type.keys);
      return {
        ok: false,
        problem: `"${clip(key)}" is not a layer${hint ? `; did you mean "${hint}"?` : ''}`,
      };
    }
    if (value === null || value === undefined) continue;
    const list = readList(type.value, value);
    if (!list.ok) return { ok: false, problem: `${key}: ${list.problem}` };
    out[key] = list.value;
  }
  return { ok: true, value: out };
}

/** What a value type allows, in words. */
export function allowedText(type: ValueType): string {
  switch (type.kind) {
    case 'boolean':
      return 'true or false';
    case 'string':
      return 'a string';
    case 'enum':
      return `one of ${type.values.join(', ')}`;
    case 'list':
      return type.values
        ? `a list of ${type.values.join(', ')} (or one comma-separated string)`
        : 'a list of strings';
    case 'map':
      return `a mapping from ${type.keys.join(', ')} to lists of strings`;
  }
}

export function isMapping(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** A short, quoted rendering of what the user gave, safe to put in a one-line message. */
export function describeGiven(raw: unknown): string {
  if (raw === null || raw === undefined) return 'nothing';
  if (typeof raw === 'string') return `"${clip(raw)}"`;
  if (typeof raw === 'number') return `the number ${raw}`;
  if (typeof raw === 'boolean') return `${raw}`;
  if (Array.isArray(raw)) return 'a list';
  if (raw instanceof Date) return 'a date';
  return 'a mapping';
}

function clip(text: string): string {
  const oneLine = JSON.stringify(text).slice(1, -1);
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

/**
 * The candidate a typo most likely meant: same name in another spelling (`fail_on`, `Fail-On`),
 * one a prefix of the other, or within a small edit distance. Undefined when nothing is close.
 */
export function closest(given: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string): string =>
    s
      .trim()
      .toLowerCase()
      .replace(/[_\s]+/g, '-');
  const g = norm(given);
  if (!g) return undefined;
  const same = candidates.find((c) => norm(c) === g);
  if (same) return same;
  const prefix = candidates.find(
    (c) => Math.min(c.length, g.length) >= 4 && (c.startsWith(g) || g.startsWith(c)),
  );
  if (prefix) return prefix;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.min(2, Math.floor(g.length / 3)));
  for (const c of candidates) {
    const d = editDistance(g, norm(c));
    if (d <= bestDistance && (best === undefined || d < editDistance(g, norm(best)))) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[b.length]!;
}
