// What each AI part is to the project (its role), what the project is (its subject), and
// that only the project's own models, their bases and what it runs grade the layers.
import { afterAll, describe, expect, it } from '@jest/globals';
import { analyse } from './helpers/report-schema.js';
import type { Component, Report, Role } from '../src/types/report.js';
import { placeRole } from '../src/roles/place-role.js';
import { projectIdentity, projectMatch } from '../src/roles/project-identity.js';
import { verdictOf } from '../src/classify/verdict.js';
import { renderText } from '../src/render/text.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';
import { licenceText } from './helpers/materialise.js';
import { layer } from './helpers/report-factory.js';

const made: string[] = [];
afterAll(() => made.forEach(removeTempRepo));

function scan(files: Record<string, string>, gradeRoles: Role[] = []): Report {
  const root = makeTempRepo(files);
  made.push(root);
  return analyse(root, { threads: 1 }, { gradeRoles });
}

const part = (report: Report, name: string): Component | undefined =>
  report.components.find((c) => c.name === name);

describe('an application with one default model and five optional providers', () => {
  const files = {
    LICENSE: licenceText('MIT'),
    'README.md': '# Quill\n\nA writing assistant.\n',
    'app/config.py':
      'import os\nDEFAULT_MODEL = os.getenv("QUILL_MODEL", "mistralai/Mistral-7B-Instruct-v0.3")\n',
    'app/run.py':
      'from transformers import AutoModelForCausalLM\nfrom app.config import DEFAULT_MODEL\nm = AutoModelForCausalLM.from_pretrained(DEFAULT_MODEL)\nn = AutoModelForCausalLM.from_pretrained("mistralai/Mistral-7B-Instruct-v0.3")\n',
    'app/providers/openai_provider.py':
      'from openai import OpenAI\nclient = OpenAI()\ndef ask(p):\n    return client.chat.completions.create(model=MODEL, messages=p)\n',
    'app/providers/anthropic_provider.py':
      'import anthropic\nclient = anthropic.Anthropic()\ndef ask(p):\n    return client.messages.create(messages=p)\n',
    'app/providers/gemini_provider.py': 'from google import genai\nclient = genai.Client()\n',
    'app/providers/cohere_provider.py': 'import cohere\nclient = cohere.ClientV2()\n',
    'app/providers/mistral_provider.py': 'from mistralai import Mistral\nclient = Mistral(api_key=KEY)\n',
  };

  it('grades the default model and lists each provider as optional, with its status', () => {
    const report = scan(files);
    expect(part(report, 'mistralai/Mistral-7B-Instruct-v0.3')).toMatchObject({
      role: 'runtime',
      graded: true,
    });
    const providers = report.components.filter((c) => c.type === 'api');
    expect(providers.length).toBe(5);
    for (const p of providers) expect(p).toMatchObject({ role: 'optional', graded: false, status: 'closed' });
    expect(report.layers.weights.status).toBe('open');
    expect(report.verdict).toBe('open-weights');
    expect(report.subject.kind).toBe('application');
  });

  it('lets a team grade the optional providers too (grade-roles: [optional])', () => {
    const report = scan(files, ['optional']);
    expect(report.layers.weights.status).toBe('closed');
    expect(report.verdict).toBe('closed');
  });

  it('says what was graded and what was not, in the text report and the PR comment', () => {
    const report = scan(files);
    const text = renderText(report);
    expect(text).toContain('About: application "Quill"');
    expect(text).toMatch(/Graded: runtime: mistralai\/Mistral-7B-Instruct-v0\.3 \(open\)/);
    expect(text).toMatch(/Also present, not graded: optional: anthropic \(closed\), cohere \(closed\)/);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(
      '**Graded** (application `Quill`): runtime: `mistralai/Mistral-7B-Instruct-v0.3`',
    );
    expect(markdown).toContain('**Also present, not graded:** optional: `anthropic` (🔴 closed)');
  });
});

describe('an evaluation judge', () => {
  it('is listed as evaluation and does not close an open model project', () => {
    const report = scan({
      LICENSE: licenceText('Apache-2.0'),
      'README.md': '# Tern\n\nTraining code for the Tern models.\n',
      'tern/model.py':
        'import torch.nn as nn\n\nclass Tern(nn.Module):\n    def forward(self, x):\n        return x\n',
      'tern/train.py':
        'from transformers import AutoModel\nm = AutoModel.from_pretrained("allenai/OLMo-2-1124-7B")\n',
      'eval/judge.py':
        'from openai import OpenAI\nc = OpenAI()\nr = c.chat.completions.create(model="gpt-4o", messages=[])\n',
    });
    expect(part(report, 'gpt-4o')).toMatchObject({ role: 'evaluation', graded: false, status: 'closed' });
    expect(part(report, 'gpt-4o')?.roleReason).toContain('eval/');
    expect(report.layers.weights.status).toBe('open');
    expect(report.verdict).not.toBe('closed');
  });
});

