// A claim about one of the project's own models (named in its sentence or in the heading it
// sits under) is judged on that model's facts and the project's code; any other claim on
// everything the project grades.
import { afterAll, describe, expect, it } from '@jest/globals';
import { analyse } from './helpers/report-schema.js';
import type { Report } from '../src/types/report.js';
import { proseParagraphs } from '../src/extract/claims/prose-paragraphs.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';
import { licenceText } from './helpers/materialise.js';

const made: string[] = [];
afterAll(() => made.forEach(removeTempRepo));

function scan(files: Record<string, string>, repository: string): Report {
  const root = makeTempRepo(files);
  made.push(root);
  return analyse(root, { threads: 1 }, { repository });
}

const mislabels = (r: Report) => r.findings.filter((f) => f.rule === 'mislabelled-open-source');

describe('a family release whose vision script loads an encoder with undisclosed data', () => {
  const files = {
    LICENSE: licenceText('Apache-2.0'),
    'README.md': [
      '# Lab Models',
      '',
      'Small models from our lab. The whole repository is fully open source AI.',
      '',
      '## OLMo 2 (text)',
      '',
      'We release OLMo 2 checkpoints: [1B](https://huggingface.co/allenai/OLMo-2-0425-1B)',
      '',
      '- **Fully open model**: weights, data mixture and training code are all public.',
      '',
      '## Vision experiments',
      '',
      'Our vision models are fully open source AI as well.',
      '',
    ].join('\n'),
    'text/train.py':
      'from transformers import AutoModelForCausalLM\nm = AutoModelForCausalLM.from_pretrained("allenai/OLMo-2-0425-1B")\n',
    'vision/encoder.py':
      'from transformers import AutoModel\nenc = AutoModel.from_pretrained("google/siglip-base-patch16-224")\n',
  };
  const report = scan(files, 'allenai/lab-models');

  it('grades the project with the encoder in it', () => {
    expect(report.layers.data.status).toBe('closed');
    expect(report.verdict).toBe('open-weights');
  });

  it('judges the claim under the model heading on that model, and says so', () => {
    const claim = report.claims.find((c) => c.line === 9);
    expect(claim).toMatchObject({ supported: true, about: 'OLMo / OLMo 2 / OLMoE' });
    expect(mislabels(report).some((f) => f.line === 9)).toBe(false);
  });

  it('judges claims that name no own model on the whole project', () => {
    const flagged = mislabels(report).map((f) => [f.line, f.severity]);
    expect(flagged).toEqual([
      [3, 'error'],
      [13, 'error'],
    ]);
    expect(report.claims.find((c) => c.line === 13)?.about).toBeUndefined();
    expect(mislabels(report)[0]?.message).toContain('SigLIP training data not disclosed');
  });
});

describe('a release of a model whose own terms restrict it', () => {
  it('keeps a claim whose subject is that model, flags it and names the model it was judged on', () => {
    const report = scan(
      {
        LICENSE: licenceText('Apache-2.0'),
        'README.md':
          '# Release notes\n\nWe release new checkpoints.\n\n## Gemma 2 checkpoints\n\nGemma 2 is fully open source AI: https://huggingface.co/google/gemma-2-2b\n',
        'run.py':
          'from transformers import AutoModelForCausalLM\nm = AutoModelForCausalLM.from_pretrained("google/gemma-2-2b")\n',
      },
      'google/release-notes',
    );
    const [finding] = mislabels(report);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('but for Gemma 1 / 2 / 3');
    expect(finding?.message).toContain('the weights layer is restricted');
    expect(report.claims[0]?.about).toMatch(/^Gemma/);
  });
});

describe('prose paragraphs', () => {
  it('remember the headings they sit under, outermost first, and a heading ends its section', () => {
    const text =
      '# Top\n\nintro open\n\n## First\n\nbody one open\n\n### Deeper\n\ndeep open\n\n## Second\n\nbody two open\n';
    const got = proseParagraphs(text, 'markdown').map((p) => [p.text, p.headings]);
    expect(got).toContainEqual(['intro open', ['Top']]);
    expect(got).toContainEqual(['body one open', ['Top', 'First']]);
    expect(got).toContainEqual(['deep open', ['Top', 'First', 'Deeper']]);
    expect(got).toContainEqual(['body two open', ['Top', 'Second']]);
  });
});
