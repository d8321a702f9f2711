// Models the knowledge base does not know, looked up on the Hugging Face Hub (HF_ENDPOINT,
// default https://huggingface.co): the card's licence, gating, training datasets and
// base_model, followed to its root (at most MAX_HOPS, cycles stopped) so a fine-tune of a
// fine-tune of Llama carries Llama's terms. Only model ids are sent; HF_TOKEN, when set,
// goes in the Authorization header and nowhere else.

import type { DatasetRefEvidence, FactSource, ModelRefEvidence } from '../types/evidence.js';
import type { DatasetEntry, ModelEntry } from '../knowledge/model-entry.js';
import { findDataset } from '../knowledge/lookup-dataset.js';
import { findModel } from '../knowledge/lookup-model.js';
import { lookupExpression } from '../knowledge/licences/catalogue.js';
import type { RemoteClient } from './remote.js';
import { ownEntry } from '../util/own-entry.js';

export const DEFAULT_HUB_URL = 'https://huggingface.co';
export const MAX_HOPS = 5;
/** Most model (and, apart, dataset) ids looked up in one scan. */
export const MAX_MODELS = 500;

const HUB_ID = /^[A-Za-z0-9][\w.-]{0,95}\/[\w.-]{1,96}$/;
/** Reference forms that name a Hub repository (not prose, not an API model name). */
const HUB_FORMS = new Set<ModelRefEvidence['via']>([
  'from_pretrained',
  'pipeline',
  'diffusers',
  'sentence-transformers',
  'hf-hub',
  'hf-url',
  'hf-inference',
  'card-base-model',
  'config',
  'setting',
  'vllm',
  'transformers-js',
]);

export interface HubCard {
  id: string;
  licence?: string;
  licenceName?: string;
  gated: boolean;
  baseModels: string[];
  relation?: string;
  datasets: string[];
  source: FactSource;
}

/** What the Hub says of a model and of its base chain: the facts the grading reads. */
export interface ResolvedModel {
  entry: ModelEntry;
  /** The model, then each base up to the root. */
  chain: string[];
  /** The licence the model's own Hub card declares. */
  declared?: string;
}

const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).filter(
    (x): x is string => typeof x === 'string' && x.length > 0 && x.length < 200,
  );

/** The fields we read from /api/models/{id}, each checked: the answer is untrusted data. */
export function readHubCard(id: string, json: unknown, source: FactSource): HubCard {
  const o = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const card = (o.cardData && typeof o.cardData === 'object' ? o.cardData : {}) as Record<string, unknown>;
  const tags = strings(o.tags);
  const licence = strings(card.license)[0] ?? tags.find((t) => t.startsWith('license:'))?.slice(8);
  const fromTags = tags
    .map((t) => /^base_model:(?:(finetune|adapter|quantized|merge):)?(.+)$/.exec(t))
    .filter((m): m is RegExpExecArray => m !== null);
  const baseModels = strings(card.base_model);
  const bases = baseModels.length ? baseModels : fromTags.map((m) => m[2] as string);
  const relation = strings(card.base_model_relation)[0] ?? fromTags.find((m) => m[1])?.[1];
  const name = strings(card.license_name)[0];
  return {
    id,
    ...(licence ? { licence } : {}),
    ...(name ? { licenceName: name } : {}),
    gated: o.gated === true || o.gated === 'auto' || o.gated === 'manual',
    baseModels: [...new Set(bases.filter((b) => HUB_ID.test(b)))],
    ...(relation ? { relation } : {}),
    datasets: strings(card.datasets),
    source,
  };
}

export type HubLookup = { ok: true; card: HubCard } | { ok: false; reason: string };

export async function hubCard(client: RemoteClient, base: string, id: string): Promise<HubLookup> {
  const answer = await client.getJson(
    `${base}/api/models/${id.split('/').map(encodeURIComponent).join('/')}`,
  );
  if (!answer.ok) return { ok: false, reason: answer.reason };
  return { ok: true, card: readHubCard(id, answer.json, { url: answer.url, fetchedAt: answer.fetchedAt }) };
}