describe('models named in a results table', () => {
  it('are evaluation baselines; the same names elsewhere in prose are mentions', () => {
    const report = scan({
      LICENSE: licenceText('Apache-2.0'),
      'README.md':
        '# Tern\n\nTern is trained from scratch.\n\n## Evaluation results\n\n| model | score |\n|---|---|\n| Llama 3.1 8B | 60 |\n| GPT-4o | 80 |\n\n## Notes\n\nThanks to the Mistral 7B authors.\n',
      'tern/model.py':
        'import torch.nn as nn\n\nclass Tern(nn.Module):\n    def forward(self, x):\n        return x\n',
    });
    const roleOf = (prefix: string) => report.components.find((c) => c.name.startsWith(prefix))?.role;
    expect([roleOf('Llama 3.1'), roleOf('GPT-4'), roleOf('Mistral 7B')]).toEqual([
      'evaluation',
      'evaluation',
      'mention',
    ]);
  });
});

describe('a model named only in a test', () => {
  it('leaves a plain library not-ai, with no finding', () => {
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md': '# docstore\n\nAn open source document database driver.\n',
      'package.json': '{ "name": "docstore", "license": "MIT" }\n',
      'lib/index.js': 'module.exports = { connect() {} };\n',
      'test/query.test.js': "it('stores model names', () => { save({ model: 'gpt-4' }); });\n",
    });
    expect(report.verdict).toBe('not-ai');
    expect(report.subject.kind).toBe('not-ai');
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });
});

describe('a research-notes page', () => {
  it('contributes no claims, and the models it discusses are mentions', () => {
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md': '# Finch\n\nA note-taking app.\n',
      'app.py':
        'from transformers import pipeline\np = pipeline("summarization", model="google/flan-t5-base")\n',
      'docs/research/model-landscape.md':
        '# Landscape\n\nLlama 3.1 is an open-weight model. Qwen2.5 is an open-source LLM that beats GPT-4o on some tasks.\n',
    });
    expect(report.claims).toEqual([]);
    const mentions = report.components.filter((c) => c.type === 'model' && c.role === 'mention');
    expect(mentions.map((c) => c.graded)).toEqual(mentions.map(() => false));
    expect(mentions.length).toBeGreaterThanOrEqual(2);
    expect(report.layers.weights.status).toBe('open');
  });
});

describe('a runtime that ships no weights', () => {
  it('has absent weights and is not graded by the models its README names', () => {
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md':
        '# tinyrun\n\nRun Llama 3.1 8B, Gemma 2 9B and Mistral 7B on your laptop.\n\n```sh\ntinyrun pull llama3.1:8b\n```\n',
      'tinyrun/model.py':
        'import torch.nn as nn\n\nclass Decoder(nn.Module):\n    def forward(self, x):\n        return x\n',
    });
    expect(report.layers.weights.status).toBe('absent');
    expect(report.verdict).not.toBe('restricted');
    expect(report.subject.kind).toBe('framework');
    expect(report.osaid.result).toBe('cannot-confirm');
    expect(report.components.filter((c) => c.type === 'model' && c.graded && c.role !== 'own')).toEqual([]);
  });
});

describe('a model release with a download URL table and a prose model card', () => {
  const release = {
    LICENSE: licenceText('MIT'),
    'README.md':
      '# Parrot\n\nParrot transcribes speech.\n\nThe code and the model weights are released under the MIT License.\n',
    'model-card.md':
      '# Parrot model card\n\nParrot was trained on 100,000 hours of audio collected from the web.\n',
    'parrot/__init__.py':
      '_MODELS = {\n    "small": "https://cdn.example.org/parrot/small.pt",\n    "large": "https://cdn.example.org/parrot/large.pt",\n}\n',
    'parrot/model.py':
      'import torch.nn as nn\n\nclass Parrot(nn.Module):\n    def forward(self, x):\n        return x\n',
  };

  it('is a model release whose weights carry the stated licence and whose undisclosed data is closed', () => {
    const report = scan(release);
    expect(report.subject.kind).toBe('model-release');
    expect(report.subject.reasons.join(' ')).toContain('parrot/__init__.py');
    expect(report.layers.weights).toMatchObject({ status: 'open', licences: ['MIT'] });
    expect(report.layers.data.status).toBe('closed');
    expect(report.verdict).toBe('open-weights');
    expect(report.osaid.result).toBe('fail');
    expect(report.mof.missing).not.toContain('model card');
  });

  it('grades the weights unknown when nothing states their licence', () => {
    const report = scan({
      ...release,
      'README.md': '# Parrot\n\nParrot transcribes speech.\n',
    });
    expect(report.layers.weights.status).toBe('unknown');
    expect(report.verdict).toBe('unknown');
  });
});

