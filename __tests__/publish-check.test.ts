import { describe, expect, it } from '@jest/globals';
import { pickAnnotations, STEP_LIMIT_PER_LEVEL, type Annotation } from '../src/publish/annotations.js';
import { ANNOTATIONS_PER_REQUEST, checkRunOutputs, conclusionOf } from '../src/publish/check-run.js';
import type { Finding, Severity } from '../src/types/report.js';
import { finding, makeReport } from './helpers/report-factory.js';

const annotation = (i: number, severity: Severity = 'warning'): Annotation => ({
  severity,
  file: `src/f${i}.py`,
  line: i + 1,
  title: `ai-openness-check: rule-${i}`,
  message: `message ${i}`,
});

describe('conclusionOf', () => {
  const warning = finding({ severity: 'warning' });
  const error = finding({ severity: 'error' });
  const notice = finding({ severity: 'notice' });
  const obligation = finding({ rule: 'obligation', severity: 'warning', message: 'keep the NOTICE file' });

  it.each([
    ['failing', true, false, [], 'failure'],
    ['failing with problems', true, false, [error], 'failure'],
    ['failing but warn-only', true, true, [error], 'neutral'],
    ['failing, warn-only, no findings', true, true, [], 'neutral'],
    ['a warning, not failing', false, false, [warning], 'neutral'],
    ['an error, not failing', false, false, [error], 'neutral'],
    ['only notices', false, false, [notice], 'success'],
    ['only obligations', false, false, [obligation], 'success'],
    ['nothing', false, false, [], 'success'],
    ['nothing, warn-only', false, true, [], 'success'],
  ] as [string, boolean, boolean, Finding[], string][])(
    '%s -> %s',
    (_name, failing, warnOnly, findings, expected) => {
      expect(conclusionOf(failing, warnOnly, findings)).toBe(expected);
    },
  );
});

describe('checkRunOutputs', () => {
  const report = makeReport({ verdict: 'restricted' });

  it('splits 120 annotations into batches of 50, 50 and 20, keeping their order', () => {
    const all = Array.from({ length: 120 }, (_, i) => annotation(i));
    const outputs = checkRunOutputs(report, 'summary', all);
    expect(ANNOTATIONS_PER_REQUEST).toBe(50);
    expect(outputs.map((o) => o.annotations.length)).toEqual([50, 50, 20]);
    expect(outputs.flatMap((o) => o.annotations.map((a) => a.path))).toEqual(all.map((a) => a.file));
    for (const o of outputs) {
      expect(o.title).toBe('AI openness: restricted');
      expect(o.summary).toBe('summary');
    }
  });

  it.each([
    [0, [0]],
    [1, [1]],
    [50, [50]],
    [51, [50, 1]],
    [100, [50, 50]],
  ])('%i annotations -> batches %j', (n, sizes) => {
    const outputs = checkRunOutputs(
      report,
      's',
      Array.from({ length: n }, (_, i) => annotation(i)),
    );
    expect(outputs.map((o) => o.annotations.length)).toEqual(sizes);
  });

  it('maps severities to annotation levels and lines to start and end', () => {
    const [out] = checkRunOutputs(report, 's', [
      annotation(1, 'error'),
      annotation(2, 'warning'),
      annotation(3, 'notice'),
    ]);
    expect(out?.annotations).toEqual([
      {
        path: 'src/f1.py',
        start_line: 2,
        end_line: 2,
        annotation_level: 'failure',
        title: 'ai-openness-check: rule-1',
        message: 'message 1',
      },
      expect.objectContaining({ annotation_level: 'warning', start_line: 3, end_line: 3 }),
      expect.objectContaining({ annotation_level: 'notice', start_line: 4, end_line: 4 }),
    ]);
  });

  it("cuts a summary longer than GitHub's limit", () => {
    const [out] = checkRunOutputs(report, 'x'.repeat(100_000), []);
    expect(out?.summary.length).toBeLessThanOrEqual(65_535);
    expect(out?.summary.endsWith('… (cut)')).toBe(true);
    const [short] = checkRunOutputs(report, 'y'.repeat(65_535), []);
    expect(short?.summary).toBe('y'.repeat(65_535));
  });
});

describe('pickAnnotations', () => {
  const many = (severity: Severity, n: number, isNew?: boolean): Finding[] =>
    Array.from({ length: n }, (_, i) =>
      finding({ severity, rule: `${severity}-rule`, file: `${severity}/${i}.md`, line: i + 1, new: isNew }),
    );

  it('caps each level at 10 by default and puts errors first', () => {
    const findings = [...many('notice', 15), ...many('warning', 15), ...many('error', 15)];
    const picked = pickAnnotations(findings);
    expect(STEP_LIMIT_PER_LEVEL).toBe(10);
    expect(picked).toHaveLength(30);
    expect(picked.map((a) => a.severity)).toEqual([
      ...Array<Severity>(10).fill('error'),
      ...Array<Severity>(10).fill('warning'),
      ...Array<Severity>(10).fill('notice'),
    ]);
  });

  it('keeps every finding with an unlimited cap', () => {
    const findings = [...many('error', 40), ...many('notice', 25)];
    expect(pickAnnotations(findings, '', Number.POSITIVE_INFINITY)).toHaveLength(65);
  });

  it('takes new findings before old ones within a level', () => {
    const old = many('error', 10, false);
    const fresh = many('error', 3, true).map((f) => ({ ...f, file: `new/${f.file}` }));
    const picked = pickAnnotations([...old, ...fresh]);
    expect(picked).toHaveLength(10);
    expect(picked.slice(0, 3).map((a) => a.file)).toEqual([
      'new/error/0.md',
      'new/error/1.md',
      'new/error/2.md',
    ]);
    // The three old ones that no longer fit are the last three.
    expect(picked.map((a) => a.file)).not.toContain('error/7.md');
    expect(picked.map((a) => a.file)).toContain('error/6.md');
  });

  it('ranks severity above newness', () => {
    const picked = pickAnnotations([
      finding({ severity: 'notice', file: 'n.md', line: 1, new: true }),
      finding({ severity: 'error', file: 'e.md', line: 1, new: false }),
    ]);
    expect(picked.map((a) => a.file)).toEqual(['e.md', 'n.md']);
  });

  it('prefixes paths, uses line 1 for a whole-file finding, and skips findings without a file', () => {
    const picked = pickAnnotations(
      [
        finding({ rule: 'licence-conflict', severity: 'warning', file: 'LICENSE', line: 0, message: 'm1' }),
        finding({ severity: 'warning', file: 'README.md', message: 'no line' }),
        finding({ severity: 'warning', file: 'x.md', line: 12 }),
        finding({ severity: 'error', message: 'no file at all' }),
      ],
      'models/chat/',
    );
    expect(picked).toEqual([
      {
        severity: 'warning',
        file: 'models/chat/LICENSE',
        line: 1,
        title: 'ai-openness-check: licence-conflict',
        message: 'm1',
      },
      expect.objectContaining({ file: 'models/chat/README.md', line: 1 }),
      expect.objectContaining({ file: 'models/chat/x.md', line: 12 }),
    ]);
  });

  it('bounds the message length', () => {
    const [a] = pickAnnotations([finding({ file: 'a', line: 1, message: 'z'.repeat(10_000) })]);
    expect(a?.message).toHaveLength(4000);
  });

  it('does not reorder or change its input', () => {
    const findings = [...many('notice', 2), ...many('error', 2)];
    const before = JSON.stringify(findings);
    pickAnnotations(findings, 'p/');
    expect(JSON.stringify(findings)).toBe(before);
  });
});
