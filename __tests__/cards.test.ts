import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { scanDirectory } from '../src/scan.js';
import { cardExtractor } from '../src/extract/cards/card-extractor.js';
import { cardSections } from '../src/extract/cards/card-sections.js';
import type { Evidence, ScanWarning } from '../src/types/evidence.js';
import type { ReadFile } from '../src/types/extractor.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'cards');

/** Runs only the card extractor, so other extractors' evidence does not blur the assertions. */
function scanCards(dir: string): { evidence: Evidence[]; warnings: ScanWarning[] } {
  return scanDirectory(dir, { extractors: [cardExtractor] });
}

function ofKind<K extends Evidence['kind']>(evidence: Evidence[], kind: K): Extract<Evidence, { kind: K }>[] {
  return evidence.filter((e): e is Extract<Evidence, { kind: K }> => e.kind === kind);
}

describe('model card of a fine-tune', () => {
  const { evidence, warnings } = scanCards(path.join(FIXTURES, 'finetune'));

  it('emits one card with its metadata', () => {
    expect(ofKind(evidence, 'card')).toEqual([
      {
        kind: 'card',
        file: 'README.md',
        line: 1,
        cardType: 'model',
        license: 'apache-2.0',
        datasets: ['HuggingFaceH4/ultrachat_200k', 'openbmb/UltraFeedback'],
        baseModels: ['meta-llama/Llama-3.1-8B-Instruct'],
        baseModelRelation: 'finetune',
        tags: ['llama', 'chat'],
        pipelineTag: 'text-generation',
        libraryName: 'transformers',
        gated: false,
        sections: ['Model Details', 'Training Data', 'Citation'],
        emptySections: [],
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('emits the base model on its YAML line', () => {
    expect(ofKind(evidence, 'model')).toEqual([
      {
        kind: 'model',
        file: 'README.md',
        line: 5,
        name: 'meta-llama/Llama-3.1-8B-Instruct',
        via: 'card-base-model',
        strength: 'strong',
        relation: 'finetune',
        derivedFrom: 'README.md',
      },
    ]);
  });

  it('emits each dataset on its list line, quoted and commented entries included', () => {
    expect(ofKind(evidence, 'dataset').map((d) => [d.name, d.line, d.via, d.strength])).toEqual([
      ['HuggingFaceH4/ultrachat_200k', 8, 'card', 'strong'],
      ['openbmb/UltraFeedback', 9, 'card', 'strong'],
    ]);
  });

  it('emits the licence on the license: line with the Hub id', () => {
    expect(ofKind(evidence, 'licence')).toEqual([
      {
        kind: 'licence',
        file: 'README.md',
        line: 4,
        id: 'apache-2.0',
        confidence: 0.9,
        method: 'card',
        source: 'card',
        detail: 'card license: field "apache-2.0"',
      },
    ]);
  });
});

describe('dataset card', () => {
  const { evidence } = scanCards(path.join(FIXTURES, 'dataset'));

  it('is recognised by its dataset keys, at any depth, with every licence of a list', () => {
    const [card] = ofKind(evidence, 'card');
    expect(card).toMatchObject({
      file: 'data/README.md',
      cardType: 'dataset',
      license: 'cc-by-4.0',
      licenses: ['cc-by-4.0', 'odc-by'],
      sections: ['Dataset Structure', 'Dataset Creation', 'Source Data'],
      emptySections: [],
    });
    expect(ofKind(evidence, 'licence').map((l) => [l.id, l.line])).toEqual([
      ['cc-by-4.0', 3],
      ['odc-by', 4],
    ]);
    expect(ofKind(evidence, 'model')).toEqual([]);
  });
});

describe('template card with gated access, a merge and empty sections', () => {
  const { evidence } = scanCards(path.join(FIXTURES, 'template'));

  it('reads license_name, license_link, gating and the sections still to fill in', () => {
    const [card] = ofKind(evidence, 'card');
    expect(card).toMatchObject({
      file: 'MODEL_CARD.md',
      cardType: 'model',
      license: 'other',
      licenseName: 'acme-model-license',
      licenseLink: 'LICENSE',
      gated: true,
      baseModelRelation: 'merge',
      sections: [
        'Model Details',
        'Model Description',
        'Uses',
        'Bias, Risks, and Limitations',
        'Training Details',
        'Training Data',
        'Technical Specifications',
        'Model Architecture and Objective',
      ],
      emptySections: ['Model Description', 'Uses', 'Training Data', 'Model Architecture and Objective'],
    });
  });

  it('emits each merged base model on its own line, and the licence detail names license_name and link', () => {
    expect(ofKind(evidence, 'model').map((m) => [m.name, m.line, m.relation])).toEqual([
      ['org-a/model-one', 6, 'merge'],
      ['org-b/model-two', 7, 'merge'],
    ]);
    expect(ofKind(evidence, 'licence')).toEqual([
      expect.objectContaining({
        line: 2,
        id: 'other',
        detail: 'card license: field "other"; license_name "acme-model-license"; license_link "LICENSE"',
      }),
    ]);
  });
});

describe('malformed and non-card front matter', () => {
  it('warns with the YAML error line and emits nothing for a broken card', () => {
    const { evidence, warnings } = scanCards(path.join(FIXTURES, 'malformed'));
    expect(evidence).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'README.md', code: 'malformed' });
    // js-yaml stops at the line after the unclosed flow list (file line 4).
    expect(warnings[0]?.line).toBe(4);
  });

  it('does not take a blog post front matter (title, date, tags) for a card', () => {
    const { evidence, warnings } = scanCards(path.join(FIXTURES, 'blog'));
    expect(evidence).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('skips a binary README.md after the reader warned', () => {
    const root = makeTempRepo({
      'README.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0xff, 0x00]),
    });
    try {
      const { evidence, warnings } = scanCards(root);
      expect(evidence).toEqual([]);
      expect(warnings.map((w) => w.code)).toEqual(['binary']);
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('card extractor robustness', () => {
  const run = (text: string, name = 'README.md'): { evidence: Evidence[]; warnings: ScanWarning[] } => {
    const evidence: Evidence[] = [];
    const warnings: ScanWarning[] = [];
    const file: ReadFile = {
      info: { path: name, name: name.toLowerCase(), ext: 'md' },
      size: text.length,
      text,
      binary: false,
    };
    cardExtractor.extract(file, { add: (e) => evidence.push(e), warn: (w) => warnings.push(w) });
    return { evidence, warnings };
  };

  it('never throws on odd YAML values', () => {
    const odd = [
      '---\n- a\n- b\n---\n',
      '---\nlicense: 3\nbase_model: {a: 1}\ndatasets: [null, 7, "x"]\ntags: yes\n---\n',
      '---\nlicense: !!js/function "function(){}"\n---\n',
      '---\n' + 'license: mit\n' + 'x'.repeat(300_000) + '\n---\n',
      '---\nbase_model: &a [*a]\n---\n',
      '\ufeff---\nlicense: MIT\n---\n# Uses\n',
    ];
    for (const text of odd) expect(() => run(text)).not.toThrow();
    expect(run(odd[1]!).evidence.map((e) => e.kind)).toEqual(['card', 'dataset']);
    expect(run(odd[5]!).evidence).toContainEqual(
      expect.objectContaining({ kind: 'licence', id: 'mit', line: 2 }),
    );
  });

  it('names DATASET_CARD.md a dataset card even without dataset keys', () => {
    const { evidence } = run('---\nlicense: cc0-1.0\n---\n', 'DATASET_CARD.md');
    expect(evidence[0]).toMatchObject({ kind: 'card', cardType: 'dataset' });
  });

  it('treats gated: false as not gated and gated: auto as gated', () => {
    expect(run('---\nlicense: mit\ngated: false\n---\n').evidence[0]).toMatchObject({ gated: false });
    expect(run('---\nlicense: mit\ngated: auto\n---\n').evidence[0]).toMatchObject({ gated: true });
  });
});

describe('cardSections', () => {
  it('matches headings regardless of case, punctuation and closing hashes, outside code blocks', () => {
    const text = [
      '## bias, risks and limitations ##',
      'None known.',
      '```',
      '## Evaluation',
      '```',
      '### HOW TO GET STARTED WITH THE MODEL',
      '[More Information Needed]',
    ].join('\n');
    expect(cardSections(text)).toEqual({
      sections: ['Bias, Risks, and Limitations', 'How to Get Started with the Model'],
      emptySections: ['How to Get Started with the Model'],
    });
  });
});
