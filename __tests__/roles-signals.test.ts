// The signals that give a part its role beyond where it sits: settings that name a model,
// recipe folders, data-processing code, release lists, supported-model lists, walk-throughs,
// score tables and evaluation libraries. Each fixture is a small repository of its own.
import { afterAll, describe, expect, it } from '@jest/globals';
import { analyse } from './helpers/report-schema.js';
import type { Component, Report } from '../src/types/report.js';
import { SETTING_FORM } from '../src/extract/references/model-dataset-forms.js';
import { placeRole } from '../src/roles/place-role.js';
import { matchModel } from '../src/knowledge/lookup-model.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';
import { licenceText } from './helpers/materialise.js';

const made: string[] = [];
afterAll(() => made.forEach(removeTempRepo));

function scan(files: Record<string, string>): Report {
  const root = makeTempRepo(files);
  made.push(root);
  return analyse(root, { threads: 1 }, {});
}

const part = (report: Report, name: string): Component | undefined =>
  report.components.find((c) => c.name === name);

describe('settings that name a model', () => {
  const names = (text: string): string[] =>
    SETTING_FORM.find(text).map(
      (h) => `${h.kind} ${h.name}${h.choice ? ' choice' : ''}${h.tokenizerOnly ? ' tokenizer' : ''}`,
    );

  it('reads Hub ids bound to model and dataset settings in code, YAML, JSON and flags', () => {
    expect(names('DEFAULT_CKPT_PATH = "acme/vision-7b"\n')).toEqual(['model acme/vision-7b']);
    expect(names('def load(model_dir="acme/encoder-xl"):\n')).toEqual(['model acme/encoder-xl']);
    expect(names('model_name_or_path: acme/base-1b\ndataset_name: acme/chat-data\n')).toEqual([
      'model acme/base-1b',
      'dataset acme/chat-data',
    ]);
    expect(names('{"base_model": "acme/base-1b"}')).toEqual(['model acme/base-1b']);
    expect(names('python train.py --model acme/base-1b --dataset acme/chat-data\n')).toEqual([
      'model acme/base-1b',
      'dataset acme/chat-data',
    ]);
    expect(names('tokenizer_name = "acme/base-1b"\n')).toEqual(['model acme/base-1b tokenizer']);
    expect(names('MODEL_ID=${MODEL_ID:-acme/base-1b}\n')).toEqual(['model acme/base-1b']);
    expect(names('MODEL_NAME = os.getenv("MODEL_NAME", "acme/base-1b")\n')).toEqual(['model acme/base-1b']);
    expect(names('const model = process.env.MODEL ?? "acme/base-1b";\n')).toEqual(['model acme/base-1b']);
  });

  it('reads argparse defaults and choices of model options, and registries keyed by id', () => {
    const argparse =
      'parser.add_argument(\n    "--model_path",\n    type=str,\n    default="acme/video-5b",\n    choices=["acme/video-2b", "acme/video-5b", "acme/video-9b"],\n)\n';
    expect(names(argparse)).toEqual([
      'model acme/video-5b choice',
      'model acme/video-2b choice',
      'model acme/video-5b choice',
      'model acme/video-9b choice',
    ]);
    const registry =
      'SUPPORTED = {\n    "acme/a-1b": {"q": 2},\n    "acme/b-3b": {"q": 2},\n    "acme/c-8b": {"q": 2},\n}\n';
    expect(names(registry)).toEqual([
      'model acme/a-1b choice',
      'model acme/b-3b choice',
      'model acme/c-8b choice',
    ]);
  });

  it('leaves alone local paths, placeholders, comparisons, comments and other options', () => {
    expect(names('model_path = "models/llama-7b"\n')).toEqual([]);
    expect(names('ckpt_path = "mpt-7b/1-gpu"\n')).toEqual([]);
    expect(names('model_id = "your-org/your-model"\n')).toEqual([]);
    expect(names('if model == "acme/base-1b":\n')).toEqual([]);
    expect(names('# model_name = "acme/base-1b"\n')).toEqual([]);
    expect(names('parser.add_argument("--output_dir", default="acme/out")\n')).toEqual([]);
    // A command line quoted in code is a usage example, not a setting.
    expect(SETTING_FORM.find('Usage: run.py --model_path test_model/step0\n', false)).toEqual([]);
    expect(SETTING_FORM.find('    encoder_mask: Float/Int array of masks.\n', false)).toEqual([]);
    expect(SETTING_FORM.find('MODEL_ID = "acme/base-1b"\n', false).map((h) => h.name)).toEqual([
      'acme/base-1b',
    ]);
    expect(SETTING_FORM.find('run.py --model_path acme/base-1b\n', true).map((h) => h.name)).toEqual([
      'acme/base-1b',
    ]);
  });
});