describe('training data a release names in prose', () => {
  const readme = (line: string): string =>
    `# Heron\n\nWe release the Heron chat models.\n\n## Data\n\n${line}\n`;
  const role = (report: Report, name: string) => part(report, name)?.role;

  it("makes a dataset the sentence says the project's models were tuned on its own training data", () => {
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md': readme(
        'The chat models are fine-tuned on two sets: [Chats](https://huggingface.co/datasets/acme/chats) and [Filtered code](https://huggingface.co/datasets/acme/filtered-code).',
      ),
    });
    expect(part(report, 'acme/chats')).toMatchObject({ role: 'own', graded: true });
    // Its sentence names filtering; a dataset makes no data, it is what was fed in.
    expect(role(report, 'acme/filtered-code')).toBe('own');
    expect(part(report, 'acme/chats')?.roleReason).toContain('README.md:7');
  });

  it('leaves what the reader is told they can tune on, and what a project that releases nothing names, mentions', () => {
    const toReader = scan({
      'README.md': readme('You can fine-tune on [Chats](https://huggingface.co/datasets/acme/chats) too.'),
    });
    expect(role(toReader, 'acme/chats')).toBe('mention');
    const notARelease = scan({
      'README.md':
        '# Notes\n\nThe models we like are fine-tuned on [Chats](https://huggingface.co/datasets/acme/chats).\n',
    });
    expect(role(notARelease, 'acme/chats')).toBe('mention');
  });
});

describe('a self-instruct data-generation script', () => {
  it('makes the hosted model a data generator: listed, not grading the layers', () => {
    const report = scan({
      LICENSE: licenceText('Apache-2.0'),
      'README.md':
        '# Heron\n\nWe fine-tune Qwen2.5 7B on instructions. We used GPT-4o to generate the instruction data.\n',
      'generate_instructions.py':
        'from openai import OpenAI\nclient = OpenAI()\nr = client.chat.completions.create(model="gpt-4o", messages=[])\n',
      'train.py':
        'from transformers import AutoModelForCausalLM\nm = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2.5-7B")\n',
    });
    expect(part(report, 'gpt-4o')).toMatchObject({ role: 'data-generation', graded: false });
    expect(report.components.find((c) => c.type === 'api')).toMatchObject({ role: 'data-generation' });
    expect(report.layers.weights.status).toBe('open');
    expect(report.verdict).not.toBe('closed');
  });

  it('also when the client sits in a helper the README names as the data generator', () => {
    const report = scan({
      LICENSE: licenceText('Apache-2.0'),
      'README.md': '# Heron\n\nWe used GPT-4o to generate the instruction data.\n',
      'utils.py':
        'from openai import OpenAI\nclient = OpenAI()\ndef complete(p, model="gpt-4o"):\n    return client.chat.completions.create(model=model, messages=p)\n',
      'train.py':
        'from transformers import AutoModelForCausalLM\nm = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2.5-7B")\n',
    });
    expect(part(report, 'gpt-4o')?.role).toBe('data-generation');
    expect(report.layers.weights.status).toBe('open');
  });
});

describe('placeRole', () => {
  it('tells tests, evaluation, data generation, examples and conversion tools by folder and file name', () => {
    const cases: [string, Role | null][] = [
      ['tests/test_app.py', 'test'],
      ['eval/judge.py', 'evaluation'],
      ['scripts/run_eval.py', 'evaluation'],
      ['benchmarks/speed.py', 'evaluation'],
      ['generate_instruction.py', 'data-generation'],
      ['data_processing/filter.py', 'data-generation'],
      ['examples/eval/run.py', 'example'],
      ['web_demo/app.py', 'example'],
      ['notebooks/tour.ipynb', 'example'],
      ['tour.ipynb', 'example'],
      ['.env.example', 'example'],
      ['tools/convert_to_gguf.py', 'optional'],
      ['judge_responses.py', 'evaluation'],
      ['evaluate.py', 'evaluation'],
      ['sample_app.py', 'example'],
      ['converter.py', 'optional'],
      ['corpus_building/x.py', 'data-generation'],
      ['synthetic_pairs.py', 'data-generation'],
      ['tutorial_intro.py', 'example'],
      ['mypkg/models/llama/configuration_llama.py', 'optional'],
      ['src/app.py', null],
      ['evaluator_core/app.py', null],
      ['latest/model.py', null],
    ];
    expect(cases.map(([f]) => [f, placeRole(f)?.role ?? null])).toEqual(cases);
  });
});