/** Hub ids worth looking up: named as Hub repositories, and unknown to the knowledge base. */
export function unknownHubIds(refs: readonly ModelRefEvidence[]): string[] {
  const ids = new Set<string>();
  for (const r of refs) {
    if (r.localFile || !HUB_FORMS.has(r.via) || r.provider) continue;
    const name = r.name.trim().replace(/^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\//i, '');
    if (!HUB_ID.test(name) || findModel({ name, via: r.via })) continue;
    ids.add(name);
  }
  return [...ids];
}

/**
 * A model entry from what the Hub says. A derivative carries its base's terms: the chain's
 * root in the knowledge base wins, else a restricted licence further up the chain.
 */
function entryOf(
  card: HubCard,
  chain: string[],
  root: ModelEntry | undefined,
  upstream?: string,
): ModelEntry {
  const own = card.licence ? lookupExpression(card.licence) : null;
  const ownLicence = own && own.category !== 'unknown' ? own.expression : null;
  const inherited =
    upstream && lookupExpression(upstream).category === 'restricted'
      ? lookupExpression(upstream).expression
      : null;
  return {
    id: `hub:${card.id.toLowerCase()}`,
    family: root?.family ?? card.id,
    name: card.id,
    developer: card.id.split('/')[0] ?? '',
    patterns: {},
    // A derivative carries its base's terms: the root's licence wins over what the card says.
    weightsLicence: root?.weightsLicence ?? inherited ?? ownLicence,
    codeLicence: root?.codeLicence ?? null,
    architecture: root?.architecture ?? 'code',
    trainingData: card.datasets.length
      ? root
        ? root.trainingData
        : 'described'
      : (root?.trainingData ?? 'undisclosed'),
    weights: card.gated ? 'gated' : 'open',
    restrictions: root?.restrictions ?? [],
    ...(root ? { baseOf: root.id } : {}),
    sources: [card.source.url, ...(root?.sources ?? [])],
    verification: 'secondary',
    notes: `From the Hugging Face Hub (${card.source.fetchedAt})${chain.length > 1 ? `; base chain ${chain.join(' → ')}` : ''}.`,
    examples: [],
  };
}

/** Follows each id's base_model chain; returns what it learnt and why the rest stay unknown. */
export async function resolveHubModels(
  client: RemoteClient,
  base: string,
  ids: readonly string[],
): Promise<{ resolved: Map<string, ResolvedModel>; failures: Map<string, string[]> }> {
  const resolved = new Map<string, ResolvedModel>();
  const failures = new Map<string, string[]>();
  const cards = new Map<string, Promise<HubLookup>>();
  const card = (id: string): Promise<HubLookup> => {
    const key = id.toLowerCase();
    let p = cards.get(key);
    if (!p) cards.set(key, (p = hubCard(client, base, id)));
    return p;
  };
  await Promise.all(
    ids.slice(0, MAX_MODELS).map(async (id) => {
      const first = await card(id);
      if (!first.ok) {
        failures.set(first.reason, [...(failures.get(first.reason) ?? []), id]);
        return;
      }
      const chain = [id];
      let root: ModelEntry | undefined;
      let at = first.card;
      for (let hop = 0; hop < MAX_HOPS && at.baseModels.length; hop++) {
        const next = at.baseModels[0] as string;
        if (chain.some((c) => c.toLowerCase() === next.toLowerCase())) break; // a cycle
        chain.push(next);
        root = findModel({ name: next, via: 'card-base-model' });
        if (root) break;
        const up = await card(next);
        if (!up.ok) break;
        at = up.card;
      }
      resolved.set(id.toLowerCase(), {
        entry: entryOf(first.card, chain, root, at === first.card ? undefined : at.licence),
        chain,
        ...(first.card.licence ? { declared: first.card.licence } : {}),
      });
    }),
  );
  if (ids.length > MAX_MODELS) failures.set(`over the limit of ${MAX_MODELS} lookups`, ids.slice(MAX_MODELS));
  return { resolved, failures };
}

/** Reference forms that name a Hub dataset repository. */
const HUB_DATASET_FORMS = new Set<DatasetRefEvidence['via']>([
  'load_dataset',
  'hf-hub',
  'hf-url',
  'setting',
  'card',
]);

/** Hub dataset ids worth looking up: named as Hub repositories, and unknown to the knowledge base. */
export function unknownHubDatasetIds(refs: readonly DatasetRefEvidence[]): string[] {
  const ids = new Set<string>();
  for (const r of refs) {
    const name = r.name.trim().replace(/^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/datasets\//i, '');
    if (!HUB_DATASET_FORMS.has(r.via) || !HUB_ID.test(name) || findDataset(name)) continue;
    ids.add(name);
  }
  return [...ids];
}

const OPENNESS: Record<string, DatasetEntry['openness']> = {
  'open-code': 'open',
  'open-data': 'open',
  restricted: 'restricted',
  unknown: 'unknown',
};

/** A dataset entry from its Hub card: the licence it declares, and whether it is gated. */
export function datasetEntryOf(card: HubCard): DatasetEntry {
  const facts = card.licence ? lookupExpression(card.licence) : null;
  const known = facts && facts.category !== 'unknown';
  return {
    id: `hub:${card.id.toLowerCase()}`,
    name: card.id,
    patterns: {},
    licence: known ? facts.expression : null,
    openness: facts ? (ownEntry(OPENNESS, facts.category) ?? 'unknown') : 'unknown',
    ...(card.gated ? { access: 'gated' as const } : {}),
    notes: `from its Hugging Face Hub card (${card.source.fetchedAt})${known ? '' : card.licence ? `, whose licence "${card.licence}" is not one we know` : ', which names no licence'}`,
    sources: [card.source.url],
    verification: 'secondary',
  };
}

/** Looks up each dataset's Hub card; returns the entries and why the rest stay unknown. */
export async function resolveHubDatasets(
  client: RemoteClient,
  base: string,
  ids: readonly string[],
): Promise<{ resolved: Map<string, DatasetEntry>; failures: Map<string, string[]> }> {
  const resolved = new Map<string, DatasetEntry>();
  const failures = new Map<string, string[]>();
  await Promise.all(
    ids.slice(0, MAX_MODELS).map(async (id) => {
      const answer = await client.getJson(
        `${base}/api/datasets/${id.split('/').map(encodeURIComponent).join('/')}`,
      );
      if (!answer.ok) {
        failures.set(answer.reason, [...(failures.get(answer.reason) ?? []), id]);
        return;
      }
      const card = readHubCard(id, answer.json, { url: answer.url, fetchedAt: answer.fetchedAt });
      resolved.set(id.toLowerCase(), datasetEntryOf(card));
    }),
  );
  if (ids.length > MAX_MODELS) failures.set(`over the limit of ${MAX_MODELS} lookups`, ids.slice(MAX_MODELS));
  return { resolved, failures };
}
