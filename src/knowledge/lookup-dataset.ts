// Resolves a dataset reference (Hub id or URL, TFDS name with config/version, torchvision
// class, Kaggle slug, prose name) to its entry in DATASETS. Exact names go into one
// case-insensitive Map built at load; prefixes and prose regexes are short flat lists.

import type { DatasetEntry } from './model-entry.js';
import { DATASETS } from './datasets.js';
import { FirstCharIndex } from '../util/leading-chars.js';

const MAX_NAME = 512;

const byKey = new Map<string, DatasetEntry>();
const prefixes: { prefix: string; entry: DatasetEntry }[] = [];
const prose: { re: RegExp; entry: DatasetEntry }[] = [];
const byId = new Map<string, DatasetEntry>();

for (const entry of DATASETS) {
  byId.set(entry.id, entry);
  const p = entry.patterns;
  for (const key of [...(p.hub ?? []), ...(p.tfds ?? []), ...(p.torchvision ?? []), ...(p.kaggle ?? [])]) {
    const k = key.toLowerCase();
    if (!byKey.has(k)) byKey.set(k, entry);
  }
  for (const prefix of p.hubPrefixes ?? []) prefixes.push({ prefix: prefix.toLowerCase(), entry });
  for (const re of p.prose ?? []) prose.push({ re, entry });
}
// Only the prose patterns that can start as the name does are tried (and compiled).
const proseIndex = new FirstCharIndex(prose);

const HF_DATASET_URL = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/datasets\//i;
const KAGGLE_URL = /^(?:https?:\/\/)?(?:www\.)?kaggle\.com\/datasets\//i;
const CLASS_PREFIX = /^(?:torchvision|torchaudio|torchtext)\.datasets\./i;

function stripVersion(segment: string): string {
  let end = segment.length;
  for (const ch of [':', '@']) {
    const i = segment.indexOf(ch);
    if (i >= 0 && i < end) end = i;
  }
  return segment.slice(0, end);
}

/** The dataset entry a reference resolves to, or undefined when it is not known. */
export function findDataset(name: string): DatasetEntry | undefined {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NAME) return undefined;

  const s = trimmed
    .replace(HF_DATASET_URL, '')
    .replace(KAGGLE_URL, '')
    .replace(/^hf:\/\/datasets\//i, '')
    .replace(/^datasets\//i, '')
    .replace(CLASS_PREFIX, '')
    .replace(/^datasets\./i, '')
    .toLowerCase();

  const segments = s.split('/');
  const head = stripVersion(segments[0] ?? '');
  if (segments.length >= 2) {
    const two = `${head}/${stripVersion(segments[1] ?? '')}`;
    const hit = byKey.get(two);
    if (hit) return hit;
    for (const { prefix, entry } of prefixes) if (two.startsWith(prefix)) return entry;
  }
  // Legacy Hub name or TFDS name, possibly with a config ("glue/mrpc", "c4/en:3.0.1").
  const single = byKey.get(head);
  if (single) return single;

  for (const { re, entry } of proseIndex.candidates(trimmed)) if (re.test(trimmed)) return entry;
  return undefined;
}

/** The entry with this id (as listed in a model's `datasets`). */
export function findDatasetById(id: string): DatasetEntry | undefined {
  return byId.get(id);
}
