// Writes the benchmark's synthetic repositories.
//
// generateRepo(root, count): about `count` files, the mix of a real ML monorepo: mostly source
// code (Python, TypeScript, JavaScript, shell), with Markdown, notebooks, package manifests,
// configs, CI workflows, model cards, small data files and a few binary assets. Every file is a
// few KiB at most (one disk block), so 200k files stay well under 1 GiB on disk.
//
// generateLargeText(root): about 1 GiB of text, most of it in big data files that no extractor
// reads (.csv, .log, .txt), plus large Markdown pages and notebooks that are read, some of them
// over the 2 MiB per-file limit (only their first bytes are read).
//
// Both write with fs.writeFileSync / fs.writeSync from content built once and varied per file,
// so generation is bound by the file system rather than by string building.
import fs from 'node:fs';
import path from 'node:path';
import { Buffer } from 'node:buffer';

/** Bump when the generated content changes, so cached repositories in .bench/ are rebuilt. */
export const GENERATOR_VERSION = '2';

// A small deterministic PRNG, so every run generates the same repositories.
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const WORDS = (
  'model data training evaluation open source weights licence dataset tokenizer pipeline inference ' +
  'release benchmark checkpoint fine-tuned architecture parameters corpus reproducible research ' +
  'the a of and to in for with on we use this that is are our from by as it be can'
).split(' ');

function sentence(rand, min = 6, max = 18) {
  const n = min + Math.floor(rand() * (max - min));
  const words = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rand() * WORDS.length)]);
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

// ---------------------------------------------------------------------------------------------
// The many-files repository.

const PY_BODY = `

def load():
    tok = AutoTokenizer.from_pretrained("bert-base-uncased")
    return tok, AutoModel.from_pretrained(MODEL_ID)


def step(batch, model):
    out = model(**batch)
    return out.last_hidden_state.mean(dim=1)


class Trainer:
    """Runs the training loop and logs metrics."""

    def __init__(self, model, lr=3e-4):
        self.model = model
        self.lr = lr

    def fit(self, loader, epochs=3):
        for epoch in range(epochs):
            for batch in loader:
                loss = step(batch, self.model).sum()
                loss.backward()
${'\n# padding line to give files a realistic size\n'.repeat(12)}`;

const PY = (i) => `# module ${i}
import torch
from transformers import AutoModel, AutoTokenizer

MODEL_ID = "org-${i % 50}/model-${i % 7}"
${PY_BODY}`;

const PY_PLAIN_BODY = `
import os
import sys


def parse_args(argv):
    out = {}
    for arg in argv:
        key, _, value = arg.partition("=")
        out[key.lstrip("-")] = value
    return out


def main():
    args = parse_args(sys.argv[1:])
    print(os.path.join(args.get("dir", "."), "out.txt"))
${'\n# helper padding\n'.repeat(10)}`;

const PY_PLAIN = (i) => `"""Utility script ${i}."""${PY_PLAIN_BODY}`;

const TS_FILLER = '// filler comment so the file is not tiny\n'.repeat(25);
const TS = (i) => `// component ${i}
import { useState } from 'react';

export interface Item${i} { id: number; name: string }
export function render${i}(items: Item${i}[]): string {
  return items.map((it) => \`<li>\${it.name}</li>\`).join('');
}
export function useItems${i}(): [Item${i}[], (x: Item${i}[]) => void] {
  return useState<Item${i}[]>([]);
}
${TS_FILLER}`;

const JS = (i) => `// script ${i}
import OpenAI from 'openai';

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
export async function ask${i}(prompt) {
  const res = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] });
  return res.choices[0].message.content;
}
${'// more helper code\n'.repeat(15)}`;

const SH = (i) => `#!/usr/bin/env bash
# job ${i}
set -euo pipefail
python -m pip install -r requirements.txt
python train.py --epochs 3 --out runs/${i}
`;

