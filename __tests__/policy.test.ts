import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_FAIL_ON,
  FAIL_ON_VALUES,
  parseFailOn,
  policyFailures,
  type FailOn,
} from '../src/judge/policy.js';
import { component, finding, layer, makeReport, mislabel } from './helpers/report-factory.js';

describe('parseFailOn', () => {
  it.each([
    ['mislabel,restricted', ['mislabel', 'restricted']],
    ['mislabel restricted', ['mislabel', 'restricted']],
    [' Closed ,  UNKNOWN\nconflict\t', ['closed', 'unknown', 'conflict']],
    ['none', ['none']],
    ['mislabel,,restricted,', ['mislabel', 'restricted']],
  ])('reads %j', (raw, expected) => {
    expect(parseFailOn(raw)).toEqual(expected);
  });

  it('rejects an unknown value and names it', () => {
    expect(() => parseFailOn('mislabel, mislabeled')).toThrow(/"mislabeled"/);
    expect(() => parseFailOn('closed everything')).toThrow(/"everything" is not one of mislabel, restricted/);
  });

  it('names every accepted value in the error', () => {
    let message = '';
    try {
      parseFailOn('bogus');
    } catch (err) {
      message = (err as Error).message;
    }
    for (const v of FAIL_ON_VALUES) expect(message).toContain(v);
  });

  it('reads an empty string as no values', () => {
    expect(parseFailOn('  ')).toEqual([]);
  });

  it('defaults to mislabel only', () => {
    expect(DEFAULT_FAIL_ON).toEqual(['mislabel']);
  });
});

