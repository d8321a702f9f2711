// Types for the model-family and dataset knowledge base (data/models.json, data/datasets.json).
// The knowledge base is data: one entry per model family / version group and per
// dataset, each with at least one source URL. Facts come from ../shared/reference
// (ai-licences.md sections 2 and 5, ai-licences.yaml `models:`); entries marked
// `provisional` rest on general knowledge and point at the project's own page.

/** How a fact was checked: primary = the project's own licence/README was read;
 * secondary = reported by the reference notes or third parties; provisional = not
 * verified, taken from general knowledge (re-check before relying on it). */
export type Verification = 'primary' | 'secondary' | 'provisional';

/** Whether the model's structure is published as code/config, only in a paper, or not at all. */
export type ArchitectureDisclosure = 'code' | 'paper-only' | 'undisclosed';

/** open = training data released under open licences (listed in `datasets`);
 * partial = some of it released; described = documented but not released;
 * undisclosed = neither. */
export type TrainingDataDisclosure = 'open' | 'partial' | 'described' | 'undisclosed';

/** open = downloadable without approval; gated = click-through or approval with extra
 * terms; api-only = weights not released, reachable only through a hosted API. */
export type WeightsAvailability = 'open' | 'gated' | 'api-only';

/**
 * A Hugging Face Hub pattern: the organisations that publish the family and a regex for
 * the repository name. Orgs are compared case-insensitively; '' stands for the legacy
 * canonical ids without an org ("gpt2", "bert-base-uncased", "t5-small").
 */
export interface HubPattern {
  org: readonly string[];
  /** Anchored at ^, case-insensitive, no global/sticky flag; matched against the repo name only. */
  name: RegExp;
}

/**
 * How references to a model family are recognised. Every regex is anchored at ^, has the
 * `i` flag, no `g`/`y` flag, and is a simple literal prefix plus optional groups (no
 * nested quantifiers), so it cannot backtrack badly on untrusted input.
 */
export interface ModelPatterns {
  /** Hub ids: org + repo-name regex. */
  hub?: readonly HubPattern[];
  /** Ollama tags matched against "name" or "name:tag" ("llama3.1", "qwen2.5:72b"). */
  ollama?: readonly RegExp[];
  /** Model names sent to hosted APIs ("gpt-4o", "claude-3-5-sonnet-latest", "open-mistral-nemo"). */
  api?: readonly RegExp[];
  /** Names in prose, for weak mentions ("Llama 3.1", "Claude 3.5 Sonnet"). */
  prose?: readonly RegExp[];
}

export interface ModelEntry {
  /** Stable slug, e.g. 'llama-3.1'. */
  id: string;
  /** Family name, e.g. 'Llama'. */
  family: string;
  /** Display name of the version group, e.g. 'Llama 3.1'. */
  name: string;
  developer: string;
  patterns: ModelPatterns;
  /**
   * Licence of the weights: an SPDX id (Apache-2.0, MIT, CC-BY-NC-4.0) or LicenseRef-<hub id>
   * for AI licences SPDX lacks (LicenseRef-llama3.1, LicenseRef-gemma). null when the
   * weights are not released (API-only).
   */
  weightsLicence: string | null;
  /** Licence of the family's own training/inference code, same id scheme; null when none is published. */
  codeLicence: string | null;
  architecture: ArchitectureDisclosure;
  trainingData: TrainingDataDisclosure;
  /** Ids of entries in DATASETS (data/datasets.json) the family was trained on, where released. */
  datasets?: readonly string[];
  weights: WeightsAvailability;
  /** Short notes on the terms that restrict use (caps, AUPs, regions, hosting bans). */
  restrictions: readonly string[];
  /** Id of the entry this model is derived from (fine-tune, distillation); its terms carry over. */
  baseOf?: string;
  /** https URLs backing the facts. */
  sources: readonly string[];
  verification: Verification;
  notes?: string;
  /** References that must resolve to this entry (checked by the tests). */
  examples: readonly string[];
}

/** Whether a dataset's terms let anyone use, study, modify and share it. */
export type DatasetOpenness = 'open' | 'restricted' | 'closed' | 'unknown';

/**
 * How references to a dataset are recognised. Strings are compared case-insensitively
 * and exactly (a Map lookup); only `prose` uses regexes (same rules as ModelPatterns).
 */
export interface DatasetPatterns {
  /** Exact Hub ids, including legacy canonical names without an org ("imdb", "squad"). */
  hub?: readonly string[];
  /** Hub id prefixes for versioned series ("mozilla-foundation/common_voice_"). */
  hubPrefixes?: readonly string[];
  /** TensorFlow Datasets names ("imdb_reviews", "imagenet2012"); configs and versions are stripped. */
  tfds?: readonly string[];
  /** torchvision / torchaudio / torchtext dataset class names ("CIFAR10", "LIBRISPEECH"). */
  torchvision?: readonly string[];
  /** Kaggle dataset slugs ("owner/slug"). */
  kaggle?: readonly string[];
  /** Names in prose ("The Pile", "LAION-5B"). */
  prose?: readonly RegExp[];
}

export interface DatasetEntry {
  id: string;
  name: string;
  patterns: DatasetPatterns;
  /**
   * Licence of the dataset as distributed: SPDX id or expression, or LicenseRef-...; null
   * when there is no single licence (mixed per-source terms) or none is stated.
   * `openness` is the judgement to use; `licence` may cover only the packaging (LAION's
   * CC-BY-4.0 covers the link metadata, not the linked images).
   */
  licence: string | null;
  openness: DatasetOpenness;
  /** public = downloadable; gated = approval or terms click-through; withdrawn = taken down by its publisher. */
  access?: 'public' | 'gated' | 'withdrawn';
  /** Made to score models on: prose that names it reports or describes an evaluation. */
  benchmark?: true;
  notes: string;
  sources: readonly string[];
  verification: Verification;
}
