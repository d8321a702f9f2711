import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { loadConfigFile } from '../src/config/load-config.js';
import { mergeSettings, settingsFromInputs } from '../src/config/merge-settings.js';
import { settingChanges } from '../src/config/policy-changes.js';
import { DEFAULT_SETTINGS, SCHEMA, checkValue, closest, keysAt, optionFor } from '../src/config/schema.js';
import { DEFAULT_FAIL_ON, FAIL_ON_VALUES, parseFailOn } from '../src/judge/policy.js';

const FILE = '.github/ai-openness.yml';
const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

function load(text: string): ReturnType<typeof loadConfigFile> {
  return loadConfigFile(text, FILE);
}

function inputs(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? '';
}

const FULL = `
fail-on: [mislabel, conflict]
warn-only: true
comment: always
review: false
annotations: false
check-name: AI openness
ignore:
  - vendor/**
  - '**/*.snap'
accept:
  weights: [llama3.1, LicenseRef-gemma]
  data: [cc-by-nc-4.0]
allow-models: [meta-llama/*, google/gemma-2-9b]
claims:
  ignore-paths: [docs/comparisons/**]
`;

describe('the schema', () => {
  it('has one option per Settings field, and the defaults come from it', () => {
    const fields = SCHEMA.map((o) => o.field).sort();
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual(fields);
    expect(new Set(SCHEMA.map((o) => o.key)).size).toBe(SCHEMA.length);
    expect(DEFAULT_SETTINGS).toEqual({
      failOn: [...DEFAULT_FAIL_ON],
      warnOnly: false,
      comment: 'on-change',
      review: true,
      annotations: true,
      checkName: '',
      ignore: [],
      accept: {},
      allowModels: [],
      claimIgnorePaths: [],
      gradeRoles: [],
    });
  });

  it('carries a description and a one-line example that is itself a valid file', () => {
    for (const option of SCHEMA) {
      expect(option.description.length).toBeGreaterThan(10);
      expect(option.example).not.toContain('\n');
      const { settings, errors } = load(option.example);
      expect(errors).toEqual([]);
      expect(settings[option.field]).toBeDefined();
    }
  });

  it('marks exactly the inputs action.yml declares', () => {
    const actionYml = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    for (const option of SCHEMA) {
      expect([option.key, actionYml.includes(`\n  ${option.key}:\n`)]).toEqual([option.key, option.input]);
    }
  });

  it('lists the top-level and nested keys', () => {
    expect(keysAt('')).toEqual([
      'fail-on',
      'warn-only',
      'comment',
      'review',
      'annotations',
      'check-name',
      'ignore',
      'accept',
      'allow-models',
      'claims',
      'grade-roles',
    ]);
    expect(keysAt('claims')).toEqual(['ignore-paths']);
  });

  it('suggests the intended name for typos only', () => {
    expect(closest('fail_on', keysAt(''))).toBe('fail-on');
    expect(closest('Warn-Only', keysAt(''))).toBe('warn-only');
    expect(closest('anotations', keysAt(''))).toBe('annotations');
    expect(closest('weight', ['code', 'architecture', 'data', 'weights'])).toBe('weights');
    expect(closest('colour', keysAt(''))).toBeUndefined();
    expect(closest('', keysAt(''))).toBeUndefined();
  });
});

describe('fail-on through the schema', () => {
  const failOn = optionFor('fail-on')!;

  it('reads a list, a comma string and a space string alike, as parseFailOn does', () => {
    for (const raw of [
      'mislabel, conflict',
      'mislabel conflict',
      'MISLABEL,conflict',
      ['mislabel', 'conflict'],
    ]) {
      expect(checkValue(failOn, raw)).toEqual({ ok: true, value: ['mislabel', 'conflict'] });
    }
    expect(checkValue(failOn, 'closed,unknown')).toEqual({ ok: true, value: parseFailOn('closed,unknown') });
    expect(checkValue(failOn, 'none')).toEqual({ ok: true, value: ['none'] });
  });

  it('allows exactly the FailOn values of the policy', () => {
    for (const value of FAIL_ON_VALUES) expect(checkValue(failOn, [value]).ok).toBe(true);
    const bad = checkValue(failOn, 'mislabel, blocker');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problem).toContain('fail-on: item 2: got "blocker"');
      expect(bad.problem).toContain(FAIL_ON_VALUES.join(', '));
      expect(bad.problem).toContain('example: fail-on: mislabel, conflict');
    }
  });

  it('suggests the value meant', () => {
    const bad = checkValue(failOn, ['mislabelled']);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem).toContain('did you mean "mislabel"?');
  });
});