const MD_BODY = `
This page documents part of the project. We use an open-source library for plotting
and train on public data. See the API reference for details.

## Usage

\`\`\`python
from transformers import pipeline
clf = pipeline("text-classification")
\`\`\`

| option | default | meaning |
| ------ | ------- | ------- |
| lr     | 3e-4    | learning rate |
| epochs | 3       | passes over the data |
${'\nMore prose about design decisions, trade-offs and how to run the tests.\n'.repeat(8)}`;

const MD = (i) => `# Notes ${i}\n${MD_BODY}`;

const NOTEBOOK = (i) =>
  JSON.stringify(
    {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: [`# Experiment ${i}\n`, 'Fine-tune on IMDB.\n'] },
        {
          cell_type: 'code',
          execution_count: 1,
          metadata: {},
          outputs: [{ name: 'stdout', output_type: 'stream', text: ['Loaded 25000 rows\n'] }],
          source: ['from datasets import load_dataset\n', 'ds = load_dataset("imdb")\n'],
        },
        {
          cell_type: 'code',
          execution_count: 2,
          metadata: {},
          outputs: [],
          source: ['import torch\n', `model = torch.hub.load("pytorch/vision", "resnet${18 + (i % 3)}")\n`],
        },
      ],
      metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );

const CARD = (i) => `---
license: apache-2.0
datasets:
  - wikitext
base_model: google-bert/bert-base-uncased
---

# Fine-tuned model ${i}

An open model fine-tuned for classification.
`;

const JSON_CFG = (i) => JSON.stringify({ id: i, values: [1, 2, 3], nested: { a: 'b' } }, null, 2);
const YAML = (i) =>
  `name: job-${i}\nsteps:\n  - run: python train.py\n  - run: python eval.py --split test\n`;
const TXT = (i) => `data row ${i}\n`.repeat(30);
const CSV = (i) =>
  `id,label,score\n${Array.from({ length: 40 }, (_, r) => `${i * 40 + r},${r % 2},0.${r}`).join('\n')}\n`;
// A PNG signature and a little binary: listed, never read (no extractor wants images).
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(600, 7),
]);

/** [extension, weight, maker] — per 100 files. */
const MIX = [
  ['py', 30, PY],
  ['py', 6, PY_PLAIN],
  ['ts', 20, TS],
  ['js', 5, JS],
  ['sh', 2, SH],
  ['md', 13, MD],
  ['json', 7, JSON_CFG],
  ['ipynb', 3, NOTEBOOK],
  ['txt', 3, TXT],
  ['csv', 3, CSV],
  ['yaml', 5, YAML],
  ['png', 3, () => PNG],
];
const TOTAL_WEIGHT = MIX.reduce((s, [, w]) => s + w, 0);
// The slot table: index i % TOTAL_WEIGHT -> mix entry, spread so neighbouring files differ.
const SLOTS = [];
for (const entry of MIX) for (let k = 0; k < entry[1]; k++) SLOTS.push(entry);
{
  const r = rng(42);
  for (let k = SLOTS.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    [SLOTS[k], SLOTS[j]] = [SLOTS[j], SLOTS[k]];
  }
}

const FILES_PER_DIR = 20;
const FILES_PER_PACKAGE = 200;

export function generateRepo(root, count) {
  fs.mkdirSync(root, { recursive: true });
  const w = (rel, content) => fs.writeFileSync(path.join(root, rel), content);
  w('README.md', '# Synthetic monorepo\n\nAn open-source AI toolkit.\n');
  w('LICENSE', 'Licensed under the Apache License, Version 2.0\n');
  w('.gitignore', 'node_modules/\n*.log\n__pycache__/\n');
  fs.mkdirSync(path.join(root, '.github/workflows'), { recursive: true });
  w(
    '.github/workflows/ci.yml',
    'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n',
  );
  let written = 4;
  let i = 0;
  let dir = '';
  while (written < count) {
    if (i % FILES_PER_PACKAGE === 0) {
      const pkg = `packages/pkg-${i / FILES_PER_PACKAGE}`;
      fs.mkdirSync(path.join(root, pkg), { recursive: true });
      w(
        `${pkg}/package.json`,
        JSON.stringify({ name: `pkg-${i}`, license: 'MIT', dependencies: { react: '^18.0.0' } }, null, 2),
      );
      w(`${pkg}/requirements.txt`, 'torch\ntransformers\nnumpy\n');
      w(`${pkg}/README.md`, CARD(i));
      written += 3;
      if (written >= count) break;
    }
    if (i % FILES_PER_DIR === 0) {
      const pkg = `packages/pkg-${Math.floor(i / FILES_PER_PACKAGE)}`;
      dir = `${pkg}/src/mod-${Math.floor(i / FILES_PER_DIR) % (FILES_PER_PACKAGE / FILES_PER_DIR)}`;
      fs.mkdirSync(path.join(root, dir), { recursive: true });
    }
    const [ext, , make] = SLOTS[i % TOTAL_WEIGHT];
    w(`${dir}/file-${i}.${ext}`, make(i));
    written++;
    i++;
  }
}

