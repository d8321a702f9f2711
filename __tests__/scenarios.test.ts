// Scenario repositories, each with the grades an expert would give: the four layer
// statuses, the verdict, the OSI Open Source AI Definition result, and the findings
// (rule:severity, sorted). Fixtures live in __tests__/fixtures/scenarios/<name>/.

import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from './helpers/report-schema.js';
import type { LayerStatus, Report, Verdict } from '../src/types/report.js';
import { licenceText, materialise } from './helpers/materialise.js';
import { isVendoredPath } from '../src/report/vendored-paths.js';
import { layerOfLicenceFile } from '../src/classify/project-licences.js';
import { isTestOrCiPath } from '../src/extract/test-paths.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'scenarios');

interface Expected {
  layers: [code: LayerStatus, architecture: LayerStatus, data: LayerStatus, weights: LayerStatus];
  verdict: Verdict;
  osaid: Report['osaid']['result'];
  findings: string[];
}

const O = 'open';
const R = 'restricted';
const C = 'closed';
const U = 'unknown';
const A = 'absent';
const MISLABEL = 'mislabelled-open-source:error';
const OBLIGATION = 'obligation:notice';

const SCENARIOS: Record<string, Expected> = {
  // The six cases from the mission.
  'gemma-app': { layers: [O, O, C, R], verdict: 'restricted', osaid: 'fail', findings: [OBLIGATION] },
  'mistral-app': { layers: [O, O, C, O], verdict: 'open-weights', osaid: 'fail', findings: [] },
  'claude-app': { layers: [O, C, C, C], verdict: 'closed', osaid: 'fail', findings: [MISLABEL] },
  'falcon-app': { layers: [O, O, C, R], verdict: 'restricted', osaid: 'fail', findings: [OBLIGATION] },
  'llama-app': {
    layers: [O, R, C, R],
    verdict: 'restricted',
    osaid: 'fail',
    findings: [MISLABEL, OBLIGATION],
  },
  'sd-app': { layers: [O, O, C, R], verdict: 'restricted', osaid: 'fail', findings: [OBLIGATION] },
  // Fully open projects: no false alarm.
  'open-model': { layers: [O, O, O, O], verdict: 'open-source-ai', osaid: 'pass', findings: [] },
  'pythia-app': { layers: [O, O, O, O], verdict: 'open-source-ai', osaid: 'pass', findings: [] },
  'olmo-app': { layers: [O, O, O, O], verdict: 'open-source-ai', osaid: 'pass', findings: [] },
  // CC-BY-4.0 on the card with no licence text anywhere: weak evidence, said as a warning.
  'dataset-open': {
    layers: [O, A, O, A],
    verdict: 'open-source-ai',
    osaid: 'pass',
    findings: ['permissive-without-text:warning'],
  },
  // A plain library: not AI, no findings, though it says "open-source library".
  'plain-library': { layers: [O, A, A, A], verdict: 'not-ai', osaid: 'cannot-confirm', findings: [] },
  // A fine-tune that relabels its Llama base as Apache-2.0.
  'llama-relabel': {
    layers: [O, R, C, R],
    verdict: 'restricted',
    osaid: 'fail',
    findings: [MISLABEL, 'licence-conflict:warning', OBLIGATION, 'permissive-without-text:warning'],
  },
  // An honest adapter on Llama: restricted, obligations spelled out, no conflict.
  'llama-adapter': { layers: [R, R, C, R], verdict: 'restricted', osaid: 'fail', findings: [OBLIGATION] },
  // A PEFT adapter whose card has no base_model: its adapter_config.json names Llama 2, so
  // the card's Apache-2.0 conflicts and "open-source model" is a mislabel.
  'peft-adapter-relabel': {
    layers: [O, R, C, R],
    verdict: 'restricted',
    osaid: 'fail',
    findings: [MISLABEL, 'licence-conflict:warning', OBLIGATION],
  },
  // The same on an Apache-2.0 base (Mistral 7B): open weights, no conflict.
  'peft-adapter-open': { layers: [O, O, C, O], verdict: 'open-weights', osaid: 'fail', findings: [] },
  // Closed APIs.
  'gpt4o-app': { layers: [O, C, C, C], verdict: 'closed', osaid: 'fail', findings: [MISLABEL] },
  'gemini-app': { layers: [O, C, C, C], verdict: 'closed', osaid: 'fail', findings: [] },
  // An OpenAI client pointed at a local Ollama server with an open model is not a closed API.
  'ollama-local': { layers: [O, O, C, O], verdict: 'open-weights', osaid: 'fail', findings: [] },
  // gpt-oss is open-weight even through an API client.
  'gpt-oss-app': { layers: [O, O, C, O], verdict: 'open-weights', osaid: 'fail', findings: [] },
  // No licence at all: the code is all rights reserved.
  'no-licence': { layers: [C, O, C, O], verdict: 'closed', osaid: 'fail', findings: [] },
  // Versions and sizes that change the terms.
  'qwen-3b-app': { layers: [O, O, C, R], verdict: 'restricted', osaid: 'fail', findings: [OBLIGATION] },
  'qwen-7b-app': { layers: [O, O, C, O], verdict: 'open-weights', osaid: 'fail', findings: [] },
  'deepseek-r1-app': { layers: [O, O, C, O], verdict: 'open-weights', osaid: 'fail', findings: [] },
  'modelfile-llama': { layers: [O, R, C, R], verdict: 'restricted', osaid: 'fail', findings: [OBLIGATION] },
  'two-models': { layers: [O, R, C, R], verdict: 'restricted', osaid: 'fail', findings: [OBLIGATION] },
  // Datasets with restrictive terms.
  'dataset-nc': {
    layers: [O, A, R, A],
    verdict: 'restricted',
    osaid: 'fail',
    findings: [MISLABEL, OBLIGATION],
  },
  // Evidence quality.
  'tag-without-text': {
    layers: [O, O, C, O],
    verdict: 'open-weights',
    osaid: 'fail',
    findings: ['permissive-without-text:warning'],
  },
  // The project's own model (named after it), which the knowledge base does not know: the
  // repository states no weights licence and names no training data.
  'unknown-model': {
    layers: [O, U, C, U],
    verdict: 'unknown',
    osaid: 'fail',
    findings: ['mislabelled-open-source:error'],
  },
  // Wording: marketing "open model" is a notice; an honest negation is no claim.
  'open-model-marketing': {
    layers: [O, R, C, R],
    verdict: 'restricted',
    osaid: 'fail',
    findings: ['mislabelled-open-source:notice', OBLIGATION],
  },
  'honest-negation': { layers: [O, O, C, O], verdict: 'open-weights', osaid: 'fail', findings: [] },
  // DATA_LICENSE covers the repository's data, not its code; the Llama 2 base keeps its terms.
  'lora-with-data-licence': {
    layers: [O, R, C, R],
    verdict: 'restricted',
    osaid: 'fail',
    findings: [OBLIGATION],
  },
};