describe('loadConfigFile', () => {
  it('reads a full file into camelCase settings', () => {
    expect(load(FULL)).toEqual({
      errors: [],
      settings: {
        failOn: ['mislabel', 'conflict'],
        warnOnly: true,
        comment: 'always',
        review: false,
        annotations: false,
        checkName: 'AI openness',
        ignore: ['vendor/**', '**/*.snap'],
        accept: { weights: ['llama3.1', 'LicenseRef-gemma'], data: ['cc-by-nc-4.0'] },
        allowModels: ['meta-llama/*', 'google/gemma-2-9b'],
        claimIgnorePaths: ['docs/comparisons/**'],
      },
    });
  });

  it('treats an empty file, a comments-only file and a bare document marker as no settings', () => {
    for (const text of ['', '\n  \n', '# nothing yet\n# really\n', '\uFEFF', '---\n', '~\n']) {
      expect(load(text)).toEqual({ settings: {}, errors: [] });
    }
  });

  it('reads a key with no value as not set', () => {
    expect(load('ignore:\nclaims:\ncheck-name:\n')).toEqual({ settings: {}, errors: [] });
  });

  it('reports each wrong type with the key, what was given, what is allowed and the example', () => {
    const cases: [string, string[]][] = [
      ['warn-only: yes', ['warn-only: got "yes"', 'allowed: true or false', 'example: warn-only: true']],
      ['review: 1', ['review: got the number 1', 'allowed: true or false']],
      ['annotations: [true]', ['annotations: got a list', 'allowed: true or false']],
      ['comment: sometimes', ['comment: got "sometimes"', 'allowed: one of always, on-change, never']],
      ['comment: true', ['comment: got true', 'example: comment: always']],
      ['check-name: 42', ['check-name: got the number 42', 'allowed: a string']],
      ['check-name: {a: 1}', ['check-name: got a mapping']],
      ['ignore: 3', ['ignore: got the number 3', 'allowed: a list of strings']],
      ['ignore: [vendor/**, 3]', ['ignore: item 2 is the number 3, not a string']],
      ['fail-on: {mislabel: true}', ['fail-on: got a mapping', 'allowed: a list of mislabel']],
      ['accept: [mit]', ['accept: got a list', 'allowed: a mapping from code, architecture, data, weights']],
      ['accept: {data: 5}', ['accept: data: got the number 5']],
      ['allow-models: true', ['allow-models: got true', 'example: allow-models: [meta-llama/*']],
      ['claims: [docs/**]', ['claims: got a list', 'allowed: a mapping with ignore-paths']],
      ['claims: {ignore-paths: 7}', ['claims.ignore-paths: got the number 7']],
    ];
    for (const [text, parts] of cases) {
      const { settings, errors } = load(text);
      expect([text, settings]).toEqual([text, {}]);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.startsWith(`${FILE}: `)).toBe(true);
      expect(errors[0]).not.toContain('\n');
      for (const part of parts) expect([text, errors[0]]).toEqual([text, expect.stringContaining(part)]);
    }
  });

  it('keeps the valid keys when another key is wrong', () => {
    const { settings, errors } = load('comment: never\nwarn-only: maybe\n');
    expect(settings).toEqual({ comment: 'never' });
    expect(errors).toHaveLength(1);
  });

  it('rejects an unknown key, names it, suggests the typo fix and lists the allowed keys', () => {
    const { settings, errors } = load('fail_on: closed\nreview: false\n');
    expect(settings).toEqual({ review: false });
    expect(errors).toEqual([
      `${FILE}: unknown key "fail_on"; did you mean "fail-on"? Allowed keys at the top level: ` +
        'fail-on, warn-only, comment, review, annotations, check-name, ignore, accept, allow-models, claims, grade-roles',
    ]);
  });

  it('suggests keys from other tools and nested keys written at the top level', () => {
    expect(load('allow-licenses: [mit]').errors[0]).toContain('did you mean "accept"?');
    expect(load('ignore-paths: [docs/**]').errors[0]).toContain(
      'did you mean "ignore-paths" under "claims"?',
    );
    expect(load('claims: {ignore_paths: [docs/**]}').errors[0]).toContain(
      'unknown key "claims.ignore_paths"; did you mean "ignore-paths"? Allowed keys at "claims": ignore-paths',
    );
    const unrelated = load('colour: blue').errors[0]!;
    expect(unrelated).toContain('unknown key "colour"');
    expect(unrelated).not.toContain('did you mean');
  });

  it('rejects a bad layer name under accept, suggesting the layer meant', () => {
    const { settings, errors } = load('accept:\n  weight: [llama3.1]\n  data: [cc-by-4.0]\n');
    expect(settings).toEqual({});
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${FILE}: accept: "weight" is not a layer; did you mean "weights"?`);
    expect(errors[0]).toContain(
      'allowed: a mapping from code, architecture, data, weights to lists of strings',
    );
    expect(load('accept: {model: [mit]}').errors[0]).toContain('"model" is not a layer; allowed:');
  });

  it('reads comma strings for accept and allow-models, and skips a layer with no value', () => {
    expect(load('accept: {weights: "llama3.1, gemma", code:}\nallow-models: meta-llama/*').settings).toEqual({
      accept: { weights: ['llama3.1', 'gemma'] },
      allowModels: ['meta-llama/*'],
    });
  });

  it('returns malformed YAML as one error with the line, without throwing', () => {
    for (const [text, where] of [
      ['fail-on: [mislabel\nreview: true\n', '(2:'],
      ['review: true\nreview: false\n', '(2:1)'],
      ['comment: always\n---\ncomment: never\n', 'single document'],
      ['\tfail-on: mislabel', '(1:'],
    ] as const) {
      const result = load(text);
      expect(result.settings).toEqual({});
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(new RegExp(`^${FILE.replace(/\./g, '\\.')}: not valid YAML: `));
      expect(result.errors[0]).toContain(where);
      expect(result.errors[0]).not.toContain('\n');
    }
  });

  it('rejects a top-level list or scalar', () => {
    expect(load('- fail-on: mislabel\n')).toEqual({
      settings: {},
      errors: [`${FILE}: the file must be a mapping of settings (such as "fail-on: mislabel"), got a list`],
    });
    expect(load('fail-on mislabel').errors[0]).toContain('got "fail-on mislabel"');
    expect(load('42').errors[0]).toContain('got the number 42');
  });

  it('does not let odd keys reach the settings', () => {
    const { settings, errors } = load('__proto__: {warnOnly: true}\naccept: {__proto__: [x]}\n');
    expect(settings).toEqual({});
    expect(errors).toHaveLength(2);
    expect(({} as Record<string, unknown>).warnOnly).toBeUndefined();
  });

  it('never throws on hostile or odd input', () => {
    const texts = [
      '&a [*a]',
      '!!js/function "function(){}"',
      'a: !!binary ' + 'x'.repeat(10),
      'x'.repeat(300 * 1024),
      '? [a]\n: b',
      'ignore: [' + '"a",'.repeat(1000) + ']',
      '\u0000\u0001',
    ];
    for (const text of texts) {
      expect(() => load(text)).not.toThrow();
      const result = load(text);
      expect(Array.isArray(result.errors)).toBe(true);
    }
  });
});

describe('Action inputs and merging', () => {
  it('reads the inputs with the file key names and the same checks', () => {
    const { settings, errors } = settingsFromInputs(
      inputs({
        'fail-on': 'closed, restricted',
        'warn-only': 'TRUE',
        comment: 'never',
        review: 'False',
        annotations: 'true',
        'check-name': ' AI openness ',
        ignore: 'vendor/**\n\n  third_party/**  \n',
      }),
    );
    expect(errors).toEqual([]);
    expect(settings).toEqual({
      failOn: ['closed', 'restricted'],
      warnOnly: true,
      comment: 'never',
      review: false,
      annotations: true,
      checkName: 'AI openness',
      ignore: ['vendor/**', 'third_party/**'],
    });
  });

  it('asks only for inputs the schema marks, and skips unset ones', () => {
    const asked: string[] = [];
    const result = settingsFromInputs((name) => {
      asked.push(name);
      return '';
    });
    expect(result).toEqual({ settings: {}, errors: [] });
    expect(asked).toEqual([
      'fail-on',
      'warn-only',
      'comment',
      'review',
      'annotations',
      'check-name',
      'ignore',
      'grade-roles',
    ]);
  });

  it('reports a bad input with the same message as the file, prefixed with "input"', () => {
    const fromInput = settingsFromInputs(inputs({ 'warn-only': 'yes', comment: 'loud' }));
    const fromFile = load('warn-only: "yes"\ncomment: loud\n');
    expect(fromInput.settings).toEqual({});
    expect(fromInput.errors).toEqual(fromFile.errors.map((e) => e.replace(`${FILE}: `, 'input ')));
    expect(fromInput.errors[0]).toBe(
      'input warn-only: got "yes"; allowed: true or false (example: warn-only: true)',
    );
  });

  it('lets set inputs override the file, and the file override the defaults', () => {
    const file = load(
      'fail-on: [mislabel, conflict]\ncomment: always\ncheck-name: From file\nignore: [a/**]\n',
    );
    const given = settingsFromInputs(inputs({ 'fail-on': 'closed', ignore: 'b/**' }));
    const merged = mergeSettings(DEFAULT_SETTINGS, file.settings, given.settings);
    expect(merged).toEqual({
      ...DEFAULT_SETTINGS,
      failOn: ['closed'],
      comment: 'always',
      checkName: 'From file',
      ignore: ['b/**'],
    });
  });

  it('does not let unset inputs (undefined or empty) override the file', () => {
    const file = load('warn-only: true\ncheck-name: From file\ncomment: never\n');
    const given = settingsFromInputs(inputs({ 'warn-only': '', 'check-name': '  ', comment: '' }));
    expect(given.settings).toEqual({});
    const merged = mergeSettings(DEFAULT_SETTINGS, file.settings, { checkName: '', warnOnly: undefined });
    expect(merged).toMatchObject({ warnOnly: true, checkName: 'From file', comment: 'never' });
  });

  it('returns a fresh object: changing it leaves the defaults and the inputs alone', () => {
    const fromInputs = { ignore: ['x/**'] };
    const merged = mergeSettings(DEFAULT_SETTINGS, {}, fromInputs);
    merged.ignore.push('y/**');
    merged.failOn.push('closed');
    expect(fromInputs.ignore).toEqual(['x/**']);
    expect(DEFAULT_SETTINGS.failOn).toEqual(['mislabel']);
    expect(() => (DEFAULT_SETTINGS.failOn as string[]).push('closed')).toThrow();
  });
});

describe('docs/configuration.md', () => {
  const docs = fs.readFileSync(path.join(ROOT, 'docs', 'configuration.md'), 'utf8');
  const rows = docs.split('\n').filter((line) => line.startsWith('| `'));

  it('has a table row for every schema key, with its default and whether it is an input', () => {
    for (const option of SCHEMA) {
      const row = rows.find((line) => line.startsWith(`| \`${option.key}\` |`));
      expect([option.key, row]).toEqual([option.key, expect.any(String)]);
      const cells = row!.split(' | ');
      const fallback = option.default;
      const shown = Array.isArray(fallback)
        ? `\`[${fallback.join(', ')}]\``
        : typeof fallback === 'object'
          ? '`{}`'
          : typeof fallback === 'string'
            ? `\`${fallback === '' ? "''" : fallback}\``
            : `\`${fallback}\``;
      expect([option.key, cells[2]]).toEqual([option.key, expect.stringContaining(shown)]);
      expect([option.key, cells[3]!.startsWith(option.input ? 'yes' : 'no')]).toEqual([option.key, true]);
    }
    expect(rows).toHaveLength(SCHEMA.length);
  });

  it('has an example file that loads without errors and sets every key', () => {
    const block = /```yaml\n(# \.github\/ai-openness\.yml\n[\s\S]*?)```/.exec(docs);
    expect(block).not.toBeNull();
    const { settings, errors } = load(block![1]!);
    expect(errors).toEqual([]);
    expect(Object.keys(settings).sort()).toEqual(SCHEMA.map((o) => o.field).sort());
  });
});

describe('what a config file change does to the policy', () => {
  it('names each setting that moves, with both values as people read them, in schema order', () => {
    const base = loadConfigFile('fail-on: mislabel, closed\naccept:\n  weights: [llama3.1]\n', 'c.yml');
    const head = loadConfigFile(
      'fail-on: none\nignore:\n  - models/**\n  - "*.ipynb"\naccept:\n  weights: [llama3.1]\n',
      'c.yml',
    );
    expect(settingChanges(DEFAULT_SETTINGS, base.settings, head.settings)).toEqual([
      { key: 'fail-on', from: 'mislabel, closed', to: 'none' },
      { key: 'ignore', from: '(none)', to: 'models/**, *.ipynb' },
    ]);
  });

  it('sees nothing when only comments or key order change, or when a file restates the defaults', () => {
    const a = loadConfigFile('# policy\nfail-on: mislabel\nwarn-only: false\n', 'c.yml');
    const b = loadConfigFile('warn-only: false # unchanged\nfail-on: mislabel\n', 'c.yml');
    expect(settingChanges(DEFAULT_SETTINGS, a.settings, b.settings)).toEqual([]);
    expect(settingChanges(DEFAULT_SETTINGS, {}, a.settings)).toEqual([]);
  });

  it('shows a map setting by layer, and its removal', () => {
    const head = loadConfigFile('accept:\n  weights: [llama3.1, gemma]\n  data: [cc-by-nc-4.0]\n', 'c.yml');
    const changes = settingChanges(DEFAULT_SETTINGS, head.settings, {});
    expect(changes).toEqual([
      { key: 'accept', from: expect.stringMatching(/weights: llama3\.1, gemma/), to: '(none)' },
    ]);
    expect(changes[0]?.from).toMatch(/data: cc-by-nc-4\.0/);
  });
});
