// The knowledge base is data: each file under src/knowledge/data/ satisfies the one schema
// beside it, and so does what the resolve stage learns from the Hub (a model entry too).

import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetEntryOf, readHubCard, resolveHubModels } from '../src/resolve/hub.js';
import type { Outcome, RemoteClient } from '../src/resolve/remote.js';

const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'knowledge', 'data');
const read = (name: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(DATA, name), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const schema = read('knowledge.schema.json');
ajv.addSchema(schema, 'knowledge');
const validateFile = ajv.getSchema('knowledge') as ReturnType<Ajv['compile']>;
const validateModel = ajv.compile({ $ref: 'knowledge#/definitions/model' });
const validateDataset = ajv.compile({ $ref: 'knowledge#/definitions/dataset' });
const errors = (v: ReturnType<Ajv['compile']>): string[] =>
  (v.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message ?? ''}`);

describe('src/knowledge/data', () => {
  it.each(['models.json', 'datasets.json', 'ai-licences.json'])(
    '%s satisfies knowledge.schema.json',
    (name) => {
      const ok = validateFile(read(name));
      expect(errors(validateFile)).toEqual([]);
      expect(ok).toBe(true);
    },
  );

  it('says how its order matters, and holds unique ids', () => {
    for (const [name, key] of [
      ['models.json', 'models'],
      ['datasets.json', 'datasets'],
      ['ai-licences.json', 'licences'],
    ] as const) {
      const file = read(name);
      expect(String(file.order)).toMatch(/first|order/i);
      const ids = (file[key] as { id: string }[]).map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('refuses an entry that breaks the schema', () => {
    const models = read('models.json');
    const first = (models.models as Record<string, unknown>[])[0];
    expect(validateFile({ ...models, models: [{ ...first, architecture: 'mostly' }] })).toBe(false);
    expect(validateFile({ ...models, models: [{ ...first, sources: [] }] })).toBe(false);
    expect(validateFile({ ...models, models: [{ ...first, patterns: { api: ['gpt-4'] } }] })).toBe(false);
  });

  it('a model learnt from the Hub has the same shape as a curated one', async () => {
    const answers: Record<string, unknown> = {
      'acme/tuned': {
        cardData: { license: 'apache-2.0', base_model: 'meta-llama/Llama-3.1-8B', datasets: ['acme/chat'] },
      },
    };
    const client = {
      getJson: async (url: string): Promise<Outcome> => {
        const id = decodeURIComponent(url.replace(/^.*\/api\/models\//, ''));
        return answers[id]
          ? {
              ok: true,
              status: 200,
              json: answers[id],
              url,
              fetchedAt: '2026-12-03T00:00:00.000Z',
              cached: false,
            }
          : { ok: false, status: 404, reason: 'not found (404)', url };
      },
    } as unknown as RemoteClient;
    const { resolved } = await resolveHubModels(client, 'https://hub.example', ['acme/tuned']);
    const entry = resolved.get('acme/tuned')?.entry;
    expect(entry?.weightsLicence).toBe('LicenseRef-llama3.1');
    const ok = validateModel(
      JSON.parse(JSON.stringify(entry, (_k, v) => (v instanceof RegExp ? v.source : v))),
    );
    expect(errors(validateModel)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('a dataset learnt from the Hub has the same shape as a curated one', () => {
    const source = {
      url: 'https://hub.example/api/datasets/acme/chat',
      fetchedAt: '2026-12-03T00:00:00.000Z',
    };
    for (const json of [
      { cardData: { license: 'cc-by-4.0' }, gated: 'auto' },
      { cardData: { license: 'other' } },
      {},
    ]) {
      const entry = datasetEntryOf(readHubCard('acme/chat', json, source));
      const ok = validateDataset(JSON.parse(JSON.stringify(entry)));
      expect(errors(validateDataset)).toEqual([]);
      expect(ok).toBe(true);
    }
  });
});