describe("the project's own model", () => {
  const files = {
    LICENSE: licenceText('Apache-2.0'),
    'README.md':
      '# Zephyrine\n\nWe release the Zephyrine models:\n\n| Model | Link |\n|---|---|\n| Zephyrine-7B | [hub](https://huggingface.co/zeph-lab/Zephyrine-7B) |\n| Zephyrine-7B-Chat | [hub](https://huggingface.co/zeph-lab/Zephyrine-7B-Chat) |\n',
    'cli_demo.py':
      'import argparse\nfrom transformers import AutoModelForCausalLM\np = argparse.ArgumentParser()\np.add_argument("--model_path", type=str, default="zeph-lab/Zephyrine-7B-Chat")\nargs = p.parse_args()\nm = AutoModelForCausalLM.from_pretrained(args.model_path)\n',
    'scripts/download_weights.py':
      'from huggingface_hub import snapshot_download\nsnapshot_download("zeph-lab/Zephyrine-7B")\n',
  };

  it('is runtime where its code runs it by default, and its own where it is only published', () => {
    const report = scan(files);
    expect(part(report, 'zeph-lab/Zephyrine-7B-Chat')).toMatchObject({
      role: 'runtime',
      own: true,
      graded: true,
    });
    // A download script fetches the weights for the user: a release channel, not a use.
    expect(part(report, 'zeph-lab/Zephyrine-7B')).toMatchObject({ role: 'own', graded: true });
    expect(part(report, 'zeph-lab/Zephyrine-7B')?.own).toBeUndefined();
    expect(report.subject.kind).toBe('model-release');
  });

  it('lists parts strongest role first', () => {
    const report = scan({
      ...files,
      'docs/notes.md': 'We compare against Llama 3 and Mistral 7B.\n',
    });
    const ranked = report.components.filter((c) => c.role).map((c) => c.role);
    const order = [
      'runtime',
      'own',
      'base',
      'optional',
      'data-generation',
      'evaluation',
      'example',
      'test',
      'mention',
    ];
    expect([...ranked].sort((a, b) => order.indexOf(a ?? '') - order.indexOf(b ?? ''))).toEqual(ranked);
    expect(ranked[0]).toBe('runtime');
  });

  it('takes the models a release sentence lists as its own, whatever organisation hosts them', () => {
    const report = scan({
      LICENSE: licenceText('Apache-2.0'),
      'README.md':
        '# Trainer Kit\n\nA training library.\n\n## Kestrel\n\nWe have released two Kestrel models:\n\n| Model | Hub |\n|---|---|\n| Kestrel Base | [link](https://huggingface.co/bigco/kestrel-base) |\n| Kestrel Chat | [link](https://huggingface.co/bigco/kestrel-chat) |\n\nSee also [other work](https://huggingface.co/otherlab/thing-1b).\n',
    });
    expect(part(report, 'bigco/kestrel-base')).toMatchObject({ role: 'own' });
    expect(part(report, 'bigco/kestrel-chat')).toMatchObject({ role: 'own' });
    expect(part(report, 'otherlab/thing-1b')?.role).toBe('mention');
  });
});

describe('recipe folders', () => {
  const recipe = (model: string): string =>
    `model:\n  pretrained_model_name_or_path: ${model}\ntext_encoder: acme/t5-enc\n`;
  /** Training code with three recipe configs, one model each, and any other files. */
  const recipes = (more: Record<string, string> = {}): Report =>
    scan({
      LICENSE: licenceText('MIT'),
      'README.md': '# Recipes\n\nTraining code.\n',
      'train.py': 'import torch\n',
      'configs/a.yaml': recipe('otherlab/alpha-1b'),
      'configs/b.yaml': recipe('otherlab/beta-3b'),
      'configs/c.yaml': recipe('otherlab/gamma-7b'),
      ...more,
    });

  it('make a model one recipe names an example, and keep what every recipe runs', () => {
    const report = recipes();
    expect(part(report, 'otherlab/alpha-1b')).toMatchObject({ role: 'example', graded: false });
    expect(part(report, 'acme/t5-enc')).toMatchObject({ role: 'runtime' });
  });

  it('make a dataset some recipes train on an example too, counting recipes that name only models', () => {
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md': '# Launchers\n\nTraining code.\n',
      'train.py': 'import torch\n',
      'launch/pretrain.yaml': `${recipe('otherlab/alpha-1b')}train_dataset: otherlab/web-corpus\n`,
      'launch/eval-a.yaml': recipe('otherlab/beta-3b'),
      'launch/eval-b.yaml': recipe('otherlab/gamma-7b'),
    });
    expect(part(report, 'otherlab/web-corpus')).toMatchObject({ role: 'example', graded: false });
  });

  it("keep a recipe's model an example where an evaluation config evaluates it, and a judge a judge", () => {
    const report = recipes({
      'eval/alpha.yaml': 'model:\n  pretrained_model_name_or_path: otherlab/alpha-1b\n',
      'eval/judge.yaml': 'judge:\n  model_name: otherlab/judge-70b\n',
    });
    // Without the recipe, evaluation would outrank the example.
    expect(part(report, 'otherlab/alpha-1b')).toMatchObject({ role: 'example', graded: false });
    expect(part(report, 'otherlab/judge-70b')).toMatchObject({ role: 'evaluation' });
  });

  it('take a Hub id and a local folder of the same name for one checkpoint every recipe runs', () => {
    const withEncoder = (model: string, encoder: string): string =>
      `model:\n  pretrained_model_name_or_path: ${model}\ntext_encoder:\n  model_dir: "${encoder}"\n`;
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md': '# Recipes\n\nTraining code.\n',
      'train.py': 'import torch\n',
      'configs/a.yaml': withEncoder('otherlab/alpha-1b', 'google/t5-v1_1-xxl'),
      'configs/b.yaml': withEncoder('otherlab/beta-3b', 't5-v1_1-xxl'),
      'configs/c.yaml': withEncoder('otherlab/gamma-7b', 't5-v1_1-xxl'),
    });
    expect(part(report, 't5-v1_1-xxl')).toMatchObject({ role: 'runtime', graded: true });
    expect(part(report, 'google/t5-v1_1-xxl')).toMatchObject({ role: 'runtime', graded: true });
    expect(part(report, 'otherlab/beta-3b')?.role).toBe('example');
  });
});

