import { describe, expect, it } from '@jest/globals';
import parseSpdx from 'spdx-expression-parse';
import spdxLicences from 'spdx-license-list';
import { MODELS } from '../src/knowledge/models.js';
import { DATASETS } from '../src/knowledge/datasets.js';
import { findModel, findModelById, matchModel } from '../src/knowledge/lookup-model.js';
import type { ModelEntry } from '../src/knowledge/model-entry.js';

type SpdxNode = { license: string } | { left: SpdxNode; right: SpdxNode };

/** SPDX expression of listed ids, a single LicenseRef-... id, or NOASSERTION (released, no licence stated). */
function isValidLicenceId(id: string): boolean {
  if (id === 'NOASSERTION') return true;
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

function allRegexes(entry: ModelEntry): RegExp[] {
  const p = entry.patterns;
  return [...(p.hub ?? []).map((h) => h.name), ...(p.ollama ?? []), ...(p.api ?? []), ...(p.prose ?? [])];
}

describe('MODELS data', () => {
  it('has at least 40 entries with unique ids', () => {
    expect(MODELS.length).toBeGreaterThanOrEqual(40);
    const ids = MODELS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
  });

  it.each(MODELS.map((m) => [m.id, m] as const))('%s has valid fields', (_id, m) => {
    expect(m.family.length).toBeGreaterThan(0);
    expect(m.name.length).toBeGreaterThan(0);
    expect(m.developer.length).toBeGreaterThan(0);
    expect(['code', 'paper-only', 'undisclosed']).toContain(m.architecture);
    expect(['open', 'partial', 'described', 'undisclosed']).toContain(m.trainingData);
    expect(['open', 'gated', 'api-only']).toContain(m.weights);
    expect(['primary', 'secondary', 'provisional']).toContain(m.verification);
    expect(m.sources.length).toBeGreaterThan(0);
    for (const url of m.sources) expect(url).toMatch(/^https:\/\/[^\s]+$/);
    expect(allRegexes(m).length).toBeGreaterThan(0);
    expect(m.examples.length).toBeGreaterThan(0);
    // API-only models release no weights; released weights always carry a licence id.
    if (m.weights === 'api-only') expect(m.weightsLicence).toBeNull();
    else expect(m.weightsLicence).not.toBeNull();
    if (m.weightsLicence !== null) expect(isValidLicenceId(m.weightsLicence)).toBe(true);
    if (m.codeLicence !== null) expect(isValidLicenceId(m.codeLicence)).toBe(true);
    if (m.trainingData === 'open') expect((m.datasets ?? []).length).toBeGreaterThan(0);
    for (const ds of m.datasets ?? []) expect(DATASETS.some((d) => d.id === ds)).toBe(true);
    if (m.baseOf !== undefined) expect(findModelById(m.baseOf)).toBeDefined();
    for (const hub of m.patterns.hub ?? []) expect(hub.org.length).toBeGreaterThan(0);
  });

  it.each(MODELS.map((m) => [m.id, m] as const))(
    '%s: every example resolves to the entry itself',
    (_id, m) => {
      for (const example of m.examples) {
        expect([example, findModel({ name: example })?.id]).toEqual([example, m.id]);
      }
    },
  );
});

describe('pattern regexes are safe', () => {
  const regexes = MODELS.flatMap((m) => allRegexes(m).map((re) => [`${m.id} ${re.source}`, re] as const));

  it.each(regexes)(
    '%s is anchored, case-insensitive, stateless and has no nested quantifier',
    (_name, re) => {
      expect(re.source.startsWith('^')).toBe(true);
      expect(re.flags).toContain('i');
      expect(re.flags).not.toMatch(/[gy]/);
      // A quantified group that itself contains + or * is the shape that backtracks badly.
      expect(re.source).not.toMatch(/\([^()]*[+*][^()]*\)[+*{]/);
    },
  );

  it('returns quickly on 50k-character adversarial strings', () => {
    for (const [, re] of regexes) {
      const alphabet = re.source.replace(/[^a-z0-9.:_ -]/gi, '') || 'a';
      const inputs = [
        'a'.repeat(50_000) + '!',
        '-'.repeat(50_000),
        alphabet.repeat(Math.ceil(50_000 / alphabet.length)) + '\u0000',
        (re.source.replace(/[\\^$()?:|[\]{}+*]/g, '') + '-').repeat(2_000) + '\u0000',
      ];
      for (const input of inputs) {
        const start = performance.now();
        re.test(input);
        expect(performance.now() - start).toBeLessThan(200);
      }
    }
  });
});

describe('findModel', () => {
  const table: [string, string | undefined, string, string | null][] = [
    // [reference, via, expected id, expected weights licence]
    ['meta-llama/Llama-3.1-8B-Instruct', 'from_pretrained', 'llama-3.1', 'LicenseRef-llama3.1'],
    ['meta-llama/Meta-Llama-3.1-405B-Instruct', undefined, 'llama-3.1', 'LicenseRef-llama3.1'],
    ['meta-llama/Meta-Llama-3-8B', 'from_pretrained', 'llama-3', 'LicenseRef-llama3'],
    ['meta-llama/Llama-2-7b-chat-hf', undefined, 'llama-2', 'LicenseRef-llama2'],
    ['meta-llama/Llama-3.2-3B-Instruct', undefined, 'llama-3.2', 'LicenseRef-llama3.2'],
    ['meta-llama/Llama-3.2-11B-Vision-Instruct', undefined, 'llama-3.2-vision', 'LicenseRef-llama3.2'],
    ['meta-llama/Llama-3.3-70B-Instruct', undefined, 'llama-3.3', 'LicenseRef-llama3.3'],
    ['meta-llama/Llama-4-Scout-17B-16E-Instruct', undefined, 'llama-4', 'LicenseRef-llama4'],
    ['google/gemma-2-9b-it', 'from_pretrained', 'gemma', 'LicenseRef-gemma'],
    ['google/gemma-3-4b-it', undefined, 'gemma', 'LicenseRef-gemma'],
    ['google/gemma-4-31b-it', undefined, 'gemma-4', 'Apache-2.0'],
    ['mistralai/Mistral-7B-Instruct-v0.3', 'from_pretrained', 'mistral-7b', 'Apache-2.0'],
    ['mistralai/Mixtral-8x7B-Instruct-v0.1', undefined, 'mixtral', 'Apache-2.0'],
    ['mistralai/Mistral-Nemo-Instruct-2407', undefined, 'mistral-nemo', 'Apache-2.0'],
    ['mistralai/Mistral-Large-Instruct-2407', undefined, 'mistral-large-2', 'LicenseRef-mistral-mrl-0.1'],
    ['mistralai/Codestral-22B-v0.1', undefined, 'codestral-22b', 'LicenseRef-mistral-mnpl-0.1'],
    ['mistral-large-latest', 'api', 'mistral-api', null],
    ['open-mistral-nemo', 'api', 'mistral-nemo', 'Apache-2.0'],
    ['open-mixtral-8x7b', 'api', 'mixtral', 'Apache-2.0'],
    ['tiiuae/falcon-180B', undefined, 'falcon-180b', 'LicenseRef-falcon-180b-tii-1.0'],
    ['tiiuae/falcon-7b', undefined, 'falcon-7b-40b', 'Apache-2.0'],
    ['tiiuae/Falcon3-10B-Instruct', undefined, 'falcon-2-3-h1', 'LicenseRef-tii-falcon-license-2.0'],
    ['Qwen/Qwen2.5-3B-Instruct', undefined, 'qwen2.5-3b', 'LicenseRef-qwen-research'],
    ['Qwen/Qwen2.5-72B-Instruct', undefined, 'qwen2.5-72b', 'LicenseRef-qwen'],
    ['Qwen/Qwen2.5-7B-Instruct', undefined, 'qwen2.5', 'Apache-2.0'],
    ['Qwen/Qwen2.5-32B-Instruct', undefined, 'qwen2.5', 'Apache-2.0'],
    ['Qwen/Qwen2-72B-Instruct', undefined, 'qwen2-72b', 'LicenseRef-tongyi-qianwen'],
    ['Qwen/Qwen2-7B', undefined, 'qwen2', 'Apache-2.0'],
    ['Qwen/Qwen1.5-14B-Chat', undefined, 'qwen', 'LicenseRef-tongyi-qianwen'],
    ['Qwen/Qwen3-30B-A3B', undefined, 'qwen3', 'Apache-2.0'],
    ['qwen2.5:72b', 'ollama', 'qwen2.5-72b', 'LicenseRef-qwen'],
    ['qwen2.5:3b', 'ollama', 'qwen2.5-3b', 'LicenseRef-qwen-research'],
    ['qwen2.5:32b', 'ollama', 'qwen2.5', 'Apache-2.0'],
    ['deepseek-ai/DeepSeek-R1', undefined, 'deepseek-r1', 'MIT'],
    ['deepseek-ai/DeepSeek-V2', undefined, 'deepseek', 'LicenseRef-deepseek-license-1.0'],
    ['deepseek-ai/DeepSeek-V3', undefined, 'deepseek', 'LicenseRef-deepseek-license-1.0'],
    ['deepseek-ai/DeepSeek-V3-0324', undefined, 'deepseek-v3-mit', 'MIT'],
    [
      'deepseek-ai/DeepSeek-R1-Distill-Llama-8B',
      undefined,
      'deepseek-r1-distill-llama-8b',
      'LicenseRef-llama3.1',
    ],
    ['deepseek-r1', 'ollama', 'deepseek-r1', 'MIT'],
    ['microsoft/phi-2', undefined, 'phi-2', 'MIT'],
    ['microsoft/Phi-3-mini-4k-instruct', undefined, 'phi-3', 'MIT'],
    ['phi4', 'ollama', 'phi-4', 'MIT'],
    ['gpt-4o', 'api', 'gpt-4', null],
    ['gpt-4o-mini', undefined, 'gpt-4', null],
    ['o3-mini', 'api', 'openai-o-series', null],
    ['chatgpt-4o-latest', 'api', 'gpt-4', null],
    ['gpt-oss-20b', 'api', 'gpt-oss', 'Apache-2.0'],
    ['openai/gpt-oss-120b', 'from_pretrained', 'gpt-oss', 'Apache-2.0'],
    ['gpt-oss:20b', 'ollama', 'gpt-oss', 'Apache-2.0'],
    ['claude-3-5-sonnet-latest', 'api', 'claude', null],
    ['claude-opus-4-1', 'api', 'claude', null],
    ['gemini-1.5-pro', 'api', 'gemini', null],
    ['grok-3', 'api', 'grok-api', null],
    ['xai-org/grok-1', undefined, 'grok-1', 'Apache-2.0'],
    ['llama3.1:8b', 'ollama', 'llama-3.1', 'LicenseRef-llama3.1'],
    ['llama3.1', 'ollama', 'llama-3.1', 'LicenseRef-llama3.1'],
    ['llama3.2', 'ollama', 'llama-3.2', 'LicenseRef-llama3.2'],
    ['llama3.2-vision', 'ollama', 'llama-3.2-vision', 'LicenseRef-llama3.2'],
    ['gemma2', 'ollama', 'gemma', 'LicenseRef-gemma'],
    ['gemma3:12b', 'ollama', 'gemma', 'LicenseRef-gemma'],
    ['mistral', 'ollama', 'mistral-7b', 'Apache-2.0'],
    ['mixtral:8x22b', 'ollama', 'mixtral', 'Apache-2.0'],
    ['phi3', 'ollama', 'phi-3', 'MIT'],
    ['stabilityai/stable-diffusion-xl-base-1.0', 'diffusers', 'sd-2-xl', 'LicenseRef-openrail-plusplus'],
    ['stabilityai/stable-diffusion-2-1', 'diffusers', 'sd-2-xl', 'LicenseRef-openrail-plusplus'],
    ['runwayml/stable-diffusion-v1-5', 'diffusers', 'sd-1', 'LicenseRef-creativeml-openrail-m'],
    ['stabilityai/stable-diffusion-3.5-large', 'diffusers', 'sd-3', 'LicenseRef-stabilityai-community'],
    ['allenai/OLMo-2-1124-7B', undefined, 'olmo', 'Apache-2.0'],
    ['EleutherAI/pythia-1b', undefined, 'pythia', 'Apache-2.0'],
    ['EleutherAI/gpt-j-6b', undefined, 'gpt-j', 'Apache-2.0'],
    ['EleutherAI/gpt-neox-20b', undefined, 'gpt-neox-20b', 'Apache-2.0'],
    ['bigscience/bloom-7b1', undefined, 'bloom', 'LicenseRef-bigscience-bloom-rail-1.0'],
    ['bigcode/starcoder2-15b', undefined, 'starcoder2', 'LicenseRef-bigcode-openrail-m'],
    ['bigcode/starcoder', undefined, 'starcoder', 'LicenseRef-bigcode-openrail-m'],
    ['openai/whisper-large-v3', 'pipeline', 'whisper', 'MIT'],
    ['gpt2', 'from_pretrained', 'gpt-2', 'MIT'],
    ['openai-community/gpt2-medium', undefined, 'gpt-2', 'MIT'],
    ['bert-base-uncased', 'from_pretrained', 'bert', 'Apache-2.0'],
    ['google-t5/t5-small', undefined, 't5', 'Apache-2.0'],
    ['google/flan-t5-large', undefined, 'flan-t5', 'Apache-2.0'],
    ['databricks/dbrx-instruct', undefined, 'dbrx', 'LicenseRef-databricks-open-model-license'],
    ['CohereForAI/c4ai-command-r-plus', undefined, 'command-r', 'CC-BY-NC-4.0'],
    ['command-r-plus', 'api', 'cohere-api', null],
    ['sentence-transformers/all-MiniLM-L6-v2', 'sentence-transformers', 'all-minilm-l6-v2', 'Apache-2.0'],
    ['all-MiniLM-L6-v2', 'sentence-transformers', 'all-minilm-l6-v2', 'Apache-2.0'],
  ];

  it('covers at least 40 references', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it.each(table)('%s (via %s) → %s / %s', (name, via, id, licence) => {
    const entry = findModel({ name, via });
    expect(entry?.id).toBe(id);
    expect(entry?.weightsLicence).toBe(licence);
  });

  it('marks API-only and open-weight API names apart', () => {
    expect(findModel({ name: 'gpt-4o', via: 'api', provider: 'openai' })?.weights).toBe('api-only');
    expect(findModel({ name: 'gpt-oss-20b', via: 'api', provider: 'openai' })?.weights).toBe('open');
    expect(findModel({ name: 'claude-3-5-sonnet-latest', via: 'api' })?.weights).toBe('api-only');
    expect(findModel({ name: 'open-mistral-nemo', via: 'api', provider: 'mistral' })?.weights).toBe('open');
    expect(findModel({ name: 'mistral-large-latest', via: 'api', provider: 'mistral' })?.weights).toBe(
      'api-only',
    );
    // An OpenAI-compatible client pointed at Ollama still names an open-weight model.
    expect(findModel({ name: 'llama3.1:8b', via: 'api', provider: 'openai' })?.id).toBe('llama-3.1');
  });

  it('records the EU restriction only for multimodal Llama', () => {
    const eu = (id: string) => findModelById(id)?.restrictions.some((r) => r.includes('EU')) ?? false;
    expect(eu('llama-3.2-vision')).toBe(true);
    expect(eu('llama-4')).toBe(true);
    expect(eu('llama-3.2')).toBe(false);
    expect(eu('llama-3.1')).toBe(false);
  });

  it('normalises URLs, prefixes, tags and revisions', () => {
    const cases: [string, string][] = [
      ['https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct', 'llama-3.1'],
      ['https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/resolve/main/config.json', 'llama-3.1'],
      ['huggingface.co/google/gemma-2-2b', 'gemma'],
      ['hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M', 'llama-3.2'],
      ['hf://meta-llama/Llama-3.3-70B-Instruct', 'llama-3.3'],
      ['hf-hub:openai/whisper-small', 'whisper'],
      ['  Qwen/Qwen2.5-72B-Instruct  ', 'qwen2.5-72b'],
      ['Qwen/Qwen2.5-7B-Instruct@main', 'qwen2.5'],
      ['META-LLAMA/LLAMA-3.1-8B', 'llama-3.1'],
      ['registry.ollama.ai/library/llama3.1:8b', 'llama-3.1'],
      ['library/gemma3', 'gemma'],
    ];
    for (const [name, id] of cases) expect([name, findModel({ name })?.id]).toEqual([name, id]);
  });

  it('resolves mirrors, routers, Bedrock ids, fine-tunes and weight files', () => {
    const cases: [string, string | undefined, string, string][] = [
      ['unsloth/Qwen2.5-3B-Instruct', undefined, 'qwen2.5-3b', 'mirror'],
      ['TheBloke/Llama-2-7B-Chat-GGUF', undefined, 'llama-2', 'mirror'],
      ['mlx-community/Llama-3.2-11B-Vision-Instruct-4bit', undefined, 'llama-3.2-vision', 'mirror'],
      ['openai/gpt-4o', 'api', 'gpt-4', 'router'],
      ['anthropic/claude-3.5-sonnet', 'api', 'claude', 'router'],
      ['google/gemini-2.0-flash-001', 'api', 'gemini', 'router'],
      ['models/gemini-1.5-flash', undefined, 'gemini', 'router'],
      ['deepseek/deepseek-r1', 'api', 'deepseek-r1', 'router'],
      ['bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0', 'api', 'claude', 'router'],
      ['anthropic.claude-3-haiku-20240307-v1:0', 'api', 'claude', 'api'],
      ['meta.llama3-1-8b-instruct-v1:0', 'api', 'llama-3.1', 'api'],
      ['ft:gpt-4o-mini-2024-07-18:acme::abc123', 'api', 'gpt-4', 'api'],
      ['./models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf', 'llama-cpp', 'llama-3.1', 'name'],
      ['mistral-7b-instruct-v0.2.Q4_K_M.gguf', 'llama-cpp', 'mistral-7b', 'name'],
      ['Llama 3.1', 'prose', 'llama-3.1', 'prose'],
      ['Claude 3 Opus', 'prose', 'claude', 'prose'],
      ['Gemma 4', 'prose', 'gemma-4', 'prose'],
      ['OpenAI GPT', 'prose', 'gpt-1', 'prose'],
      ['ELMo', 'prose', 'elmo', 'prose'],
    ];
    for (const [name, via, id, by] of cases) {
      const m = matchModel({ name, via });
      expect([name, m?.entry.id, m?.by]).toEqual([name, id, by]);
    }
  });

  it('does not read the hosted models of a vendor as its 2018 model', () => {
    // "OpenAI GPT" alone is GPT-1; with a version, or as a family or an API, it is the hosted models.
    for (const name of ['OpenAI GPT models', 'OpenAI GPT API', 'OpenAI GPT-3.5', 'OpenAI GPTs'])
      expect([name, matchModel({ name, via: 'prose' })?.entry.id]).not.toEqual([name, 'gpt-1']);
  });

  it('strips router prefixes of Hub publishers only for API references', () => {
    expect(findModel({ name: 'mistralai/Mistral-Small-24B-Instruct-2501' })).toBeUndefined();
    expect(findModel({ name: 'mistralai/mistral-large', via: 'api' })?.id).toBe('mistral-api');
    expect(findModel({ name: 'google/gemini-2.0-flash' })).toBeUndefined();
    expect(findModel({ name: 'x-ai/grok-2-1212' })?.id).toBe('grok-api');
  });

  it('lets the via hint pick between an Ollama tag and an API name', () => {
    expect(findModel({ name: 'command-r', via: 'ollama' })?.id).toBe('command-r');
    expect(findModel({ name: 'command-r', via: 'api', provider: 'cohere' })?.id).toBe('cohere-api');
  });

  it('returns undefined for unknown, non-model and oversized references', () => {
    for (const name of [
      'acme/my-private-model',
      'someone/gpt-4o-clone',
      'meta-llama/Unknown-Model',
      'google/medgemma-4b-it',
      'datasets/allenai/dolma',
      'https://huggingface.co/datasets/allenai/c4',
      'totally-unknown-model',
      '',
      '   ',
      'x'.repeat(10_000),
      'Qwen/Qwen9-7B',
    ]) {
      expect([name.slice(0, 40), findModel({ name })]).toEqual([name.slice(0, 40), undefined]);
    }
  });

  it('answers repeated lookups consistently and fast', () => {
    const names = table.map(([name]) => name);
    const start = performance.now();
    for (let i = 0; i < 20_000; i++) {
      const name = `${names[i % names.length] ?? ''}${i % 3 === 0 ? '' : `-x${i}`}`;
      findModel({ name, via: i % 2 ? 'api' : undefined });
    }
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(findModel({ name: 'meta-llama/Llama-3.1-8B-Instruct' })?.id).toBe('llama-3.1');
    expect(findModel({ name: 'meta-llama/Llama-3.1-8B-Instruct' })?.id).toBe('llama-3.1');
  });
});
