// Which front-matter keys make a Markdown file a Hugging Face model or dataset card.
// A blog post's front matter (title, date, tags, ...) has none of the strong keys, so it
// is not mistaken for a card; `tags` and `language` alone are too common to count.

import type { Rec } from '../structured-data.js';

/** Keys only a dataset card carries. */
const DATASET_KEYS = new Set([
  'task_categories',
  'task_ids',
  'size_categories',
  'source_datasets',
  'configs',
  'dataset_info',
  'annotations_creators',
  'language_creators',
  'multilinguality',
  'pretty_name',
  'paperswithcode_id',
  'train_eval_index',
  'license_details',
]);

/** Keys a model card (or either kind) carries. */
const MODEL_OR_SHARED_KEYS = new Set([
  'license',
  'license_name',
  'license_link',
  'datasets',
  'base_model',
  'base_model_relation',
  'pipeline_tag',
  'library_name',
  'model-index',
  'new_version',
  'gated',
  'widget',
]);

const GATED_PREFIX = 'extra_gated_';

function isCardKey(key: string): boolean {
  return DATASET_KEYS.has(key) || MODEL_OR_SHARED_KEYS.has(key) || key.startsWith(GATED_PREFIX);
}

/** True when the parsed front matter has at least one key that only cards use. */
export function isCardMetadata(meta: Rec): boolean {
  return Object.keys(meta).some(isCardKey);
}

/** True when the raw YAML text names a card key at the start of a line (used before it parses). */
export function mentionsCardKey(yaml: string): boolean {
  for (const line of yaml.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && isCardKey(line.slice(0, colon).trim())) return true;
  }
  return false;
}

/** A dataset card when a dataset-only key is present or the file is named DATASET_CARD.md. */
export function cardTypeOf(meta: Rec, fileName: string): 'model' | 'dataset' {
  if (fileName === 'dataset_card.md') return 'dataset';
  return Object.keys(meta).some((k) => DATASET_KEYS.has(k)) ? 'dataset' : 'model';
}

/** Gated access: `gated:` set to anything but false, or any extra_gated_* key. */
export function isGated(meta: Rec): boolean {
  const gated = meta['gated'];
  if (gated !== undefined && gated !== null && gated !== false && gated !== 'false') return true;
  return Object.keys(meta).some((k) => k.startsWith(GATED_PREFIX));
}

/** File names that are cards by convention: a malformed front matter there is worth a warning. */
export const CARD_FILE_NAMES = new Set(['readme.md', 'model_card.md', 'dataset_card.md']);
