import { describe, expect, it } from '@jest/globals';
import { changesAnything, compareReports, withoutBase, type ReportChanges } from '../src/report/compare.js';
import { changesOf, component, finding, makeReport, mislabel } from './helpers/report-factory.js';

const none: ReportChanges = changesOf();

describe('compareReports: findings', () => {
  it('keeps a finding unchanged when only its line number moved', () => {
    const base = makeReport({ findings: [mislabel('README.md', 3)] });
    const head = makeReport({ findings: [mislabel('README.md', 17)] });
    const changes = compareReports(base, head);
    expect(changes.findings).toEqual([{ ...head.findings[0], new: false }]);
    expect(changes.fixed).toEqual([]);
  });

  it('marks a finding in another file, with another rule or other wording as new', () => {
    const base = makeReport({ findings: [mislabel('README.md', 3)] });
    const head = makeReport({
      findings: [
        mislabel('README.md', 3),
        mislabel('docs/README.md', 3),
        mislabel('README.md', 3, { rule: 'mislabelled-open-weights' }),
        mislabel('README.md', 3, { message: 'README.md:3 says it is fully open, but the data is closed.' }),
      ],
    });
    expect(compareReports(base, head).findings.map((f) => f.new)).toEqual([false, true, true, true]);
  });

  it('matches findings without a file by rule and message', () => {
    const base = makeReport({ findings: [finding({ rule: 'no-licence', message: 'no licence file' })] });
    const head = makeReport({
      findings: [
        finding({ rule: 'no-licence', message: 'no licence file' }),
        finding({ rule: 'no-licence', message: 'no licence at all' }),
      ],
    });
    expect(compareReports(base, head).findings.map((f) => f.new)).toEqual([false, true]);
  });

  it('lists base findings the head no longer has as fixed', () => {
    const gone = mislabel('docs/intro.md', 4);
    const base = makeReport({ findings: [mislabel('README.md', 3), gone] });
    const head = makeReport({ findings: [mislabel('README.md', 9)] });
    const changes = compareReports(base, head);
    expect(changes.fixed).toEqual([gone]);
    expect(changes.findings).toHaveLength(1);
  });

  it('does not change the reports it compares', () => {
    const base = makeReport({ findings: [mislabel('README.md', 3)] });
    const head = makeReport({ findings: [mislabel('README.md', 5), mislabel('b.md', 1)] });
    const before = JSON.stringify([base, head]);
    compareReports(base, head);
    expect(JSON.stringify([base, head])).toBe(before);
  });
});

describe('compareReports: layers and verdict', () => {
  it('lists the layers whose status changed, in layer order', () => {
    const base = makeReport({ layers: { code: 'open', data: 'unknown', weights: 'open' } });
    const head = makeReport({ layers: { code: 'open', data: 'closed', weights: 'restricted' } });
    expect(compareReports(base, head).layers).toEqual([
      { layer: 'data', from: 'unknown', to: 'closed' },
      { layer: 'weights', from: 'open', to: 'restricted' },
    ]);
  });

  it('ignores licence and reason changes of a layer whose status stayed', () => {
    const base = makeReport({ layers: { code: { status: 'open', licences: ['MIT'] } } });
    const head = makeReport({
      layers: { code: { status: 'open', licences: ['Apache-2.0'], reasons: ['x'] } },
    });
    expect(compareReports(base, head).layers).toEqual([]);
  });

  it('reports a verdict change, and null when the verdict stayed', () => {
    const open = makeReport({ verdict: 'open-source-ai' });
    const weights = makeReport({ verdict: 'open-weights' });
    expect(compareReports(open, weights).verdict).toEqual({ from: 'open-source-ai', to: 'open-weights' });
    expect(compareReports(open, open).verdict).toBeNull();
  });
});