describe('data-making code', () => {
  it('makes the models that data folders, synthetic-data libraries and stand-in scripts run ungraded', () => {
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md': '# Pipes\n\nA model trainer.\n',
      'app/main.py':
        'from transformers import AutoModel\nm = AutoModel.from_pretrained("mistralai/Mistral-7B-v0.1")\n',
      'text/data/score.py':
        'from transformers import AutoModel\nm = AutoModel.from_pretrained("acme/quality-scorer")\n',
      'pipelines/rewrite.py': 'from distilabel.models import vLLM\nllm = vLLM(model="acme/teacher-70b")\n',
      'tools/make_tiny_model.py':
        'from transformers import AutoModel\nAutoModel.from_pretrained("acme/tiny-base")\n',
      'scripts/data_prep/tokenise.py':
        'from datasets import load_dataset\nfrom transformers import AutoTokenizer\nds = load_dataset("acme/web-corpus")\nAutoModel.from_pretrained("acme/filter-1b")\n',
    });
    expect(part(report, 'acme/quality-scorer')).toMatchObject({ role: 'data-generation', graded: false });
    // The data it prepares is read, not made: an example of what the code can prepare.
    expect(part(report, 'acme/web-corpus')).toMatchObject({
      type: 'dataset',
      role: 'example',
      graded: false,
    });
    expect(part(report, 'acme/filter-1b')).toMatchObject({ role: 'data-generation', graded: false });
    expect(part(report, 'acme/teacher-70b')).toMatchObject({ role: 'data-generation', graded: false });
    expect(part(report, 'acme/tiny-base')).toMatchObject({ role: 'test', graded: false });
    expect(part(report, 'mistralai/Mistral-7B-v0.1')).toMatchObject({ role: 'runtime', graded: true });
  });

  it('judges experiments, sandboxes and templates as examples by their folder', () => {
    expect(placeRole('research/experiments/run1/config.yaml')?.role).toBe('example');
    expect(placeRole('launch/templates/job.yaml')?.role).toBe('example');
    expect(placeRole('src/model/train.py')).toBeNull();
    expect(placeRole('inference/third_party/gptq/run.py')?.role).toBe('mention');
    expect(placeRole('serve/model_registry.py')?.role).toBe('optional');
    expect(placeRole('scripts/prepare_sft_data.py')?.role).toBe('data-generation');
    expect(placeRole('scripts/decontaminate.py')?.role).toBe('evaluation');
  });
});

describe('what prose says a part is for', () => {
  it('keeps an evaluation section over its sub-headings, and reads names inside markup', () => {
    const report = scan({
      'README.md':
        '# Widget\n\nA widget.\n\n## Evaluation\n\n### Base models\n\n<table><tr><td>Llama 2 7B</td><td>45.3</td></tr></table>\n\n## Related work\n\nMistral 7B is fast.\n',
    });
    expect(report.components.find((c) => c.name.startsWith('Llama 2'))?.role).toBe('evaluation');
    expect(report.components.find((c) => c.name.startsWith('Mistral 7B'))?.role).toBe('mention');
  });

  it('takes a list introduced as the supported models for choices', () => {
    const report = scan({
      'README.md':
        '# Loader\n\nA loader.\n\nThe following model families can be loaded:\n- Llama 2\n- Mistral 7B\n\nDownload the following models into `models`:\n1. Gemma 2 9B\n',
    });
    expect(report.components.find((c) => c.name.startsWith('Llama 2'))?.role).toBe('optional');
    expect(report.components.find((c) => c.name.startsWith('Mistral 7B'))?.role).toBe('optional');
    expect(report.components.find((c) => c.name.startsWith('Gemma'))?.role).toBe('mention');
  });

  it('makes a walk-through dataset an example and a model in a score table an evaluation baseline', () => {
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md':
        '# Tuner\n\nWe release our models.\n\n## Fine-tuning\n\nBy default, we use a small sample from [chat-set](https://huggingface.co/datasets/acme/chat-set) to fine-tune the base model.\n\n## Models\n\n| Model | Size | MMLU |\n|---|---|---|\n| [tuner-7b](https://huggingface.co/tuner-lab/tuner-7b) | 7B | 61.0 |\n| [other-7b](https://huggingface.co/tuner-lab/other-7b) | 7B | 58.2 |\n',
    });
    expect(part(report, 'acme/chat-set')).toMatchObject({ role: 'example' });
    // Named after the project: its own, score column or not; only under its organisation: a baseline.
    expect(part(report, 'tuner-lab/tuner-7b')).toMatchObject({ role: 'own' });
    expect(part(report, 'tuner-lab/other-7b')).toMatchObject({ role: 'evaluation' });
  });
});

