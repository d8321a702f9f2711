import { describe, expect, it } from '@jest/globals';
import { DATASETS } from '../src/knowledge/datasets.js';
import { findDataset, findDatasetById } from '../src/knowledge/lookup-dataset.js';
import parseSpdx from 'spdx-expression-parse';
import spdxLicences from 'spdx-license-list';

type SpdxNode = { license: string } | { left: SpdxNode; right: SpdxNode };

/** SPDX expression of listed ids, or a single LicenseRef-... id. */
function isValidLicenceId(id: string): boolean {
  if (/^LicenseRef-[A-Za-z0-9.+-]+$/.test(id)) return true;
  try {
    const leaves: string[] = [];
    const walk = (node: SpdxNode): void => {
      if ('license' in node) leaves.push(node.license);
      else {
        walk(node.left);
        walk(node.right);
      }
    };
    walk(parseSpdx(id) as SpdxNode);
    return leaves.every((l) => l in spdxLicences);
  } catch {
    return false;
  }
}

describe('DATASETS data', () => {
  it('has at least 30 entries with unique ids', () => {
    expect(DATASETS.length).toBeGreaterThanOrEqual(30);
    const ids = DATASETS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
  });

  it.each(DATASETS.map((d) => [d.id, d] as const))('%s has valid fields', (_id, d) => {
    expect(d.name.length).toBeGreaterThan(0);
    expect(d.notes.length).toBeGreaterThan(0);
    expect(['open', 'restricted', 'closed', 'unknown']).toContain(d.openness);
    expect(['primary', 'secondary', 'provisional']).toContain(d.verification);
    if (d.access !== undefined) expect(['public', 'gated', 'withdrawn']).toContain(d.access);
    expect(d.sources.length).toBeGreaterThan(0);
    for (const url of d.sources) expect(url).toMatch(/^https:\/\/[^\s]+$/);
    if (d.licence !== null) expect(isValidLicenceId(d.licence)).toBe(true);
    // An open dataset always names the licence that makes it open.
    if (d.openness === 'open') expect(d.licence).not.toBeNull();
    const p = d.patterns;
    const count =
      (p.hub?.length ?? 0) +
      (p.hubPrefixes?.length ?? 0) +
      (p.tfds?.length ?? 0) +
      (p.torchvision?.length ?? 0) +
      (p.kaggle?.length ?? 0) +
      (p.prose?.length ?? 0);
    expect(count).toBeGreaterThan(0);
  });

  it('maps every exact name and prefix back to its own entry (no collisions)', () => {
    for (const d of DATASETS) {
      const p = d.patterns;
      for (const key of [
        ...(p.hub ?? []),
        ...(p.tfds ?? []),
        ...(p.torchvision ?? []),
        ...(p.kaggle ?? []),
      ]) {
        expect([key, findDataset(key)?.id]).toEqual([key, d.id]);
      }
      for (const prefix of p.hubPrefixes ?? []) {
        expect([prefix, findDataset(`${prefix}17_0`)?.id]).toEqual([prefix, d.id]);
      }
    }
  });

  it('keeps prose regexes anchored, case-insensitive, stateless and fast', () => {
    for (const d of DATASETS) {
      for (const re of d.patterns.prose ?? []) {
        expect(re.source.startsWith('^')).toBe(true);
        expect(re.flags).toContain('i');
        expect(re.flags).not.toMatch(/[gy]/);
        expect(re.source).not.toMatch(/\([^()]*[+*][^()]*\)[+*{]/);
        const alphabet = re.source.replace(/[^a-z0-9.:_ -]/gi, '') || 'a';
        for (const input of [
          'a'.repeat(50_000) + '!',
          alphabet.repeat(Math.ceil(50_000 / alphabet.length)) + '\u0000',
        ]) {
          const start = performance.now();
          re.test(input);
          expect(performance.now() - start).toBeLessThan(200);
        }
      }
    }
  });
});

describe('findDataset', () => {
  const table: [string, string, string | null, string][] = [
    // [reference, expected id, licence, openness]
    ['allenai/dolma', 'dolma', 'ODC-By-1.0', 'open'],
    ['HuggingFaceFW/fineweb-edu', 'fineweb-edu', 'ODC-By-1.0', 'open'],
    ['HuggingFaceFW/fineweb', 'fineweb', 'ODC-By-1.0', 'open'],
    ['wikimedia/wikipedia', 'wikipedia', 'CC-BY-SA-3.0 OR GFDL-1.3-or-later', 'open'],
    ['tatsu-lab/alpaca', 'alpaca', 'CC-BY-NC-4.0', 'restricted'],
    ['imdb', 'imdb', null, 'unknown'],
    ['CIFAR10', 'cifar-10', null, 'unknown'],
    ['ImageNet', 'imagenet', null, 'restricted'],
    ['allenai/c4', 'c4', 'ODC-By-1.0', 'open'],
    ['EleutherAI/pile', 'the-pile', null, 'unknown'],
    ['tiiuae/falcon-refinedweb', 'refinedweb', 'ODC-By-1.0', 'open'],
    ['bigcode/the-stack', 'the-stack', null, 'restricted'],
    ['bigcode/the-stack-v2-dedup', 'the-stack-v2', null, 'restricted'],
    ['laion/laion2B-en', 'laion-5b', 'CC-BY-4.0', 'unknown'],
    ['rajpurkar/squad', 'squad', 'CC-BY-SA-4.0', 'open'],
    ['OpenAssistant/oasst1', 'oasst', 'Apache-2.0', 'open'],
    ['databricks/databricks-dolly-15k', 'dolly-15k', 'CC-BY-SA-3.0', 'open'],
    ['Anthropic/hh-rlhf', 'hh-rlhf', 'MIT', 'open'],
    ['HuggingFaceH4/ultrachat_200k', 'ultrachat', 'MIT', 'open'],
    ['microsoft/ms_marco', 'ms-marco', null, 'restricted'],
    ['openslr/librispeech_asr', 'librispeech', 'CC-BY-4.0', 'open'],
    ['mozilla-foundation/common_voice_11_0', 'common-voice', 'CC0-1.0', 'open'],
    ['MNIST', 'mnist', null, 'unknown'],
    ['FashionMNIST', 'fashion-mnist', 'MIT', 'open'],
    ['CocoDetection', 'coco', 'CC-BY-4.0', 'restricted'],
    ['bookcorpus', 'bookcorpus', null, 'unknown'],
    ['anon8231489123/ShareGPT_Vicuna_unfiltered', 'sharegpt', null, 'unknown'],
  ];

  it.each(table)('%s → %s (%s, %s)', (name, id, licence, openness) => {
    const entry = findDataset(name);
    expect(entry?.id).toBe(id);
    expect(entry?.licence).toBe(licence);
    expect(entry?.openness).toBe(openness);
  });

  it('normalises URLs, configs, versions and class prefixes', () => {
    const cases: [string, string][] = [
      ['https://huggingface.co/datasets/allenai/dolma', 'dolma'],
      ['https://huggingface.co/datasets/allenai/c4/tree/main/en', 'c4'],
      ['hf://datasets/HuggingFaceFW/fineweb-edu/sample/10BT/*.parquet', 'fineweb-edu'],
      ['datasets/tatsu-lab/alpaca', 'alpaca'],
      ['glue/mrpc', 'glue'],
      ['c4/en:3.0.1', 'c4'],
      ['imdb_reviews/plain_text:1.0.0', 'imdb'],
      ['imagenet2012', 'imagenet'],
      ['torchvision.datasets.CIFAR100', 'cifar-100'],
      ['HUGGINGFACEFW/FINEWEB-EDU', 'fineweb-edu'],
      ['https://www.kaggle.com/datasets/lakshmi25npathi/imdb-dataset-of-50k-movie-reviews', 'imdb'],
      ['The Pile', 'the-pile'],
      ['LAION-5B', 'laion-5b'],
      ['Common Crawl', 'common-crawl'],
    ];
    for (const [name, id] of cases) expect([name, findDataset(name)?.id]).toEqual([name, id]);
  });

  it('returns undefined for unknown or oversized names', () => {
    for (const name of ['acme/private-data', 'json', 'csv', '', 'x'.repeat(10_000), 'someorg/imdb-copy']) {
      expect([name.slice(0, 30), findDataset(name)]).toEqual([name.slice(0, 30), undefined]);
    }
  });

  it('finds entries by id', () => {
    expect(findDatasetById('dolma')?.name).toBe('Dolma');
    expect(findDatasetById('nope')).toBeUndefined();
  });
});