describe('compareReports: components', () => {
  const llama = component('model', 'meta-llama/Llama-3.1-8B', { status: 'restricted' });
  const squad = component('dataset', 'rajpurkar/squad', { status: 'open' });
  const openai = component('api', 'openai', { status: 'closed' });

  it('lists added and removed models, datasets and APIs', () => {
    const base = makeReport({ components: [squad] });
    const head = makeReport({ components: [llama, openai] });
    const changes = compareReports(base, head);
    expect(changes.addedComponents).toEqual([llama, openai]);
    expect(changes.removedComponents).toEqual([squad]);
  });

  it('matches components by type and case-insensitive name', () => {
    const base = makeReport({ components: [llama] });
    const head = makeReport({
      components: [
        { ...llama, name: 'META-LLAMA/llama-3.1-8b', locations: [{ file: 'other.py', line: 99 }] },
        component('dataset', 'meta-llama/Llama-3.1-8B'),
      ],
    });
    const changes = compareReports(base, head);
    expect(changes.addedComponents.map((c) => c.type)).toEqual(['dataset']);
    expect(changes.removedComponents).toEqual([]);
  });

  it('lists dependencies only when they are closed', () => {
    const torch = component('dependency', 'torch', { status: 'open' });
    const sdk = component('dependency', 'openai', { status: 'closed' });
    const gone = component('dependency', 'anthropic', { status: 'closed' });
    const goneOpen = component('dependency', 'numpy', { status: 'open' });
    const changes = compareReports(
      makeReport({ components: [gone, goneOpen] }),
      makeReport({ components: [torch, sdk] }),
    );
    expect(changes.addedComponents).toEqual([sdk]);
    expect(changes.removedComponents).toEqual([gone]);
  });
});

describe('changesAnything', () => {
  it('is false for two identical reports', () => {
    const report = makeReport({
      verdict: 'restricted',
      layers: { weights: 'restricted' },
      findings: [mislabel('README.md', 3)],
      components: [component('model', 'meta-llama/Llama-3.1-8B', { status: 'restricted' })],
    });
    const changes = compareReports(report, structuredClone(report));
    expect(changes.findings.every((f) => f.new === false)).toBe(true);
    expect(changesAnything(changes)).toBe(false);
  });

  it('is false when only line numbers moved', () => {
    const changes = compareReports(
      makeReport({ findings: [mislabel('README.md', 3)] }),
      makeReport({ findings: [mislabel('README.md', 30)] }),
    );
    expect(changesAnything(changes)).toBe(false);
  });

  it('is false when only a licence component was added or removed', () => {
    const changes = compareReports(
      makeReport({ components: [component('licence', 'MIT')] }),
      makeReport({ components: [component('licence', 'Apache-2.0')] }),
    );
    expect(changes.addedComponents).toHaveLength(1);
    expect(changesAnything(changes)).toBe(false);
  });

  it('is false when only an open dependency was added', () => {
    const changes = compareReports(
      makeReport(),
      makeReport({ components: [component('dependency', 'torch', { status: 'open' })] }),
    );
    expect(changesAnything(changes)).toBe(false);
  });

  it.each<[string, Partial<ReportChanges>]>([
    ['a new finding', { findings: [{ ...mislabel('a.md', 1), new: true }] }],
    ['a fixed finding', { fixed: [mislabel('a.md', 1)] }],
    ['a layer change', { layers: [{ layer: 'data', from: 'open', to: 'closed' }] }],
    ['a verdict change', { verdict: { from: 'open-source-ai', to: 'closed' } }],
    ['an added model', { addedComponents: [component('model', 'gpt2')] }],
    ['a removed dataset', { removedComponents: [component('dataset', 'squad')] }],
    [
      'an added closed dependency',
      { addedComponents: [component('dependency', 'openai', { status: 'closed' })] },
    ],
  ])('is true for %s', (_name, part) => {
    expect(changesAnything({ ...none, ...part })).toBe(true);
  });

  it('is false for unchanged old findings', () => {
    expect(changesAnything({ ...none, findings: [{ ...mislabel('a.md', 1), new: false }] })).toBe(false);
  });
});

describe('withoutBase', () => {
  it('marks every finding new and reports no other change', () => {
    const head = makeReport({
      verdict: 'closed',
      layers: { data: 'closed' },
      findings: [mislabel('README.md', 3), finding({ severity: 'notice' })],
      components: [component('api', 'openai', { status: 'closed' })],
    });
    const changes = withoutBase(head);
    expect(changes).toEqual({
      ...none,
      findings: head.findings.map((f) => ({ ...f, new: true })),
    });
    expect(head.findings.every((f) => f.new === undefined)).toBe(true);
    expect(changesAnything(changes)).toBe(true);
  });

  it('changes nothing for a report without findings', () => {
    expect(changesAnything(withoutBase(makeReport()))).toBe(false);
  });
});