describe('evaluation libraries', () => {
  it('are listed with the role evaluation', () => {
    const report = scan({ 'requirements.txt': 'lm-eval==0.4.2\ntorch\n', 'README.md': '# Evals\n' });
    expect(report.components.find((c) => c.type === 'dependency' && c.name === 'lm-eval')).toMatchObject({
      role: 'evaluation',
      graded: false,
    });
  });
});

describe('a known family under another organisation', () => {
  it('is that family (a re-upload or a fine-tune carries its terms)', () => {
    expect(matchModel({ name: 'somelab/siglip-so400m-navit', via: 'from_pretrained' })).toMatchObject({
      entry: { id: 'siglip' },
      by: 'derived',
    });
    expect(matchModel({ name: 'TheBloke/Llama-2-7B-GGUF', via: 'from_pretrained' })?.by).toBe('mirror');
  });
});

describe("the project's own modelling code", () => {
  it("defines its own models' architecture, whatever the family's reference code is under", () => {
    const report = scan({
      LICENSE: licenceText('Apache-2.0'),
      'README.md':
        '# DBRX trainer\n\nWe have released two DBRX models:\n\n- [base](https://huggingface.co/databricks/dbrx-base)\n',
      'trainer/models/modeling_dbrx.py':
        'import torch\nfrom torch import nn\n\nclass DbrxAttention(nn.Module):\n    def __init__(self, d):\n        super().__init__()\n        self.q = nn.Linear(d, d)\n\n    def forward(self, x):\n        return torch.softmax(self.q(x), -1)\n',
    });
    expect(part(report, 'databricks/dbrx-base')).toMatchObject({ role: 'own' });
    expect(report.layers.architecture.status).toBe('open');
    expect(report.layers.weights.status).toBe('restricted');
  });
});

describe('a family named in prose', () => {
  it('takes the role of a use of that family, not of a checkpoint an architecture file lists', () => {
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md': '# Vis\n\nOur vision model is built like Llama 3 8B, with a new encoder.\n',
      'vis/models/configuration_vis.py':
        'ARCHIVE = {"meta-llama/Meta-Llama-3-8B": "https://huggingface.co/meta-llama/Meta-Llama-3-8B/resolve/main/config.json"}\n',
    });
    expect(report.components.find((c) => c.type === 'model' && c.name.startsWith('Llama 3'))?.role).toBe(
      'mention',
    );
  });
});

describe('datasets named in prose', () => {
  it('are listed as mentions, and as benchmarks under an evaluation heading', () => {
    const report = scan({
      'README.md':
        '# Encoder\n\nWe pre-train on BookCorpus and the Pile.\n\n## Results\n\n| Task | SQuAD 1.1 |\n|---|---|\n| ours | 90.9 |\n',
    });
    const dataset = (prefix: string): Component | undefined =>
      report.components.find((c) => c.type === 'dataset' && c.name.startsWith(prefix));
    expect(dataset('BookCorpus')).toMatchObject({ role: 'mention', graded: false });
    expect(dataset('The Pile')).toMatchObject({ role: 'mention', graded: false });
    expect(report.components.find((c) => c.type === 'dataset' && /squad/i.test(c.name))).toMatchObject({
      role: 'evaluation',
    });
  });

  it('are benchmarks wherever prose names one that the knowledge base knows as a benchmark', () => {
    const report = scan({
      'README.md': '# Reader\n\nFine-tuned on our own notes, it also does well on GSM8K word problems.\n',
    });
    expect(report.components.find((c) => c.type === 'dataset' && /gsm8k/i.test(c.name))).toMatchObject({
      role: 'evaluation',
      graded: false,
    });
  });
});

describe('an evaluation section', () => {
  it('ends at a sub-heading on another topic, however deep', () => {
    const report = scan({
      'README.md':
        '# Card\n\n## Benchmarks\n\n### Base models\n\nLlama 2 7B scores 45.\n\n### Responsibility & Safety\n\nWe provide Llama Guard 2 as a safeguard.\n',
    });
    expect(report.components.find((c) => c.name.startsWith('Llama 2'))?.role).toBe('evaluation');
    expect(report.components.find((c) => c.name === 'Llama Guard 2')?.role).toBe('mention');
  });
});

describe("the project's own models in a registry", () => {
  it('are offered, not run: they stay its own', () => {
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md': '# Kitefast\n\nAn inference engine for Kitefast models.\n',
      'setup_env.py':
        'MODELS = {\n    "kite-lab/Kitefast-1B": {"q": 2},\n    "kite-lab/Kitefast-3B": {"q": 2},\n    "otherlab/Other-8B": {"q": 2},\n}\n',
    });
    expect(part(report, 'kite-lab/Kitefast-1B')).toMatchObject({ role: 'own' });
    expect(part(report, 'otherlab/Other-8B')).toMatchObject({ role: 'optional', graded: false });
  });
});