const made: string[] = [];
afterAll(() => made.forEach(removeTempRepo));

/** Analyses a temporary repository of these files; it is removed after the suite. */
function analyseFiles(files: Record<string, string>): Report {
  const root = makeTempRepo(files);
  made.push(root);
  return analyse(root);
}

describe('scenario repositories', () => {
  it('has a fixture for every scenario and a scenario for every fixture', () => {
    expect(fs.readdirSync(FIXTURES).sort()).toEqual(Object.keys(SCENARIOS).sort());
  });

  it.each(Object.entries(SCENARIOS))('%s', (name, expected) => {
    const dir = materialise(path.join(FIXTURES, name));
    made.push(dir);
    const report = analyse(dir);
    const got = {
      layers: [
        report.layers.code.status,
        report.layers.architecture.status,
        report.layers.data.status,
        report.layers.weights.status,
      ],
      verdict: report.verdict,
      osaid: report.osaid.result,
      findings: report.findings.map((f) => `${f.rule}:${f.severity}`).sort(),
    };
    expect(got).toEqual({ ...expected, findings: [...expected.findings].sort() });
    // Every reason and finding points at evidence a reviewer can check.
    for (const layer of Object.values(report.layers)) {
      if (layer.status !== 'absent' && layer.status !== 'closed')
        expect(layer.reasons.length).toBeGreaterThan(0);
    }
    for (const f of report.findings.filter((f) => f.rule !== 'obligation')) expect(f.file).toBeTruthy();
  });
});