describe('policyFailures', () => {
  // One of everything: a restricted, a closed and an unknown layer, a conflict and claims.
  const messy = makeReport({
    verdict: 'closed',
    layers: {
      code: 'open',
      architecture: 'unknown',
      data: layer('closed', { licences: [] }),
      weights: layer('restricted', { licences: ['LicenseRef-llama3.1'] }),
    },
    findings: [
      mislabel('README.md', 3),
      mislabel('README.md', 8, { severity: 'warning' }),
      mislabel('docs/index.md', 1, { severity: 'notice' }),
      finding({ rule: 'base-model-licence', severity: 'error', message: 'card says MIT but base is llama' }),
      finding({
        rule: 'licence-conflict',
        severity: 'warning',
        message: 'LICENSE says MIT, package.json ISC',
      }),
      finding({ rule: 'licence-conflict', severity: 'notice', message: 'another conflict' }),
    ],
    components: [component('model', 'meta-llama/Llama-3.1-8B', { status: 'restricted' })],
  });

  it.each<[FailOn, string[]]>([
    ['mislabel', ['1 openness claim(s) the licences do not support']],
    ['restricted', ['restricted layer(s): weights']],
    ['closed', ['closed layer(s): data']],
    ['unknown', ['layer(s) that cannot be confirmed: architecture']],
    ['conflict', ['2 licence conflict(s)']],
    ['none', []],
  ])('fail-on %s', (failOn, expected) => {
    expect(policyFailures(messy, [failOn])).toEqual(expected);
  });

  it('gives every reason, in a fixed order, when every value is on', () => {
    expect(policyFailures(messy, ['conflict', 'unknown', 'closed', 'restricted', 'mislabel'])).toEqual([
      '1 openness claim(s) the licences do not support',
      'restricted layer(s): weights',
      'closed layer(s): data',
      'layer(s) that cannot be confirmed: architecture',
      '2 licence conflict(s)',
    ]);
  });

  it("lets 'none' win over every other value", () => {
    expect(policyFailures(messy, ['mislabel', 'restricted', 'none', 'closed'])).toEqual([]);
  });

  it('passes with an empty fail-on list', () => {
    expect(policyFailures(messy, [])).toEqual([]);
  });

  it('counts only error-severity mislabelled-open-source findings', () => {
    const report = makeReport({
      findings: [
        mislabel('a.md', 1, { severity: 'warning' }),
        mislabel('b.md', 2, { severity: 'notice' }),
        finding({ rule: 'mislabelled-open-weights', severity: 'error' }),
        finding({ rule: 'obligation', severity: 'error' }),
      ],
    });
    expect(policyFailures(report, ['mislabel'])).toEqual([]);
    const two = makeReport({ findings: [mislabel('a.md', 1), mislabel('b.md', 2)] });
    expect(policyFailures(two, ['mislabel'])).toEqual(['2 openness claim(s) the licences do not support']);
  });

  it('passes a clean, open report whatever fail-on says', () => {
    expect(policyFailures(makeReport(), ['mislabel', 'restricted', 'closed', 'unknown', 'conflict'])).toEqual(
      [],
    );
  });

  it('lists every restricted layer', () => {
    const report = makeReport({ layers: { code: 'restricted', data: 'restricted', weights: 'closed' } });
    expect(policyFailures(report, ['restricted'])).toEqual(['restricted layer(s): code, data']);
    expect(policyFailures(report, ['closed'])).toEqual(['closed layer(s): weights']);
  });

  describe('exceptions', () => {
    const llama = makeReport({
      layers: { weights: layer('restricted', { licences: ['LicenseRef-llama3.1'] }) },
      components: [component('model', 'meta-llama/Llama-3.1-8B', { status: 'restricted' })],
    });

    it('does not fail on a layer whose non-open licences are all accepted', () => {
      expect(policyFailures(llama, ['restricted'])).toEqual(['restricted layer(s): weights']);
      expect(policyFailures(llama, ['restricted'], { accept: { weights: ['llama3.1'] } })).toEqual([]);
      // Accepting it for another layer does not help.
      expect(policyFailures(llama, ['restricted'], { accept: { code: ['llama3.1'] } })).toEqual([
        'restricted layer(s): weights',
      ]);
    });

    it('does not fail on a layer whose non-open models are all allowed', () => {
      expect(policyFailures(llama, ['restricted'], { allowModels: ['meta-llama/*'] })).toEqual([]);
      expect(policyFailures(llama, ['restricted'], { allowModels: ['META-LLAMA/llama-3.1-8b'] })).toEqual([]);
      expect(policyFailures(llama, ['restricted'], { allowModels: ['google/*'] })).toEqual([
        'restricted layer(s): weights',
      ]);
    });

    it('still fails when only some culprits are allowed', () => {
      const two = makeReport({
        layers: { weights: 'restricted' },
        components: [
          component('model', 'meta-llama/Llama-3.1-8B', { status: 'restricted' }),
          component('model', 'google/gemma-2-9b', { status: 'restricted' }),
        ],
      });
      expect(policyFailures(two, ['restricted'], { allowModels: ['meta-llama/*'] })).toEqual([
        'restricted layer(s): weights',
      ]);
    });

    it('does not touch the mislabel count', () => {
      const report = makeReport({ ...llama, findings: [mislabel('README.md', 1)] });
      expect(
        policyFailures(report, ['mislabel'], {
          accept: { weights: ['llama3.1'] },
          allowModels: ['meta-llama/*'],
        }),
      ).toEqual(['1 openness claim(s) the licences do not support']);
    });

    // BUG: an allowed model exempts every layer whose status equals the model's, not just
    // the layers the model drives. A training-data layer restricted by a CC-BY-NC dataset
    // stops failing because a restricted Llama model is allowed.
    it('allowing a model does not excuse a data layer restricted by a dataset licence', () => {
      const report = makeReport({
        layers: {
          data: layer('restricted', { licences: ['CC-BY-NC-4.0'] }),
          weights: layer('restricted', { licences: ['LicenseRef-llama3.1'] }),
        },
        components: [
          component('model', 'meta-llama/Llama-3.1-8B', { status: 'restricted' }),
          component('dataset', 'someone/nc-corpus', { status: 'restricted', licence: 'CC-BY-NC-4.0' }),
        ],
      });
      expect(policyFailures(report, ['restricted'], { allowModels: ['meta-llama/*'] })).toEqual([
        'restricted layer(s): data',
      ]);
    });
  });
});