describe("a release's fine-tuning scripts", () => {
  it("load data a user may fine-tune on, not the released models' training data", () => {
    const report = scan({
      LICENSE: licenceText('Apache-2.0'),
      'README.md': '# Orca Lite\n\nWe release the Orca Lite models.\n',
      'finetune/data/sets.py': 'from datasets import load_dataset\nds = load_dataset("someone/chat-pairs")\n',
    });
    expect(report.components.find((c) => c.name === 'someone/chat-pairs')).toMatchObject({
      role: 'optional',
      graded: false,
    });
  });
});

describe('Hub ids that differ only in case', () => {
  it('are one part, with every location and the strongest role', () => {
    const report = scan({
      'README.md': '# App\n\nAn app.\n',
      'app/run.py': 'from transformers import AutoModel\nm = AutoModel.from_pretrained("Acme/Base-1B")\n',
      'tests/test_run.py':
        'from transformers import AutoModel\nm = AutoModel.from_pretrained("acme/base-1b")\n',
    });
    const parts = report.components.filter(
      (c) => c.type === 'model' && c.name.toLowerCase() === 'acme/base-1b',
    );
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ name: 'Acme/Base-1B', role: 'runtime' });
    expect(parts[0]?.locations.map((l) => l.file).sort()).toEqual(['app/run.py', 'tests/test_run.py']);
  });
});

describe('a link whose sentence is wrapped over two lines', () => {
  it('is read with the rest of its sentence', () => {
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md':
        '# Tuned\n\nWe release Tuned-7B. We used [Big-70B](https://huggingface.co/otherlab/Big-70B) to generate\nthe instruction data.\n',
    });
    expect(part(report, 'otherlab/Big-70B')).toMatchObject({ role: 'data-generation' });
  });
});

describe('a results table in prose', () => {
  it('makes the models and datasets its rows and header name evaluation parts', () => {
    const report = scan({
      'README.md':
        '# Encoder\n\n## Introduction\n\n| System | SQuAD 1.1 F1 | Average |\n|---|---|---|\n| Mistral 7B | 88.5 | 80.1 |\n\nElsewhere, Gemma 2 is fast.\n',
    });
    expect(report.components.find((c) => c.type === 'dataset' && /squad/i.test(c.name))?.role).toBe(
      'evaluation',
    );
    expect(report.components.find((c) => c.name.startsWith('Mistral 7B'))?.role).toBe('evaluation');
    expect(report.components.find((c) => c.name.startsWith('Gemma'))?.role).toBe('mention');
  });

  it('leaves prose about a model a test loads a mention', () => {
    const report = scan({
      'README.md': '# Lib\n\nWorks like Llama 3 8B, only smaller.\n',
      'tests/test_load.py':
        'from transformers import AutoModel\nAutoModel.from_pretrained("meta-llama/Meta-Llama-3-8B")\n',
    });
    expect(report.components.find((c) => c.name === 'Llama 3 8B')?.role).toBe('mention');
    expect(report.components.find((c) => c.name === 'meta-llama/Meta-Llama-3-8B')?.role).toBe('test');
  });
});

describe("a training config that publishes the project's own model", () => {
  it('makes the model it starts from the base, wherever the recipe sits', () => {
    const report = scan({
      LICENSE: licenceText('Apache-2.0'),
      'README.md': '# Open Tuna\n\nRecipes to train Open Tuna models.\n',
      'recipes/tuna-7b/sft.yaml':
        'model_name_or_path: Qwen/Qwen2.5-7B\nhub_model_id: open-tuna/Open-Tuna-7B\n',
      'recipes/other/sft.yaml': 'model_name_or_path: acme/base-1b\nhub_model_id: someone/their-model\n',
    });
    expect(part(report, 'Qwen/Qwen2.5-7B')).toMatchObject({ role: 'base', graded: true });
    expect(part(report, 'acme/base-1b')?.role).toBe('example');
    expect(report.subject.kind).toBe('fine-tune');
  });
});

describe('a Hub link in a code comment', () => {
  it('cites the model: a mention, not what the code runs', () => {
    const report = scan({
      'README.md': '# Parley\n\nA conversation server.\n',
      'chat/templates.py':
        '# source: https://huggingface.co/acme/chat-13b\nTEMPLATE = "### User: {q}"\nURL = "https://huggingface.co/acme/tool-1b"\n',
    });
    expect(part(report, 'acme/chat-13b')).toMatchObject({ role: 'mention', graded: false });
    expect(part(report, 'acme/tool-1b')?.role).toBe('runtime');
  });
});