describe('projectMatch', () => {
  const identity = (title: string, extra: Parameters<typeof projectIdentity>[0] = []) =>
    projectIdentity(
      [{ kind: 'project', file: 'README.md', line: 1, signal: 'title', value: title }, ...extra],
      {},
    );

  it('knows a model named after the project, and not one that only shares a word with it', () => {
    expect(projectMatch('acme/Parrot-2-7B', identity('Parrot'))?.by).toBe('name');
    expect(projectMatch('acme/CogVideoX-5b', identity('CogVideo & CogVideoX'))?.by).toBe('name');
    expect(projectMatch('mistralai/Mistral-7B-v0.3', identity('Mistral-finetune'))).toBeNull();
    expect(projectMatch('meta-llama/Llama-3.1-8B', identity('llama.cpp'))).toBeNull();
    // A package's own name with a slash in it is a name, not an organisation and a repository.
    expect(projectMatch('Parrot ViT-B/32', identity('Parrot'))?.by).toBe('name');
  });

  it("takes someone else's upload of the project's model for theirs once the project's organisation is known", () => {
    const withOrg = identity('Yi', [
      { kind: 'project', file: 'README.md', line: 2, signal: 'hub-org', value: '01-ai' },
    ]);
    expect(projectMatch('01-ai/Yi-34B', withOrg)?.by).toBe('name');
    expect(projectMatch('TheBloke/Yi-34B-GGUF', withOrg)).toBeNull();
    expect(projectMatch('01-ai/some-dataset', withOrg)?.by).toBe('org');
  });
});

describe('the verdict rule', () => {
  const layers = (code: string, architecture: string, data: string, weights: string) =>
    ({
      code: layer(code as never),
      architecture: layer(architecture as never),
      data: layer(data as never),
      weights: layer(weights as never),
    }) as const;

  it('lets the model layers decide between closed and restricted', () => {
    expect(verdictOf(layers('closed', 'restricted', 'closed', 'restricted'))).toBe('restricted');
    expect(verdictOf(layers('open', 'open', 'restricted', 'closed'))).toBe('closed');
    expect(verdictOf(layers('open', 'open', 'restricted', 'open'))).toBe('open-weights');
    expect(verdictOf(layers('closed', 'open', 'open', 'open'))).toBe('closed');
    expect(verdictOf(layers('open', 'absent', 'restricted', 'absent'))).toBe('restricted');
    expect(verdictOf(layers('open', 'open', 'open', 'open'))).toBe('open-source-ai');
    expect(verdictOf(layers('open', 'absent', 'absent', 'absent'))).toBe('not-ai');
  });
});

describe("a hosted API's SDK", () => {
  const sdkFiles = (name: string) => ({
    LICENSE: licenceText('Apache-2.0'),
    'pyproject.toml': `[project]\nname = "${name}"\nversion = "1.0.0"\n`,
    'src/client.py': 'BASE_URL = "https://api.openai.com/v1"\n',
    'src/lib/other_cloud.py':
      'def base_url(region):\n    return f"https://bedrock-runtime.{region}.amazonaws.com/openai/v1"\n',
  });
  const api = (report: Report, provider: string) =>
    report.components.find((c) => c.type === 'api' && c.name === provider);

  it('runs its own API and offers the other APIs it can reach as choices', () => {
    const report = scan(sdkFiles('openai'));
    expect(report.subject?.kind).toBe('sdk');
    expect(api(report, 'openai')).toMatchObject({ role: 'runtime', graded: true });
    expect(api(report, 'bedrock')).toMatchObject({ role: 'optional', graded: false });
    expect(api(report, 'bedrock')?.roleReason).toContain('OpenAI API SDK');
  });

  it('is told by the package it publishes: an application calling both runs both', () => {
    const report = scan(sdkFiles('acme-chat'));
    expect(api(report, 'openai')).toMatchObject({ role: 'runtime' });
    expect(api(report, 'bedrock')).toMatchObject({ role: 'runtime' });
  });
});
