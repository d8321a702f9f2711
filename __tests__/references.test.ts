import { afterAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanDirectory } from '../src/scan.js';
import type {
  ApiUseEvidence,
  DatasetRefEvidence,
  Evidence,
  ModelRefEvidence,
} from '../src/types/evidence.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';
import { looksLikeId } from '../src/extract/references/model-dataset-forms.js';
import { analyse } from './helpers/report-schema.js';
import { collectModels } from '../src/classify/model-facts.js';
import { MODELS } from '../src/knowledge/models.js';
import { licenceText } from './helpers/materialise.js';
import { API_PROVIDERS } from '../src/knowledge/api-providers.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'references');
const scan = (name: string) => scanDirectory(path.join(FIXTURES, name));
const models = (e: Evidence[]) =>
  e
    .filter((x): x is ModelRefEvidence => x.kind === 'model')
    .map((m) => `${m.file}:${m.line} ${m.name} (${m.via})`);
const datasets = (e: Evidence[]) =>
  e
    .filter((x): x is DatasetRefEvidence => x.kind === 'dataset')
    .map((d) => `${d.file}:${d.line} ${d.name} (${d.via})`);
const apis = (e: Evidence[]) =>
  e
    .filter((x): x is ApiUseEvidence => x.kind === 'api')
    .map(
      (a) =>
        `${a.file}:${a.line} ${a.provider} ${a.signal}${a.model ? ` ${a.model}` : ''}${a.local ? ' local' : ''}${a.openWeight ? ' open-weight' : ''}`,
    );

/** Scans a temporary repository of these files and returns the evidence. */
function scanFiles(files: Record<string, string>): Evidence[] {
  const root = makeTempRepo(files);
  try {
    return scanDirectory(root).evidence;
  } finally {
    removeTempRepo(root);
  }
}

/** API uses and model references of a temporary repository, each sorted. */
function refsIn(files: Record<string, string>): { apis: string[]; models: string[] } {
  const evidence = scanFiles(files);
  return { apis: apis(evidence).sort(), models: models(evidence).sort() };
}