describe("a package's own loader and a checkpoint's file name", () => {
  it('names the model a package loads by a short name of its own', () => {
    const report = scan({
      'README.md': '# Safety heads\n\nScores images.\n',
      'heads/score.py':
        'import clip\nimport whisper\nmodel, pre = clip.load("ViT-B/32", device="cpu")\nasr = whisper.load_model(name="small")\n',
    });
    expect(part(report, 'CLIP ViT-B/32')).toMatchObject({ role: 'runtime', status: 'open' });
    expect(part(report, 'Whisper small')).toMatchObject({ role: 'runtime' });
    expect(matchModel({ name: 'CLIP ViT-B/32', via: 'package' })?.entry.id).toBe('clip');
    // A local path handed to the loader names no model of the package.
    const local = scan({ 'run.py': 'import clip\nclip.load("./weights/my.pt")\n' });
    expect(local.components.filter((c) => c.type === 'model')).toEqual([]);
  });

  it('reads a known model from a weights file the code loads, and leaves the commented-out ones mentions', () => {
    const report = scan({
      'README.md': '# Painter\n\nDraws pictures.\n',
      'infer.py': [
        '# MODEL = "models/sd3_medium.safetensors"',
        'MODEL = "models/sd3.5_large.safetensors"',
        'ENCODER = f"{folder}/t5xxl.safetensors"',
        'BEST = "runs/best.pt"',
        '',
      ].join('\n'),
    });
    expect(part(report, 'sd3.5_large.safetensors')).toMatchObject({ role: 'runtime', status: 'restricted' });
    expect(part(report, 't5xxl.safetensors')).toMatchObject({ role: 'runtime', status: 'open' });
    expect(part(report, 'sd3_medium.safetensors')).toMatchObject({ role: 'mention', graded: false });
    // A file name the knowledge base does not know names no model.
    expect(part(report, 'best.pt')).toBeUndefined();
    expect(report.layers.weights.status).toBe('restricted');
  });
});

describe('Hub links by where they sit', () => {
  it('reads a link in a README code block as an example, and a link to a page in a docstring as a citation', () => {
    const report = scan({
      'README.md': [
        '# Tuna',
        '',
        'Fine-tune Tuna models. Load the [chat set](https://huggingface.co/datasets/acme/chat-set) first:',
        '',
        '```py',
        "df = pd.read_parquet('https://huggingface.co/datasets/acme/chat-set/resolve/main/train.parquet')",
        '```',
        '',
      ].join('\n'),
      'tuna/templates.py':
        'class TunaTemplate:\n    """https://huggingface.co/tuna/Tuna-7B-Chat/blob/main/tokenizer_config.json"""\n    name = "tuna"\n',
      'tuna/serve.py': 'URL = "https://huggingface.co/acme/helper-1b"\n',
    });
    expect(part(report, 'acme/chat-set')?.role).toBe('example');
    // The project's own model, cited in a docstring: its own, not what the code runs.
    expect(part(report, 'tuna/Tuna-7B-Chat')?.role).toBe('own');
    expect(part(report, 'acme/helper-1b')?.role).toBe('runtime');
  });
});

describe('a model of the same organisation that the code uses for one purpose', () => {
  it('is what the code uses it for: a captioner under tools/caption/ makes data', () => {
    const root = makeTempRepo({
      LICENSE: licenceText('Apache-2.0'),
      MODEL_LICENSE: 'The weights are released under the Apache License, Version 2.0.\n',
      'README.md': [
        '# Zebra Video',
        '',
        'We release [ZebraVideo-5B](https://huggingface.co/zebralab/ZebraVideo-5B).',
        '',
        '- News: the [captioner](https://huggingface.co/zebralab/frame-captioner-8b) is now available.',
        '',
      ].join('\n'),
      'inference/cli.py':
        'from diffusers import DiffusionPipeline\npipe = DiffusionPipeline.from_pretrained("zebralab/ZebraVideo-5B")\n',
      'tools/caption/run.py':
        'from transformers import AutoModel\nmodel = AutoModel.from_pretrained("zebralab/frame-captioner-8b")\n',
    });
    made.push(root);
    // The repository's owner is the organisation that publishes both models.
    const report = analyse(root, { threads: 1 }, { repository: 'zebralab/zebra-video' });
    expect(part(report, 'zebralab/frame-captioner-8b')).toMatchObject({
      role: 'data-generation',
      graded: false,
    });
    expect(part(report, 'zebralab/ZebraVideo-5B')?.graded).toBe(true);
  });
});

describe('a file of many checkpoint names', () => {
  it('looks up only the first few of them, and the scan goes on', () => {
    // Every name is one the knowledge base knows ("sd3 part 7"): without a cap each would be listed.
    const names = Array.from({ length: 5000 }, (_, i) => `  "shard/sd3_part${i}.safetensors",`).join('\n');
    const report = scan({ 'manifest.py': `FILES = [\n  "models/sd3.5_large.safetensors",\n${names}\n]\n` });
    expect(part(report, 'sd3.5_large.safetensors')).toBeDefined();
    const models = report.components.filter((c) => c.type === 'model' && c.name.endsWith('.safetensors'));
    expect(models.length).toBeGreaterThan(1);
    expect(models.length).toBeLessThanOrEqual(50);
  });
});

