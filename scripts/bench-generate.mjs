// Writes a synthetic repository of about `count` files: mostly source code, with Markdown,
// notebooks, manifests, configs and a few model cards, the mix of a real ML monorepo.
import fs from 'node:fs';
import path from 'node:path';

const PY = (i) => `# module ${i}
import torch
from transformers import AutoModel, AutoTokenizer

MODEL_ID = "org-${i % 50}/model-${i % 7}"


def load():
    tok = AutoTokenizer.from_pretrained("bert-base-uncased")
    return tok, AutoModel.from_pretrained(MODEL_ID)


def step(batch, model):
    out = model(**batch)
    return out.last_hidden_state.mean(dim=1)
${'\n# padding line to give files a realistic size\n'.repeat(20)}`;

const TS = (i) => `// component ${i}
export interface Item${i} { id: number; name: string }
export function render${i}(items: Item${i}[]): string {
  return items.map((it) => \`<li>\${it.name}</li>\`).join('');
}
${'// filler comment so the file is not tiny\n'.repeat(25)}`;

const MD = (i) => `# Notes ${i}

This page documents part ${i} of the project. We use an open-source library for plotting
and train on public data. See the API reference for details.

\`\`\`python
print("example ${i}")
\`\`\`
${'\nMore prose about design decisions, trade-offs and how to run the tests.\n'.repeat(10)}`;

const NOTEBOOK = (i) =>
  JSON.stringify({
    cells: [
      { cell_type: 'markdown', source: [`# Experiment ${i}\n`] },
      { cell_type: 'code', source: ['from datasets import load_dataset\n', `ds = load_dataset("imdb")\n`] },
    ],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  });

const CARD = (i) => `---
license: apache-2.0
datasets:
  - wikitext
base_model: google-bert/bert-base-uncased
---

# Fine-tuned model ${i}

An open model fine-tuned for classification.
`;

const MIX = [
  ['py', 40, PY],
  ['ts', 25, TS],
  ['md', 15, MD],
  ['json', 8, (i) => JSON.stringify({ id: i, values: [1, 2, 3], nested: { a: 'b' } }, null, 2)],
  ['ipynb', 3, NOTEBOOK],
  ['txt', 4, (i) => `data row ${i}\n`.repeat(30)],
  ['yaml', 5, (i) => `name: job-${i}\nsteps:\n  - run: python train.py\n`],
];
const TOTAL_WEIGHT = MIX.reduce((s, [, w]) => s + w, 0);

export function generateRepo(root, count) {
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'README.md'), '# Synthetic monorepo\n\nAn open-source AI toolkit.\n');
  fs.writeFileSync(path.join(root, 'LICENSE'), 'Licensed under the Apache License, Version 2.0\n');
  let written = 2;
  let i = 0;
  while (written < count) {
    const pkg = `packages/pkg-${Math.floor(i / 200)}`;
    const sub = `${pkg}/src/mod-${Math.floor(i / 20) % 10}`;
    if (i % 200 === 0) {
      fs.mkdirSync(path.join(root, pkg), { recursive: true });
      fs.writeFileSync(
        path.join(root, pkg, 'package.json'),
        JSON.stringify({ name: `pkg-${i}`, license: 'MIT', dependencies: { react: '^18.0.0' } }, null, 2),
      );
      fs.writeFileSync(path.join(root, pkg, 'requirements.txt'), 'torch\ntransformers\nnumpy\n');
      fs.writeFileSync(path.join(root, pkg, 'README.md'), CARD(i));
      written += 3;
    }
    fs.mkdirSync(path.join(root, sub), { recursive: true });
    let pick = i % TOTAL_WEIGHT;
    const [ext, , make] = MIX.find(([, w]) => (pick -= w) < 0);
    fs.writeFileSync(path.join(root, sub, `file-${i}.${ext}`), make(i));
    written++;
    i++;
  }
}