// ---------------------------------------------------------------------------------------------
// The large-text repository.

const MiB = 1024 * 1024;

/** About `bytes` of text built from `line(rand, n)` lines; built once and reused for many files. */
function textBlock(bytes, seed, line) {
  const rand = rng(seed);
  const parts = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const l = line(rand, n);
    parts.push(l);
    size += l.length;
  }
  return Buffer.from(parts.join(''));
}

const csvLine = (rand, n) =>
  `${n},2024-0${1 + (n % 9)}-${10 + (n % 18)}T12:${String(n % 60).padStart(2, '0')}:00Z,${n % 5},` +
  `${rand().toFixed(6)},"${sentence(rand, 4, 10)}"\n`;
const logLine = (rand, n) =>
  `2024-05-01T10:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}.${n % 1000}Z ` +
  `${['INFO', 'INFO', 'INFO', 'WARN', 'DEBUG'][n % 5]} step=${n} loss=${(2 * rand()).toFixed(4)} ` +
  `lr=3e-4 throughput=${Math.floor(1000 + 500 * rand())} tok/s\n`;
const corpusLine = (rand) => `${sentence(rand, 8, 30)} ${sentence(rand, 8, 30)}\n`;

/** A long Markdown page: headings, prose paragraphs, code fences, tables, links. */
const mdLine = (rand, n) => {
  switch (n % 12) {
    case 0:
      return `\n## Section ${n}\n\n`;
    case 3:
      return '\n```python\nfrom transformers import AutoModel\nmodel = AutoModel.from_pretrained("bert-base-uncased")\n```\n\n';
    case 6:
      return `| run | accuracy | f1 |\n| --- | --- | --- |\n| ${n} | 0.${n % 97} | 0.${n % 89} |\n\n`;
    case 9:
      return `- See [the dataset card](https://huggingface.co/datasets/imdb) for item ${n}.\n`;
    default:
      return `${sentence(rand)} ${sentence(rand)} ${sentence(rand)}\n\n`;
  }
};

/** A notebook of about `bytes`: code and Markdown cells, with big outputs (base64 plots, logs). */
function notebookTemplate(bytes, seed) {
  const rand = rng(seed);
  const png = Buffer.alloc(48 * 1024);
  for (let k = 0; k < png.length; k++) png[k] = Math.floor(rand() * 256);
  const image = png.toString('base64');
  const cells = [
    { cell_type: 'markdown', metadata: {}, source: ['# Experiment __IDX__\n', 'Training run notes.\n'] },
  ];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const code = {
      cell_type: 'code',
      execution_count: n + 1,
      metadata: {},
      source: [
        'import torch\n',
        'from datasets import load_dataset\n',
        `ds = load_dataset("imdb", split="train[:${n}%]")\n`,
        'plt.plot(history["loss"])\n',
      ],
      outputs:
        n % 3 === 0
          ? [
              {
                output_type: 'display_data',
                metadata: {},
                data: { 'image/png': image, 'text/plain': ['<Figure>'] },
              },
            ]
          : [
              {
                name: 'stdout',
                output_type: 'stream',
                text: Array.from(
                  { length: 200 },
                  (_, k) => `epoch ${n} step ${k} loss ${rand().toFixed(5)}\n`,
                ),
              },
            ],
    };
    const md = { cell_type: 'markdown', metadata: {}, source: [`## Step ${n}\n`, `${sentence(rand)}\n`] };
    cells.push(code, md);
    size += JSON.stringify(code).length + JSON.stringify(md).length;
  }
  const nb = {
    cells,
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return JSON.stringify(nb, null, 1);
}