describe('a folder of auxiliary tools', () => {
  it("holds examples of use, unless a nearer folder or the file's name says more", () => {
    const root = makeTempRepo({
      'README.md':
        '# Zebra Video\n\nWe release [ZebraVideo-5B](https://huggingface.co/zebralab/ZebraVideo-5B).\n',
      'inference/cli.py':
        'from diffusers import DiffusionPipeline\npipe = DiffusionPipeline.from_pretrained("zebralab/ZebraVideo-5B")\n',
      'tools/story/make_story.py': [
        'import argparse',
        'p = argparse.ArgumentParser()',
        'p.add_argument("--image_model", default="acme/painter-12b")',
        'p.add_argument("--llm_model", default="zebralab/chat-9b")',
        '',
      ].join('\n'),
      'tools/local/run_zebra.py':
        'from diffusers import DiffusionPipeline\nDiffusionPipeline.from_pretrained("zebralab/ZebraVideo-2B")\n',
      'tools/caption/run.py':
        'from transformers import AutoModel\nAutoModel.from_pretrained("acme/captioner-8b")\n',
      'tools/convert_weights.py':
        'from transformers import AutoModel\nAutoModel.from_pretrained("acme/other-7b")\n',
    });
    made.push(root);
    const report = analyse(root, { threads: 1 }, { repository: 'zebralab/zebra-video' });
    expect(part(report, 'acme/painter-12b')).toMatchObject({ role: 'example', graded: false });
    // Its organisation's model, a tool's default: an example of use, not what the project runs.
    expect(part(report, 'zebralab/chat-9b')).toMatchObject({ role: 'example', graded: false });
    // A model named after the project stays its own in a tool.
    expect(part(report, 'zebralab/ZebraVideo-2B')?.role).toBe('own');
    expect(part(report, 'acme/captioner-8b')?.role).toBe('data-generation');
    expect(part(report, 'acme/other-7b')?.role).toBe('optional');
    expect(part(report, 'zebralab/ZebraVideo-5B')?.role).toBe('runtime');
  });
});

describe("the project's Hub organisation", () => {
  const files = {
    'README.md': '# Lynx: a vision assistant\n\nWe release Lynx models.\n',
    'lynx/serve.py': 'from transformers import AutoModel\nAutoModel.from_pretrained("lynxlab/lynx-v1-7b")\n',
    'docs/community.md': '```py\nAutoModel.from_pretrained("someone/lynx-finetune-3b")\n```\n',
  };
  it('is not guessed from a GitHub owner under which the repository names no model', () => {
    const root = makeTempRepo(files);
    made.push(root);
    const report = analyse(root, { threads: 1 }, { repository: 'j-doe/Lynx' });
    expect(part(report, 'lynxlab/lynx-v1-7b')).toMatchObject({ role: 'runtime', own: true });
  });
  it('is the GitHub owner when the repository names models under it: uploads by others are theirs', () => {
    const root = makeTempRepo({
      ...files,
      'lynx/extra.py':
        'from transformers import AutoModel\nAutoModel.from_pretrained("someone/lynx-finetune-3b")\n',
    });
    made.push(root);
    const report = analyse(root, { threads: 1 }, { repository: 'lynxlab/Lynx' });
    expect(part(report, 'lynxlab/lynx-v1-7b')).toMatchObject({ role: 'runtime', own: true });
    // Named after the project, but under someone else's organisation: not the project's own.
    expect(part(report, 'someone/lynx-finetune-3b')?.role).toBe('runtime');
    expect(part(report, 'someone/lynx-finetune-3b')?.own).toBeUndefined();
  });
});

describe('a cookbook', () => {
  it("takes a family model that one recipe alone uses for that recipe's example", () => {
    const report = scan({
      'README.md': '# Otter Cookbook\n\nRecipes for Otter models.\n',
      'recipes/chat.ipynb': notebook(
        'from transformers import AutoModel\nAutoModel.from_pretrained("otterlab/otter-2b-it")\n',
      ),
      'recipes/rag.ipynb': notebook(
        'from transformers import AutoModel\nAutoModel.from_pretrained("otterlab/otter-2b-it")\n',
      ),
      'recipes/medical.ipynb': notebook(
        'from transformers import AutoModel\nAutoModel.from_pretrained("otterlab/med-otter-4b")\n',
      ),
    });
    expect(part(report, 'otterlab/otter-2b-it')).toMatchObject({ role: 'runtime', graded: true });
    expect(part(report, 'otterlab/med-otter-4b')).toMatchObject({ role: 'example', graded: false });
  });
});

function notebook(source: string): string {
  return JSON.stringify({ cells: [{ cell_type: 'code', source: [source] }], metadata: {}, nbformat: 4 });
}

describe('a registry keyed by short model names', () => {
  it('offers the known models it lists as choices; a trailing comment only names one', () => {
    const report = scan({
      'README.md': '# Painter\n\nDraws pictures.\n',
      'infer.py': [
        'CONFIGS = {',
        '    "sd3_medium": {"steps": 28},',
        '    "sd3.5_large": {"steps": 40},',
        '    "sd3.5_large_turbo": {"steps": 4},',
        '    "sampler": {"name": "euler"},',
        '}',
        'VAE = None  # "models/sd3_vae.safetensors"',
        '',
      ].join('\n'),
      'two.py': 'OPTS = {\n    "sd3_medium": {"a": 1},\n    "other": {"b": 2},\n}\n',
    });
    expect(part(report, 'sd3.5_large_turbo')).toMatchObject({ role: 'optional', status: 'restricted' });
    expect(part(report, 'sampler')).toBeUndefined();
    expect(part(report, 'sd3_vae.safetensors')?.role).toBe('mention');
    // One known name among a config's sections is no registry.
    expect(part(report, 'sd3_medium')?.locations.map((l) => l.file)).toEqual(['infer.py']);
  });
});