describe('references in code', () => {
  it('finds models and datasets in Python, shell, Dockerfiles and Markdown code blocks, with file and line', () => {
    const { evidence } = scan('rag-app');
    expect(models(evidence)).toEqual(
      expect.arrayContaining([
        'rag.py:7 sentence-transformers/all-MiniLM-L6-v2 (sentence-transformers)',
        'rag.py:8 mistralai/Mistral-7B-Instruct-v0.3 (from_pretrained)',
        'rag.py:12 cross-encoder/ms-marco-MiniLM-L-6-v2 (pipeline)',
        'download.sh:2 qwen2.5:7b (ollama)',
        'download.sh:3 bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M (llama-cpp)',
        'Dockerfile:3 microsoft/phi-4 (vllm)',
        'docs/usage.md:7 google-bert/bert-base-uncased (from_pretrained)',
        'docs/usage.md:3 Mistral 7B Instruct (prose)',
      ]),
    );
    expect(datasets(evidence)).toEqual(
      expect.arrayContaining([
        'rag.py:5 wikimedia/wikipedia (load_dataset)',
        'download.sh:4 HuggingFaceFW/fineweb-edu (hf-hub)',
        'docs/usage.md:11 allenai/dolma (hf-url)', // a link in prose: weak evidence
      ]),
    );
    const all = JSON.stringify(evidence);
    expect(all).not.toContain('./checkpoints/local-model'); // a local path is not a model id
    expect(all).not.toContain('"auto"'); // a keyword argument's value is not the model
    expect(all).not.toContain('"json"'); // a builder name is not a dataset
    expect(all).not.toContain('docs/transformers'); // a documentation URL is not a model
  });

  it('finds closed APIs in JS and TS: imports, calls, model names, keys, and dependencies', () => {
    const { evidence } = scan('js-apis');
    expect(apis(evidence)).toEqual(
      expect.arrayContaining([
        'src/openai.ts:1 openai import',
        'src/openai.ts:5 openai client-call',
        'src/openai.ts:5 openai model-string gpt-4o-mini',
        'src/openai.ts:3 openai env-key',
        'src/claude.js:1 anthropic import',
        'src/claude.js:4 anthropic model-string claude-3-5-haiku-latest',
        'package.json:1 openai dependency',
      ]),
    );
    expect(models(evidence)).toContain('src/openai.ts:5 gpt-4o-mini (api)');
  });

  it('does not take an OpenAI-style call by another client (Groq) for OpenAI', () => {
    const { evidence } = scan('js-apis');
    expect(apis(evidence).filter((a) => a.startsWith('src/groq.py'))).toEqual([]);
  });

  it('marks gpt-oss as open-weight even through an OpenAI client', () => {
    const { evidence } = scan('js-apis');
    expect(apis(evidence)).toContain('src/open.ts:4 openai model-string gpt-oss-20b open-weight');
  });

  it('treats an OpenAI client pointed at a local server as local, and reads the model it names', () => {
    const { evidence } = scan('local-ollama');
    expect(apis(evidence).sort()).toEqual(
      [
        'chat.py:1 openai import local',
        'chat.py:4 openai client-call local',
        'claude_compat.py:1 anthropic import local',
        'claude_compat.py:4 anthropic client-call local',
      ].sort(),
    );
    expect(models(evidence).sort()).toEqual([
      'chat.py:4 llama3.1 (ollama)',
      'claude_compat.py:4 qwen3-coder (ollama)',
    ]);
  });

  it('names no model for an alias a local server answers to, but keeps tags, Hub ids and known names', () => {
    const root = makeTempRepo({
      'client.py': [
        'from openai import OpenAI',
        'client = OpenAI(base_url="http://localhost:8000/v1", api_key="0")',
        'a = client.chat.completions.create(model="test", messages=[])',
        'b = client.chat.completions.create(model="my-support-bot", messages=[])',
        'c = client.chat.completions.create(model="qwen2.5:7b", messages=[])',
        'd = client.chat.completions.create(model="Qwen/Qwen2.5-7B-Instruct", messages=[])',
        'e = client.chat.completions.create(model="mistral", messages=[])',
        '',
      ].join('\n'),
    });
    try {
      expect(models(scanDirectory(root).evidence)).toEqual([
        'client.py:5 qwen2.5:7b (ollama)',
        'client.py:6 Qwen/Qwen2.5-7B-Instruct (ollama)',
        'client.py:7 mistral (ollama)',
      ]);
    } finally {
      removeTempRepo(root);
    }
  });

  it('reads notebook code cells only, points at the line in the .ipynb, and warns on a broken notebook', () => {
    const { evidence, warnings } = scan('notebooks');
    expect(datasets(evidence)).toEqual(['explore.ipynb:17 imdb (load_dataset)']);
    expect(models(evidence)).toEqual([
      'explore.ipynb:19 distilbert/distilbert-base-uncased (from_pretrained)',
    ]);
    expect(warnings).toContainEqual(expect.objectContaining({ file: 'broken.ipynb', code: 'malformed' }));
  });

  it('points at the right line of a later code cell, past long outputs and Markdown cells', () => {
    // nbformat's layout: one key per line, one source line per string, outputs before source.
    const cell = (type: string, source: string[], outputs: string[] = []) => [
      '  {',
      `   "cell_type": "${type}",`,
      '   "metadata": {},',
      ...(type === 'code'
        ? [
            '   "outputs": [',
            ...outputs.map((o, i) => `    ${JSON.stringify(o)}${i < outputs.length - 1 ? ',' : ''}`),
            '   ],',
          ]
        : []),
      '   "source": [',
      ...source.map((l, i) => `    ${JSON.stringify(l)}${i < source.length - 1 ? ',' : ''}`),
      '   ]',
      '  }',
    ];
    const logs = Array.from({ length: 200 }, (_, i) => `step ${i}: loss 0.${i}\n`);
    const cells = [
      cell('code', ['import transformers\n', 'print(1)'], logs),
      cell(
        'markdown',
        Array.from({ length: 120 }, (_, i) => `Some notes, line ${i}.\n`),
      ),
      cell('code', [
        'from transformers import AutoModel\n',
        'm = AutoModel.from_pretrained("acme/widget-7b")',
      ]),
    ];
    const lines = [
      '{',
      ' "cells": [',
      ...cells.map((c, i) => c.join('\n') + (i < cells.length - 1 ? ',' : '')),
      ' ],',
      ' "nbformat": 4',
      '}',
    ];
    const text = lines.join('\n').split('\n');
    const truth = text.findIndex((l) => l.includes('acme/widget-7b')) + 1;
    expect(truth).toBeGreaterThan(300);
    const evidence = scanFiles({ 'train.ipynb': text.join('\n') });
    expect(models(evidence)).toEqual([`train.ipynb:${truth} acme/widget-7b (from_pretrained)`]);
  });

  describe('minified and hostile input', () => {
    let root = '';
    afterAll(() => {
      if (root) removeTempRepo(root);
    });

    it('scans a 2 MB one-line bundle quickly and still finds what is in it', () => {
      const filler = 'var a=function(b){return b&&b.c?b.d(e):f("g")};'.repeat(45_000);
      const bundle = `${filler}fetch("x");x.from_pretrained("org/in-bundle");${'(((((((('.repeat(20_000)}`;
      root = makeTempRepo({ 'dist/app.min.js': bundle, 'notes.py': `model="${'gpt-'.repeat(100_000)}"` });
      const started = performance.now();
      const { evidence } = scanDirectory(root, { maxFileBytes: 4 * 1024 * 1024 });
      expect(performance.now() - started).toBeLessThan(3000);
      expect(models(evidence)).toContain('dist/app.min.js:1 org/in-bundle (from_pretrained)');
    });
  });

  it.each([
    ['meta-llama/Llama-3.1-8B', true],
    ['gpt2', true],
    ['./models/x', false],
    ['/abs/path', false],
    ['${MODEL}', false],
    ['https://example.com/x', false],
    ['weights/model.safetensors', false],
  ])('looksLikeId(%j) is %s', (s, expected) => {
    expect(looksLikeId(s)).toBe(expected);
  });
});

