// The bundled examples, scanned end to end: every AI part in them appears in the report
// with the right file and line, and each gets the verdict an expert would give.
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from './helpers/report-schema.js';
import type { Report } from '../src/types/report.js';

const EXAMPLES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const report = (name: string): Report => analyse(path.join(EXAMPLES, name));
const where = (r: Report, type: string): string[] =>
  r.components
    .filter((c) => c.type === type)
    .flatMap((c) => c.locations.map((l) => `${c.name} @ ${l.file}:${l.line}`));
const claims = (r: Report): string[] =>
  r.claims.map((c) => `${c.file}:${c.line} ${c.kind} supported=${c.supported}`);

describe('examples/llama-chat-app (built on Llama 3.1, calls itself fully open-source AI)', () => {
  const r = report('llama-chat-app');
  it('finds the models, the claim and the licences where they are', () => {
    expect(where(r, 'model')).toEqual(
      expect.arrayContaining([
        'meta-llama/Llama-3.1-8B-Instruct @ app/model.py:10',
        'meta-llama/Llama-3.1-8B-Instruct @ app/model.py:11',
        'sentence-transformers/all-MiniLM-L6-v2 @ app/model.py:16',
        'Llama 3.1 8B Instruct @ README.md:8',
      ]),
    );
    expect(claims(r)).toEqual(['README.md:3 open-source-ai supported=false']);
    expect(where(r, 'licence')).toEqual(
      expect.arrayContaining(['Apache-2.0 @ pyproject.toml:5', 'Apache-2.0 @ app/model.py:1']),
    );
    expect(where(r, 'dependency')).toEqual(
      expect.arrayContaining(['transformers @ requirements.txt:1', 'torch @ requirements.txt:2']),
    );
  });
  it('is restricted, and the claim is a mislabel with honest wording', () => {
    expect(r.verdict).toBe('restricted');
    expect(r.layers.weights).toMatchObject({
      status: 'restricted',
      licences: expect.arrayContaining(['LicenseRef-llama3.1']),
    });
    expect(r.layers.data.status).toBe('closed');
    const mislabel = r.findings.find((f) => f.rule === 'mislabelled-open-source');
    expect(mislabel).toMatchObject({ severity: 'error', file: 'README.md', line: 3 });
    expect(mislabel?.message).toMatch(
      /Honest wording: ".*Llama 3\.1.*Community License.*training data not published"/,
    );
    expect(r.findings.some((f) => f.rule === 'obligation' && /700 million/.test(f.message))).toBe(true);
  });
});

describe('examples/support-chatbot (OpenAI API, calls itself open-source)', () => {
  const r = report('support-chatbot');
  it('finds the API use, the model, the claims and the key', () => {
    expect(where(r, 'model')).toEqual(['gpt-4o @ src/bot.js:8']);
    expect(where(r, 'api')).toEqual(
      expect.arrayContaining([
        'openai @ src/bot.js:2',
        'openai @ src/bot.js:7',
        'openai @ package.json:10',
        'openai @ .env.example:1',
      ]),
    );
    expect(claims(r)).toEqual([
      'README.md:3 open-source-ai supported=false',
      'package.json:4 open-source-ai supported=false',
    ]);
  });
  it('is closed on every AI layer and the claims are mislabels', () => {
    expect(r.verdict).toBe('closed');
    expect([r.layers.architecture.status, r.layers.data.status, r.layers.weights.status]).toEqual([
      'closed',
      'closed',
      'closed',
    ]);
    expect(
      r.findings.filter((f) => f.rule === 'mislabelled-open-source' && f.severity === 'error'),
    ).toHaveLength(2);
    expect(r.findings.find((f) => f.rule === 'mislabelled-open-source')?.message).toMatch(
      /openai API \(gpt-4o\)/,
    );
  });
});

describe('examples/tiny-open-lm (open code, architecture, weights and data)', () => {
  const r = report('tiny-open-lm');
  it('finds the card, datasets, weights, architecture and claim where they are', () => {
    expect(where(r, 'model-card')).toEqual(['README.md @ README.md:1']);
    expect(where(r, 'dataset')).toEqual(
      expect.arrayContaining([
        'HuggingFaceFW/fineweb-edu @ README.md:11',
        'wikimedia/wikipedia @ README.md:12',
        'HuggingFaceFW/fineweb-edu @ scripts/prepare_data.py:5',
        'wikimedia/wikipedia @ scripts/prepare_data.py:6',
      ]),
    );
    expect(where(r, 'weights-file')).toEqual(['weights/model.safetensors @ weights/model.safetensors:0']);
    expect(where(r, 'model')).toEqual(expect.arrayContaining(['TinyLMForCausalLM @ config.json:2']));
    // The README's own BibTeX title is a claim too ("TinyLM: a small, fully open language model").
    expect(claims(r)).toEqual([
      'README.md:17 open-source-ai supported=true',
      'README.md:58 open-source-ai supported=true',
    ]);
  });
  it('is open source AI, passes the OSAID, and raises no mislabel', () => {
    expect(r.verdict).toBe('open-source-ai');
    expect(r.osaid.result).toBe('pass');
    expect(r.findings.filter((f) => f.rule === 'mislabelled-open-source')).toEqual([]);
    expect(r.mof.class).not.toBeNull();
  });
});

describe('examples/writing-assistant (a default local model, optional hosted providers, an evaluation judge)', () => {
  const r = report('writing-assistant');
  const role = (name: string) => r.components.find((c) => c.name === name);
  it('grades the default model and lists the providers and the judge as not graded', () => {
    expect(role('mistralai/Mistral-7B-Instruct-v0.3')).toMatchObject({ role: 'runtime', graded: true });
    expect(
      r.components.filter((c) => c.type === 'api').map((c) => [c.name, c.role, c.graded, c.status]),
    ).toEqual([
      ['openai', 'optional', false, 'closed'],
      ['anthropic', 'optional', false, 'closed'],
      ['google-gemini', 'optional', false, 'closed'],
    ]);
    expect(role('gpt-4o')).toMatchObject({ role: 'evaluation', graded: false, status: 'closed' });
    expect(r.subject).toMatchObject({ kind: 'application', name: 'Quill' });
  });
  it('is open weights, and the open-source claim is a mislabel on the data layer only', () => {
    expect(r.verdict).toBe('open-weights');
    const mislabel = r.findings.find((f) => f.rule === 'mislabelled-open-source');
    expect(mislabel).toMatchObject({ severity: 'error', file: 'README.md', line: 3 });
    expect(mislabel?.message).toContain('training data layer is closed');
    expect(mislabel?.message).not.toContain('weights layer');
  });
});