/** Writes `copies` of `block` to one file, with a per-file first line; returns bytes written. */
function writeRepeated(file, header, block, copies) {
  const fd = fs.openSync(file, 'w');
  try {
    let n = fs.writeSync(fd, header);
    for (let c = 0; c < copies; c++) n += fs.writeSync(fd, block);
    return n;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The large-text repository (about 1 GiB). Returns a summary of what it wrote: bytes by kind,
 * and which files an extractor reads.
 */
export function generateLargeText(root) {
  fs.mkdirSync(root, { recursive: true });
  for (const d of ['data', 'logs', 'corpus', 'docs', 'notebooks', 'docs/big', 'notebooks/big', 'src'])
    fs.mkdirSync(path.join(root, d), { recursive: true });
  const summary = { files: 0, bytes: 0, unreadBytes: 0, readBytes: 0, oversizeBytes: 0 };
  const add = (bytes, kind) => {
    summary.files++;
    summary.bytes += bytes;
    summary[kind] += bytes;
  };
  const w = (rel, content) => {
    fs.writeFileSync(path.join(root, rel), content);
    return Buffer.byteLength(content);
  };
  add(
    w('README.md', '# Large-text corpus project\n\nAn open-source language model and its training data.\n'),
    'readBytes',
  );
  add(w('LICENSE', 'Licensed under the Apache License, Version 2.0\n'), 'readBytes');
  add(w('requirements.txt', 'torch\ntransformers\ndatasets\n'), 'readBytes');
  for (let k = 0; k < 20; k++) add(w(`src/train_${k}.py`, PY(k)), 'readBytes');

  // Data nobody reads: ~720 MiB in 8 MiB files.
  const csv = textBlock(MiB, 1, csvLine);
  const log = textBlock(MiB, 2, logLine);
  const corpus = textBlock(MiB, 3, corpusLine);
  for (let k = 0; k < 40; k++)
    add(
      writeRepeated(path.join(root, `data/shard-${k}.csv`), `id,time,label,score,text\n`, csv, 8),
      'unreadBytes',
    );
  for (let k = 0; k < 20; k++)
    add(writeRepeated(path.join(root, `logs/train-${k}.log`), `# run ${k}\n`, log, 8), 'unreadBytes');
  for (let k = 0; k < 30; k++)
    add(writeRepeated(path.join(root, `corpus/part-${k}.txt`), `part ${k}\n`, corpus, 8), 'unreadBytes');

  // Read in full: 120 Markdown pages of 1.5 MiB and 60 notebooks of about 1.5 MiB.
  const md = textBlock(512 * 1024, 4, mdLine);
  for (let k = 0; k < 120; k++)
    add(writeRepeated(path.join(root, `docs/page-${k}.md`), `# Page ${k}\n\n`, md, 3), 'readBytes');
  const nb = notebookTemplate(1.5 * MiB, 5);
  for (let k = 0; k < 60; k++)
    add(w(`notebooks/run-${k}.ipynb`, nb.replace('__IDX__', String(k))), 'readBytes');

  // Over the 2 MiB per-file limit: only their first 64 KiB are read.
  for (let k = 0; k < 8; k++)
    add(
      writeRepeated(path.join(root, `docs/big/handbook-${k}.md`), `# Handbook ${k}\n\n`, md, 6),
      'oversizeBytes',
    );
  const bigNb = notebookTemplate(3 * MiB, 6);
  for (let k = 0; k < 8; k++)
    add(w(`notebooks/big/sweep-${k}.ipynb`, bigNb.replace('__IDX__', String(k))), 'oversizeBytes');
  return summary;
}