describe('local servers named by environment variables', () => {
  it('treats a key whose base URL points at localhost as local, and open-weight models as open', () => {
    const root = makeTempRepo({
      'docs/claude-code.md':
        '# Use with Claude Code\n\n```shell\nexport ANTHROPIC_BASE_URL=http://localhost:11434\nexport ANTHROPIC_API_KEY=""\n```\n',
    });
    try {
      const { evidence } = scanDirectory(root);
      expect(apis(evidence)).toEqual(['docs/claude-code.md:5 anthropic env-key local']);
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('self-hosted servers', () => {
  const apisIn = (files: Record<string, string>): string[] => apis(scanFiles(files));

  it('takes a client on a plain-http address, literal or built, for a self-hosted server', () => {
    // llama.cpp's server tests call the project's own OpenAI-compatible server this way.
    expect(
      apisIn({
        'test_server.py': [
          'from openai import OpenAI',
          'client = OpenAI(api_key="dummy", base_url=f"http://{server.server_host}:{server.server_port}/v1")',
          'res = client.chat.completions.create(model="gpt-3.5-turbo-instruct", messages=[])',
          '',
        ].join('\n'),
        'web.ts': [
          "import OpenAI from 'openai';",
          'const client = new OpenAI({ baseURL: `http://${host}:8000/v1` });',
          "await client.chat.completions.create({ model: 'gpt-4o', messages: [] });",
          '',
        ].join('\n'),
        '.env': 'OPENAI_BASE_URL=http://gpu-box.internal:8000/v1\nOPENAI_API_KEY=x\n',
      }).sort(),
    ).toEqual(
      [
        '.env:2 openai env-key local',
        'test_server.py:1 openai import local',
        'test_server.py:3 openai client-call local',
        'test_server.py:3 openai model-string gpt-3.5-turbo-instruct local',
        'web.ts:1 openai import local',
        'web.ts:3 openai client-call local',
        'web.ts:3 openai model-string gpt-4o local',
      ].sort(),
    );
  });

  it('keeps an https address, or a plain-http one that is no base URL, as the hosted API', () => {
    expect(
      apisIn({
        'app.py': [
          'from openai import OpenAI',
          'client = OpenAI(base_url="https://api.openai.com/v1")',
          'docs = "see http://example.com"',
          'res = client.chat.completions.create(model="gpt-4o", messages=[])',
          '',
        ].join('\n'),
      }).sort(),
    ).toEqual(
      [
        'app.py:1 openai import',
        'app.py:2 openai endpoint',
        'app.py:4 openai client-call',
        'app.py:4 openai model-string gpt-4o',
      ].sort(),
    );
  });
});

describe("requests sent to a provider's API host", () => {
  const apisIn = (files: Record<string, string>) => refsIn(files).apis;

  it('are uses of that API, with or without an SDK, literal or built', () => {
    expect(
      apisIn({
        'src/chat.js': [
          'const res = await fetch("https://api.anthropic.com/v1/messages", { method: "POST" });',
          'const gem = `https://generativelanguage.googleapis.com/v1beta/models/${m}:generateContent`;',
          '',
        ].join('\n'),
        'client.py': 'url = f"https://bedrock-mantle.{region}.api.aws/openai/v1"\n',
        'ws.py': 'sock = connect("wss://api.openai.com/v1/realtime")\n',
      }),
    ).toEqual(
      [
        'client.py:1 bedrock endpoint',
        'src/chat.js:1 anthropic endpoint',
        'src/chat.js:2 google-gemini endpoint',
        'ws.py:1 openai endpoint',
      ].sort(),
    );
  });

  it('are not hosts that only begin like one, nor a host named without a scheme', () => {
    expect(
      apisIn({
        'a.py': [
          'A = "https://api.openai.com.example.org/v1"',
          'B = "https://api.anthropic.community/x"',
          'C = "see api.openai.com for keys"',
          '',
        ].join('\n'),
      }),
    ).toEqual([]);
  });

  it('keep each provider apart: a host source has no capturing group of its own', () => {
    for (const p of API_PROVIDERS)
      for (const h of p.hosts) expect([p.id, new RegExp(`${h}|`).exec('')?.length]).toEqual([p.id, 1]);
  });
});

describe('code that speaks the OpenAI API without calling OpenAI', () => {
  const found = refsIn;

  it('does not take an import of the API data types for use of the API', () => {
    expect(
      found({
        'server.py': 'import openai.types.chat as types\nfrom openai.types.completion import Completion\n',
        'types.ts':
          "import type { ChatCompletion } from 'openai';\nimport type {\n  Completion,\n} from 'openai';\n",
        'client.ts': "import type { ChatCompletion } from 'openai';\nimport OpenAI from 'openai';\n",
      }).apis,
    ).toEqual(['client.ts:2 openai import']);
  });

  it("takes a hosted model's name handed to a local runtime for that runtime's alias", () => {
    const local = found({
      'local.py': [
        'import llama_cpp',
        'llama = llama_cpp.Llama(model_path="qwen.gguf")',
        'model = "gpt-3.5-turbo"',
        'out = llama.create_chat_completion_openai_v1(model=model, messages=[])',
        '',
      ].join('\n'),
    });
    expect(local).toEqual({ apis: ['local.py:3 openai model-string gpt-3.5-turbo local'], models: [] });
    // With the SDK imported beside the runtime, the name is the hosted model.
    const mixed = found({
      'both.py': 'import llama_cpp\nimport openai\nmodel = "gpt-4o"\n',
    });
    expect(mixed.models).toEqual(['both.py:3 gpt-4o (api)']);
  });
});

describe('models named in prose', () => {
  const proseModels = (readme: string): string[] => models(scanFiles({ 'README.md': readme }));

  it('takes a model the project says it uses', () => {
    expect(proseModels('# A\n\nThe assistant is built on Llama 3.1 8B.\n')).toEqual([
      'README.md:3 Llama 3.1 8B (prose)',
    ]);
    expect(proseModels('Release v0.1. Now powered by Mistral 7B!\n')).toEqual([
      'README.md:1 Mistral 7B (prose)',
    ]);
    expect(proseModels('It is not slow; it runs Gemma 2 9B locally.\n')).toHaveLength(1);
  });

  it('lists a model that a sentence contrasts or denies as a mention, never more', () => {
    const root = makeTempRepo({
      'README.md':
        '# Notes\n\n**Does it use AI?** No. Unlike tools built on GPT-4 or Claude, it has no AI features.\n\nThis project is not built on Llama 3.1 8B.\n',
      LICENSE: licenceText('MIT'),
    });
    try {
      const report = analyse(root);
      const models = report.components.filter((c) => c.type === 'model');
      expect(models.map((c) => c.role)).toEqual(['mention', 'mention', 'mention']);
      expect(report.verdict).toBe('not-ai');
      expect(report.subject.kind).toBe('not-ai');
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('a model named in prose is graded as the model it names', () => {
  const graded = (readme: string) => {
    const root = makeTempRepo({ 'README.md': readme, LICENSE: licenceText('MIT') });
    try {
      return analyse(root);
    } finally {
      removeTempRepo(root);
    }
  };

  it('keeps the knowledge-base entry it matched, even when its display name is a list of versions', () => {
    // "GPT-4 / GPT-4o / GPT-4.1 / ChatGPT" and "Gemma 1 / 2 / 3 (...)" match no pattern themselves.
    // Named in prose only, they are mentions: listed with the status the entry gives, not graded.
    const gpt = graded('# Helper\n\nThe assistant is powered by GPT-4o.\n');
    expect(gpt.components.find((c) => c.type === 'model')).toMatchObject({
      role: 'mention',
      status: 'closed',
    });
    expect(gpt.layers.weights.status).toBe('absent');
    const gemma = graded('# Notes\n\nThe summariser is built on Gemma 2 9B.\n');
    expect(gemma.components.find((c) => c.type === 'model')).toMatchObject({
      role: 'mention',
      status: 'restricted',
      licence: 'LicenseRef-gemma',
    });
  });

  it('resolves every prose-matchable entry by the id the extractor gives', () => {
    const withProse = MODELS.filter((m) => (m.patterns.prose ?? []).length > 0);
    expect(withProse.length).toBeGreaterThan(40);
    const used = collectModels(
      withProse.map((m, i) => ({
        kind: 'model' as const,
        file: 'README.md',
        line: i + 1,
        name: m.name,
        via: 'prose' as const,
        strength: 'weak' as const,
        modelId: m.id,
      })),
      [],
    );
    expect(used.map((u) => u.entry?.id)).toEqual(withProse.map((m) => m.id));
  });
});

describe('model ids as AI gateways and routers write them', () => {
  const scanned = refsIn;

  it('reads provider/model ids of hosted models, with or without a call around them', () => {
    const found = scanned({
      'lib/models.ts': [
        'export const DEFAULT_CHAT_MODEL = "google/gemini-2.5-flash-lite";',
        'export const models = [',
        '  { id: "anthropic/claude-haiku-4.5", name: "Claude Haiku" },',
        '  { id: "xai/grok-4.1-fast-non-reasoning", name: "Grok" },',
        '];',
        '',
      ].join('\n'),
      'lib/providers.ts':
        'import { gateway } from "@ai-sdk/gateway";\nexport const title = gateway.languageModel("openai/gpt-4.1-mini");\n',
      'router.py':
        'from litellm import completion\nr = completion(model="openai/gpt-oss-120b", messages=[])\n',
    });
    expect(found.apis).toEqual(
      [
        'lib/models.ts:1 google-gemini model-string google/gemini-2.5-flash-lite',
        'lib/models.ts:3 anthropic model-string anthropic/claude-haiku-4.5',
        'lib/models.ts:4 xai model-string xai/grok-4.1-fast-non-reasoning',
        'lib/providers.ts:2 openai model-string openai/gpt-4.1-mini',
        'router.py:2 openai model-string openai/gpt-oss-120b open-weight',
      ].sort(),
    );
    expect(found.models).toContain('lib/models.ts:3 anthropic/claude-haiku-4.5 (api)');
  });

  it('leaves Hub ids of open models from the same organisations alone', () => {
    const found = scanned({
      'hub.py': [
        'from transformers import pipeline',
        'asr = pipeline("automatic-speech-recognition", model="openai/whisper-large-v3")',
        'names = ["google/gemma-2-9b", "openai/clip-vit-base-patch32", "Cohere/wikipedia-22-12"]',
        '',
      ].join('\n'),
    });
    expect(found.apis).toEqual([]);
    expect(found.models).toEqual(['hub.py:2 openai/whisper-large-v3 (pipeline)']);
  });
});

describe('settings that hold a bare model name', () => {
  it('take a legacy Hub id or a folder named for a known checkpoint, and nothing else', () => {
    const found = models(
      scanFiles({
        'train.py':
          'model_name = "gpt2"\nmodel_type = "llama"\nmodel = "base"\nMODEL_DIR = "bert-base-uncased"\n',
        'configs/run.yaml': 'encoder:\n  model_dir: t5-v1_1-xxl\n  model_class: T5EncoderModel\n',
        'notes.py':
          'print("model: gpt2")  # a usage string in code is no setting\n# model_name = "roberta-base"\n',
      }),
    ).sort();
    expect(found).toEqual([
      'configs/run.yaml:2 t5-v1_1-xxl (setting)',
      'train.py:1 gpt2 (setting)',
      'train.py:4 bert-base-uncased (setting)',
    ]);
  });
});

describe('model settings that hold a list', () => {
  it('offer the models they list: one is what the code runs, several are choices', () => {
    const evidence = scanFiles({
      'stage_one.py': "class Upscale:\n    available_models = ['stable-diffusion-x4-upscaler']\n",
      'stage_two.py': "\n\n\n\n\nSUPPORTED_MODELS = ('gpt2', 'acme/custom-7b', 'not a model')\n",
    });
    const refs = evidence
      .filter((x): x is ModelRefEvidence => x.kind === 'model')
      .map((m) => `${m.file}:${m.line} ${m.name}${m.choice ? ' choice' : ''}`)
      .sort();
    expect(refs).toEqual([
      'stage_one.py:2 stable-diffusion-x4-upscaler',
      'stage_two.py:6 acme/custom-7b choice',
      'stage_two.py:6 gpt2 choice',
    ]);
  });

  it('take the Ollama tags of known models among their items, and no unknown tag', () => {
    const evidence = scanFiles({
      'src/pick.ts':
        'const fallbackModels = [\n  "qwen3-coder:480b",\n  "gpt-oss:20b",\n  "acme-thing:1b",\n  "note:x",\n];\n',
    });
    const refs = evidence
      .filter((x): x is ModelRefEvidence => x.kind === 'model')
      .map((m) => `${m.line} ${m.name}${m.choice ? ' choice' : ''}`)
      .sort();
    expect(refs).toEqual(['2 qwen3-coder:480b choice', '3 gpt-oss:20b choice']);
  });
});

describe('models named in prose, as written', () => {
  it('keep the sizes, versions and variant words after the family name', () => {
    const evidence = scanFiles({
      'README.md':
        '# Notes\n\nClaude-3.5 Sonnet was compared with Mixtral 8x7B Instruct v0.1.\n\n| Model | Score |\n|---|---|\n| Qwen-14B-Chat | 1 |\n',
    });
    expect(models(evidence).sort()).toEqual([
      'README.md:3 Claude-3.5 Sonnet (prose)',
      'README.md:3 Mixtral 8x7B Instruct v0.1 (prose)',
      'README.md:7 Qwen-14B-Chat (prose)',
    ]);
  });
});

describe('API model names in prose', () => {
  it('count when written as one, not when a plain word happens to be one', () => {
    const evidence = scanFiles({
      'README.md':
        '# Tool\n\nInstall it with the following command:\n\n    pip install tool\n\nAda: our mascot needs the command-line tool.\n\nIt calls gpt-4o-mini for summaries.\n',
    });
    expect(models(evidence)).toEqual(['README.md:9 gpt-4o-mini (prose)']);
  });
});