describe('licence files named for a layer', () => {
  it('reads DATA_LICENSE as the licence of the data in the repository, not of the code', () => {
    const dir = materialise(path.join(FIXTURES, 'lora-with-data-licence'));
    made.push(dir);
    const report = analyse(dir);
    expect(report.layers.code.licences).toEqual(['Apache-2.0']);
    expect(report.layers.data.licences).toContain('ODC-By-1.0');
    expect(report.layers.data.reasons.join(' ')).toMatch(/covered by DATA_LICENSE/);
  });
});

describe('licence files named for a layer, either way round', () => {
  it('reads LICENSE-MODEL as the terms of the weights and LICENSE-CODE as the code licence', () => {
    const root = makeTempRepo({
      'LICENSE-CODE': licenceText('MIT'),
      'LICENSE-MODEL': licenceText('CC-BY-NC-4.0'),
      'README.md': '# Foo-7B\n\nFoo-7B is the strongest open-source model of its size.\n',
      'inference/model.py':
        'import torch.nn as nn\n\nclass Transformer(nn.Module):\n    def forward(self, x):\n        return x\n',
    });
    made.push(root);
    const report = analyse(root);
    expect(report.layers.code).toMatchObject({ status: 'open', licences: ['MIT'] });
    expect(report.layers.weights).toMatchObject({ status: 'restricted', licences: ['CC-BY-NC-4.0'] });
    expect(report.layers.weights.reasons.join(' ')).toMatch(/model weights, covered by LICENSE-MODEL/);
    const mislabel = report.findings.find((f) => f.rule === 'mislabelled-open-source');
    expect(mislabel?.message).toMatch(
      /the weights layer is restricted \(model weights, covered by LICENSE-MODEL/,
    );
  });

  it('leaves the data layer unknown, not absent, when the weights here name no training data', () => {
    const root = makeTempRepo({
      LICENSE: licenceText('Apache-2.0'),
      'model.safetensors':
        'version https://git-lfs.github.com/spec/v1\noid sha256:3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d\nsize 33571624\n',
      'config.json': '{"architectures":["LlamaForCausalLM"],"model_type":"llama"}',
      'README.md': '# M\n\nOur fully open-source model.\n',
    });
    made.push(root);
    const report = analyse(root);
    expect(report.layers.data.status).toBe('unknown');
    expect(report.layers.data.reasons.join(' ')).toMatch(
      /the training data of the weights here \(model\.safetensors\) is named nowhere in the repository/,
    );
    expect(report.verdict).not.toBe('open-source-ai');
    expect(report.osaid.result).not.toBe('pass');
    expect(report.findings.map((f) => `${f.rule}:${f.severity}`)).toContain(
      'mislabelled-open-source:warning',
    );
  });

  it('grades the weights unknown under a MODEL_LICENSE it cannot read', () => {
    const root = makeTempRepo({
      LICENSE: licenceText('Apache-2.0'),
      MODEL_LICENSE:
        'The FooLM Model License\n\n1. You may use the model parameters for research.\n2. Ask us first for anything else.\n',
    });
    made.push(root);
    const report = analyse(root);
    expect(report.layers.weights.status).toBe('unknown');
    expect(report.layers.weights.reasons).toContain(
      'model weights under MODEL_LICENSE, a licence text that is not recognised',
    );
  });

  it('names the layer from the prefix or the suffix of the file name', () => {
    const cases: [string, string][] = [
      ['LICENSE', 'code'],
      ['LICENSE-CODE', 'code'],
      ['LICENSE-MIT', 'code'],
      ['LICENSE-MODEL', 'weights'],
      ['license_weights.txt', 'weights'],
      ['MODEL_LICENSE', 'weights'],
      ['WEIGHT_DIFF_LICENSE', 'weights'],
      ['model-weights-license.txt', 'weights'],
      ['DATA_LICENSE', 'data'],
      ['LICENSE.data', 'data'],
      ['LICENSE-DATASET.md', 'data'],
      ['models/x/LICENSE-MODELS', 'code'],
    ];
    expect(cases.map(([file]) => [file, layerOfLicenceFile(file)])).toEqual(cases);
  });
});

describe('base models declared outside the card', () => {
  it("explains the conflict with the adapter config's base model", () => {
    const dir = materialise(path.join(FIXTURES, 'peft-adapter-relabel'));
    made.push(dir);
    const report = analyse(dir);
    const conflict = report.findings.find((f) => f.rule === 'licence-conflict');
    expect(conflict?.message).toBe(
      'README.md declares Apache-2.0, but its base model meta-llama/Llama-2-7b-hf is under the Llama 2 Community License Agreement. An adapter carries the terms of its base model, so these weights are restricted, not Apache-2.0.',
    );
    expect(conflict).toMatchObject({ file: 'README.md', line: 2, layer: 'weights' });
  });

  it('ties an adapter config only to the card in its own folder', () => {
    const root = makeTempRepo({
      'README.md': '---\nlicense: apache-2.0\n---\n# Tools\n',
      'lora/adapter_config.json': '{ "base_model_name_or_path": "meta-llama/Llama-2-7b-hf" }',
    });
    made.push(root);
    const report = analyse(root);
    expect(report.findings.filter((f) => f.rule === 'licence-conflict')).toEqual([]);
    expect(report.layers.weights.status).toBe('restricted');
  });

  it('words an unknown relation plainly, whatever the card says', () => {
    const root = makeTempRepo({
      'README.md':
        '---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-2-7b-hf\nbase_model_relation: constructor\n---\n# M\n',
    });
    made.push(root);
    const conflict = analyse(root).findings.find((f) => f.rule === 'licence-conflict');
    expect(conflict?.message).toContain('A model derived from another carries the terms of its base model');
  });
});

describe('claims in vendored code', () => {
  const CLAIM = 'FooChat is a fully open-source AI assistant.\n';
  const USES_LLAMA =
    'from transformers import pipeline\nchat = pipeline("text-generation", model="meta-llama/Llama-3.1-8B-Instruct")\n';

  it("are the vendored project's, not this one's; the same words in the project's docs are checked", () => {
    const root = makeTempRepo({
      'serve.py': USES_LLAMA,
      'third_party/foochat/README.md': CLAIM,
      'inference/dependencies/AutoThing/docs/NEWS.md': CLAIM,
      'tests/fixtures/release_notes.md': CLAIM,
      'docs/about.md': CLAIM,
    });
    made.push(root);
    const report = analyse(root);
    expect(report.claims.map((c) => c.file)).toEqual(['docs/about.md']);
    expect(report.findings.filter((f) => f.rule === 'mislabelled-open-source').map((f) => f.file)).toEqual([
      'docs/about.md',
    ]);
  });

  it('are recognised by a folder on the path, never by the file name', () => {
    expect(isVendoredPath('vendor/lib/README.md')).toBe(true);
    expect(isVendoredPath('src/Third_Party/x.md')).toBe(true);
    expect(isVendoredPath('docs/vendor.md')).toBe(false);
    expect(isVendoredPath('vendors/x.md')).toBe(false);
    expect(isVendoredPath('README.md')).toBe(false);
  });
});

describe('an API SDK used only against a self-hosted server', () => {
  it('is no closed API, its dependency included, and a vendor-only model name there is an alias', () => {
    const root = makeTempRepo({
      LICENSE: licenceText('MIT'),
      'tests/requirements.txt': 'pytest\nopenai~=1.55.3\n',
      'tests/test_embeddings.py': [
        'from openai import OpenAI',
        'client = OpenAI(api_key="dummy", base_url=f"http://{host}:{port}/v1")',
        'res = client.embeddings.create(model="text-embedding-3-small", input="hi")',
        '',
      ].join('\n'),
    });
    made.push(root);
    const report = analyse(root);
    expect(report.components.filter((c) => c.status === 'closed')).toEqual([]);
    expect(report.components.map((c) => c.name)).not.toContain('text-embedding-3-small');
    expect(report.verdict).not.toBe('closed');
  });

  it('still counts the dependency when another file calls the hosted API', () => {
    const root = makeTempRepo({
      LICENSE: licenceText('MIT'),
      'requirements.txt': 'openai\n',
      'local.py': 'from openai import OpenAI\nc = OpenAI(base_url="http://localhost:8000/v1")\n',
      'hosted.py':
        'from openai import OpenAI\nc = OpenAI()\nr = c.chat.completions.create(model="gpt-4o", messages=[])\n',
    });
    made.push(root);
    expect(analyse(root).layers.weights.status).toBe('closed');
  });
});

describe('the verdict with no weights anywhere', () => {
  it('grades training code that ships no model on its code and architecture, and cannot confirm the OSI definition', () => {
    // nanoGPT's shape: open training code and architecture, a scraped dataset, no weights.
    const root = makeTempRepo({
      LICENSE: licenceText('MIT'),
      'model.py':
        'import torch.nn as nn\n\nclass GPT(nn.Module):\n    def forward(self, idx):\n        return idx\n',
      'data/prepare.py': 'from datasets import load_dataset\nds = load_dataset("openwebtext")\n',
    });
    made.push(root);
    const report = analyse(root);
    expect([report.layers.architecture.status, report.layers.weights.status]).toEqual(['open', 'absent']);
    // The data is one the user may train on: the project ships no model trained on it.
    expect(report.layers.data.status).toBe('absent');
    expect(report.components.find((c) => c.name === 'openwebtext')).toMatchObject({
      role: 'optional',
      graded: false,
    });
    expect(report.subject.kind).toBe('framework');
    expect(report.osaid.result).toBe('cannot-confirm');
  });
});

describe('models named in tests and CI', () => {
  const graded = (files: Record<string, string>) => analyseFiles({ LICENSE: licenceText('MIT'), ...files });
  const APP =
    'from transformers import AutoModel\nm = AutoModel.from_pretrained("mistralai/Mistral-7B-v0.1")\n';
  const LLAMA =
    'from transformers import AutoModel\nm = AutoModel.from_pretrained("meta-llama/Llama-2-7b-hf")\n';

  it('do not grade the system when its own code names a model', () => {
    const report = graded({
      'src/app.py': APP,
      'tests/test_app.py': LLAMA,
      '.github/workflows/ci.yml': 'steps:\n  - run: huggingface-cli download meta-llama/Llama-2-7b-hf\n',
    });
    expect(report.layers.weights.status).toBe('open');
    expect(report.verdict).toBe('open-weights');
  });

  it('are test parts when nothing else names them: listed with their status, not graded', () => {
    const onlyTests = graded({ 'tests/test_app.py': LLAMA });
    expect(onlyTests.layers.weights.status).toBe('absent');
    expect(onlyTests.verdict).toBe('not-ai');
    expect(onlyTests.components.find((c) => c.name === 'meta-llama/Llama-2-7b-hf')).toMatchObject({
      role: 'test',
      graded: false,
      status: 'restricted',
    });
    // The SDK imported by the project's own code still counts; the test's model does not.
    const api = graded({
      'src/client.py': 'import openai\n',
      'tests/test_llm.py':
        'from openai import OpenAI\nc = OpenAI()\nr = c.chat.completions.create(model="gpt-4o", messages=[])\n',
    });
    expect(api.layers.weights.status).toBe('closed');
    expect(api.components.find((c) => c.name === 'gpt-4o')?.role).toBe('test');
  });

  it('are told by folder, file name and CI location', () => {
    const yes = [
      'tests/a.py',
      'pkg/test/b.py',
      'test_model.py',
      'src/model_test.py',
      'conftest.py',
      'web/app.spec.ts',
      'x.test.mjs',
      '.github/workflows/ci.yml',
      'src/__tests__/a.ts',
    ];
    const no = [
      'src/testing_utils.py',
      'latest/model.py',
      'contest.py',
      'src/app.py',
      '.github/dependabot.yml',
    ];
    expect(yes.filter((f) => !isTestOrCiPath(f))).toEqual([]);
    expect(no.filter((f) => isTestOrCiPath(f))).toEqual([]);
  });
});

describe('component statuses', () => {
  it('give modelling code its architecture status, and a known model mentioned beside stronger evidence its weights status', () => {
    const root = makeTempRepo({
      LICENSE: licenceText('Apache-2.0'),
      'model.py':
        'import torch.nn as nn\n\nclass Transformer(nn.Module):\n    def forward(self, x):\n        return x\n',
      'run.py':
        'from transformers import AutoModel\nm = AutoModel.from_pretrained("mistralai/Mistral-7B-v0.1")\n',
      'README.md': '# X\n\nSee also https://huggingface.co/meta-llama/Llama-2-7b-hf for comparison.\n',
    });
    made.push(root);
    const statuses = Object.fromEntries(
      analyse(root)
        .components.filter((c) => c.type === 'model')
        .map((c) => [c.name, c.status]),
    );
    expect(statuses).toEqual({
      'modelling code in model.py': 'open',
      'mistralai/Mistral-7B-v0.1': 'open',
      'meta-llama/Llama-2-7b-hf': 'restricted',
    });
  });

  it('mark a model reached only through a closed API as closed, as its layers are', () => {
    const root = makeTempRepo({
      LICENSE: licenceText('MIT'),
      'chat.js':
        "import OpenAI from 'openai';\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: 'gpt-4o-mini', messages: [] });\n",
    });
    made.push(root);
    const report = analyse(root);
    expect(report.layers.weights.status).toBe('closed');
    expect(report.components.filter((c) => c.type === 'model').map((c) => [c.name, c.status])).toEqual([
      ['gpt-4o-mini', 'closed'],
    ]);
  });
});

describe('hosted APIs in documentation, tests and evaluation tooling', () => {
  const graded = (files: Record<string, string>) =>
    analyseFiles({ LICENSE: licenceText('Apache-2.0'), ...files });
  const OWN_MODEL =
    'from transformers import AutoModelForCausalLM\nm = AutoModelForCausalLM.from_pretrained("allenai/OLMo-2-1124-7B")\n';
  const COOKBOOK =
    '# Cookbook\n\n```python\nfrom openai import OpenAI\nclient = OpenAI(base_url="https://api.example.ai/v1")\nr = client.chat.completions.create(model="gpt-4o", messages=[])\n```\n';

  it('a cookbook calling a hosted API does not close a project whose code uses an open model', () => {
    const report = graded({ 'run.py': OWN_MODEL, 'cookbook/chat.md': COOKBOOK });
    expect(report.layers.weights.status).toBe('open');
    expect(report.verdict).toBe('open-source-ai');
    // The example's API is still listed, as the closed API it is, but as an example: not graded.
    expect(
      report.components.filter((c) => c.type === 'api').map((c) => [c.role, c.graded, c.status]),
    ).toEqual([['example', false, 'closed']]);
  });

  it('an SDK in an evaluation harness requirements file does not either', () => {
    const report = graded({ 'run.py': OWN_MODEL, 'eval/requirements.txt': 'lighteval\nopenai\n' });
    expect(report.layers.weights.status).toBe('open');
  });

  it("a local runtime's OpenAI-style call is the runtime's", () => {
    const report = graded({
      'run.py': OWN_MODEL,
      'tools/mlc.py':
        'from mlc_llm import MLCEngine\nengine = MLCEngine("HF://mlc-ai/SmolLM2-1.7B-Instruct-q0f16-MLC")\n# Run chat completion in OpenAI API.\nfor r in engine.chat.completions.create(messages=[], model="m", stream=True):\n    pass\n',
    });
    expect(report.layers.weights.status).toBe('open');
  });

  it('a README example alone is an example: listed, not graded; an SDK the project installs and nothing else still counts', () => {
    const example = graded({ 'README.md': COOKBOOK });
    expect(example.layers.weights.status).toBe('absent');
    expect(example.components.find((c) => c.type === 'api')?.role).toBe('example');
    expect(graded({ 'requirements.txt': 'openai\n' }).layers.weights.status).toBe('closed');
  });
});

describe('licence statements that point elsewhere or misname', () => {
  it('reads a manifest that points at a licence file as that file, and a missing target as unknown', () => {
    const pointer = analyseFiles({
      'LICENSE.md': licenceText('Apache-2.0'),
      'pyproject.toml': '[project]\nname = "lit"\nversion = "1"\nlicense = { file = "LICENSE.md" }\n',
    });
    expect(pointer.layers.code).toMatchObject({ status: 'open', licences: ['Apache-2.0'] });
    const missing = analyseFiles({
      'pyproject.toml': '[project]\nname = "lit"\nversion = "1"\nlicense = { file = "COPYING.txt" }\n',
    });
    expect(missing.layers.code.status).toBe('unknown');
  });

  it("takes an SPDX header that gives the licence's full name for that licence, and still warns", () => {
    const report = analyseFiles({
      LICENSE: licenceText('Apache-2.0'),
      'src/kernel.py': '# SPDX-License-Identifier: GNU Affero General Public License v3.0\nx = 1\n',
    });
    expect(report.layers.code.status).toBe('open');
    expect(report.layers.code.licences).toEqual(expect.arrayContaining(['Apache-2.0']));
    expect(report.layers.code.reasons.join(' ')).toContain('AGPL-3.0 (OSI-approved) (src/kernel.py:1)');
    expect(report.warnings).toEqual([expect.objectContaining({ file: 'src/kernel.py', code: 'malformed' })]);
  });
});