describe('checkpoint links in a README', () => {
  it('publish the project weights as a URL table in code does: no false pass for a modelling library', () => {
    const report = scan({
      LICENSE: licenceText('Apache-2.0'),
      'README.md': [
        '# Segmenter',
        '',
        'Download a checkpoint:',
        '',
        '- `large`: [Large model](https://dl.example.org/segmenter/seg_large_1a2b.pth)',
        '- `base`: [Base model](https://dl.example.org/segmenter/seg_base_3c4d.pth)',
        '',
      ].join('\n'),
      'segmenter/modeling/encoder.py':
        'import torch.nn as nn\n\nclass ImageEncoder(nn.Module):\n    def forward(self, x):\n        return x\n',
    });
    expect(report.subject.kind).toBe('model-release');
    expect(report.layers.weights.status).toBe('unknown');
    expect(report.verdict).not.toBe('open-source-ai');
  });
});

describe("a function's parameter default", () => {
  it('takes the role the function is named for', () => {
    const report = scan({
      'README.md': '# Toolkit\n\nTrains models.\n',
      'toolkit/api.py': [
        'def pull_request_benchmark_util(model_name="acme/bench-2b", runs=6):',
        '    return model_name',
        '',
        'def sample(model_name="acme/writer-1b", n=3):',
        '    return model_name',
        '',
      ].join('\n'),
    });
    expect(part(report, 'acme/bench-2b')).toMatchObject({ role: 'evaluation', graded: false });
    // Sampling from a model is no example of use: a default like any other.
    expect(part(report, 'acme/writer-1b')?.role).toBe('runtime');
  });
});

describe('a download script', () => {
  it('releases weights when it names checkpoint files, not when it downloads whatever id it is given', () => {
    const tool = scan({
      'README.md': '# Toolkit\n\nTrains models.\n',
      'toolkit/scripts/download.py':
        'def download(repo_id: str):\n    """Downloads checkpoints."""\n    patterns = ["*.safetensors*", "*.bin*"]\n',
    });
    expect(tool.subject.kind).not.toBe('model-release');
    const release = scan({
      'README.md': '# Tuna\n\nOur models.\n',
      'download.sh': 'wget "$URL/tuna-7b/consolidated.00.pth"\n',
    });
    expect(release.subject.kind).toBe('model-release');
  });
});

describe('prose that names the model the code uses', () => {
  it('takes its role for the family or the very variant, and leaves another size a mention', () => {
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md':
        '# Helper\n\nBuilt on Llama 3.1 8B Instruct. Llama 3.1 70B would be better still.\n\nIt runs Llama 3.1.\n',
      'app.py':
        'from transformers import AutoModelForCausalLM\nm = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")\n',
    });
    expect(part(report, 'Llama 3.1 8B Instruct')?.role).toBe('runtime');
    expect(part(report, 'Llama 3.1')?.role).toBe('runtime');
    expect(part(report, 'Llama 3.1 70B')).toMatchObject({ role: 'mention', graded: false });
  });
});

describe('the stage configs of one training run', () => {
  it("keep each stage's data the model's training data, whatever tokenizers they name", () => {
    const stage = (data: string, tokenizer: string): string =>
      `model:\n  pretrained_model_name_or_path: acme/base-3b\n  tokenizer_name: ${tokenizer}\ndata:\n  dataset: ${data}\n`;
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md': '# Acme 3B\n\nWe release the Acme 3B model, trained in three stages.\n',
      'pretrain/stage1.yaml': stage('acme/web-mix', 'acme/tok-4k'),
      'pretrain/stage2.yaml': stage('acme/code-mix', 'acme/tok-4k'),
      'pretrain/stage3.yaml': stage('acme/long-mix', 'acme/tok-32k'),
    });
    for (const d of ['acme/web-mix', 'acme/code-mix', 'acme/long-mix'])
      expect(part(report, d)).toMatchObject({ role: 'runtime', graded: true });
  });
});

describe('manifest sections', () => {
  it('make development dependencies test parts and extras optional, so neither grades the project', () => {
    const report = scan({
      LICENSE: licenceText('MIT'),
      'README.md': '# Kit\n\nA date library.\n',
      'package.json': JSON.stringify(
        {
          name: 'kit',
          license: 'MIT',
          dependencies: { dayjs: '1.11.0' },
          devDependencies: { openai: '4.0.0' },
        },
        null,
        2,
      ),
      'pyproject.toml':
        '[project]\nname = "kit"\ndependencies = ["torch"]\n\n[project.optional-dependencies]\nllm = ["anthropic"]\ndev = ["transformers"]\n\n[dependency-groups]\ntest = ["lm-eval"]\n',
    });
    const role = (name: string, type = 'dependency') =>
      report.components.find((c) => c.type === type && c.name === name)?.role;
    expect(role('openai')).toBe('test');
    expect(role('openai', 'api')).toBe('test');
    expect(role('anthropic')).toBe('optional');
    expect(role('anthropic', 'api')).toBe('optional');
    expect(role('transformers')).toBe('test');
    expect(role('torch')).toBe('runtime');
    expect(role('lm-eval')).toBe('evaluation'); // what the library is for says more than its group
    expect(role('dayjs')).toBeUndefined();
    expect(report.layers.weights.status).toBe('absent');
    expect(report.components.filter((c) => c.type === 'api' && c.graded)).toEqual([]);
  });
});
