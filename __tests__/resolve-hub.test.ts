// Models the knowledge base does not know, looked up on a stand-in Hub: the base_model chain
// followed to a known root, the conflict it reveals, the token, and each failure.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyseResolved } from '../src/pipeline.js';
import { assertReportSchema } from './helpers/report-schema.js';
import { FakeHub } from './helpers/fake-hub.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';
import type { Report } from '../src/types/report.js';

const FAST = { retryDelayMs: 1, maxDelayMs: 5, timeoutMs: 2_000 };
const TOKEN = 'hf_secret_token_value';
const card = (license: string, base?: string, extra: Record<string, unknown> = {}) => ({
  id: 'x',
  cardData: { license, ...(base ? { base_model: base } : {}) },
  ...extra,
});

describe('the Hugging Face Hub', () => {
  const hub = new FakeHub();
  let root = '';
  let cache = '';
  const scan = (env: NodeJS.ProcessEnv = {}, dir = root): Promise<Report> =>
    analyseResolved(
      dir,
      {},
      {},
      {
        online: true,
        env: { AI_OPENNESS_CACHE_DIR: cache, HF_ENDPOINT: hub.url, AI_OPENNESS_DEPS_URL: hub.url, ...env },
        remote: FAST,
      },
    );

  beforeAll(async () => {
    await hub.start();
    // Three hops from Llama 3.1, each card claiming apache-2.0.
    hub.models.set('acme/chat-lora', card('apache-2.0', 'acme/chat-sft', { gated: false }));
    hub.models.set('acme/chat-sft', card('apache-2.0', 'acme/chat-base-ft'));
    hub.models.set('acme/chat-base-ft', card('apache-2.0', 'meta-llama/Llama-3.1-8B'));
    hub.models.set(
      'acme/plain',
      card('mit', undefined, { cardData: { license: 'mit', datasets: ['acme/corpus'] } }),
    );
    hub.models.set('loop/a', card('apache-2.0', 'loop/b'));
    hub.models.set('loop/b', card('apache-2.0', 'loop/a'));
    hub.statuses.set('acme/private', 401);
    root = makeTempRepo({
      'app.py': [
        'from transformers import AutoModelForCausalLM',
        'model = AutoModelForCausalLM.from_pretrained("acme/chat-lora")',
        '',
      ].join('\n'),
    });
  });
  beforeEach(() => {
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-hub-cache-'));
    hub.requests.length = 0;
  });
  afterAll(async () => {
    await hub.stop();
    removeTempRepo(root);
  });

  it('follows a fine-tune three hops to Llama 3.1: weights restricted, and a licence-conflict naming the chain', async () => {
    const report = await scan({ HF_TOKEN: TOKEN });
    assertReportSchema(JSON.parse(JSON.stringify(report)));
    expect(hub.requests.map((r) => r.path)).toEqual([
      '/api/models/acme/chat-lora',
      '/api/models/acme/chat-sft',
      '/api/models/acme/chat-base-ft',
    ]);
    expect(hub.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(JSON.stringify(report)).not.toContain(TOKEN);
    expect(report.layers.weights.status).toBe('restricted');
    const conflict = report.findings.find((f) => f.rule === 'licence-conflict');
    expect(conflict).toMatchObject({ severity: 'warning', layer: 'weights', file: 'app.py', line: 2 });
    expect(conflict?.message).toContain(
      'acme/chat-lora → acme/chat-sft → acme/chat-base-ft → meta-llama/Llama-3.1-8B',
    );
    expect(conflict?.message).toMatch(/Llama 3\.1 Community License/);
    const model = report.components.find((c) => c.name === 'acme/chat-lora');
    expect(model).toMatchObject({ status: 'restricted', licence: 'LicenseRef-llama3.1' });
  });

  it('grades a model with no known base from its own card, and stops a base_model cycle', async () => {
    const dir = makeTempRepo({
      'a.py':
        'from transformers import AutoModel\nAutoModel.from_pretrained("acme/plain")\nAutoModel.from_pretrained("loop/a")\n',
    });
    try {
      const report = await scan({}, dir);
      expect(report.components.find((c) => c.name === 'acme/plain')).toMatchObject({
        licence: 'MIT',
        status: 'open',
      });
      expect(hub.requests.filter((r) => r.path.startsWith('/api/models/loop/')).map((r) => r.path)).toEqual([
        '/api/models/loop/a',
        '/api/models/loop/b',
      ]);
      expect(hub.requests.some((r) => r.authorization)).toBe(false);
    } finally {
      removeTempRepo(dir);
    }
  });

  it('a refused or missing model stays unknown, never closed, with a warning; HF_HUB_OFFLINE=1 asks nothing', async () => {
    const dir = makeTempRepo({
      'a.py': 'from transformers import AutoModel\nAutoModel.from_pretrained("acme/private")\n',
    });
    try {
      const report = await scan({}, dir);
      expect(report.components.find((c) => c.name === 'acme/private')?.status).toBe('unknown');
      expect(report.layers.weights.status).not.toBe('closed');
      expect(report.warnings.map((w) => w.message)).toContain(
        'Could not look up 1 model on the Hugging Face Hub (refused (401): private, gated, or a token is needed): acme/private. They stay unknown.',
      );
      hub.requests.length = 0;
      await scan({ HF_HUB_OFFLINE: '1' }, dir);
      expect(hub.requests).toHaveLength(0);
    } finally {
      removeTempRepo(dir);
    }
  });

  it('grades a dataset the knowledge base does not know from its Hub card', async () => {
    hub.models.set('datasets/acme/corpus', { cardData: { license: 'cc-by-nc-4.0' } });
    const dir = makeTempRepo({
      // A model card whose training data is a dataset only the Hub knows.
      'README.md':
        '---\nlicense: apache-2.0\ndatasets:\n  - acme/corpus\n---\n\n# Tiny\n\nA small model trained on acme/corpus.\n',
      'train.py': 'from datasets import load_dataset\nds = load_dataset("acme/corpus")\n',
    });
    try {
      const report = await scan({}, dir);
      expect(hub.requests.map((r) => r.path)).toContain('/api/datasets/acme/corpus');
      expect(report.components.find((c) => c.type === 'dataset' && c.name === 'acme/corpus')?.status).toBe(
        'restricted',
      );
      expect(report.layers.data.reasons.join(' ')).toMatch(/acme\/corpus \(CC-BY-NC-4\.0\)/);
    } finally {
      removeTempRepo(dir);
    }
  });

  it('asks nothing for models the knowledge base knows, and nothing twice with a warm cache', async () => {
    const dir = makeTempRepo({
      'a.py': 'from transformers import AutoModel\nAutoModel.from_pretrained("meta-llama/Llama-3.1-8B")\n',
    });
    try {
      await scan({}, dir);
      expect(hub.requests).toHaveLength(0);
      await scan();
      const cold = hub.requests.length;
      await scan();
      expect(hub.requests.length).toBe(cold);
    } finally {
      removeTempRepo(dir);
    }
  });
});
