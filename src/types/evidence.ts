// What the extractors find. Every item carries the file (a POSIX path relative to the
// scanned root) and the 1-based line where the evidence sits; line 0 means "the whole file".

export interface Location {
  file: string;
  line: number;
}

/** How a licence was recognised, from strongest to weakest. */
export type LicenceMatchMethod =
  | 'exact' // normalised word set equals a known text
  | 'dice' // word-set similarity above the threshold
  | 'phrase' // distinctive phrases of an AI licence that SPDX lacks
  | 'spdx-header' // an SPDX-License-Identifier: line
  | 'manifest' // a licence field in package.json, pyproject.toml, ...
  | 'card' // a model or dataset card's license: field
  | 'reference'; // a licence named in prose or by URL

export interface LicenceEvidence extends Location {
  kind: 'licence';
  /** SPDX id or expression, or LicenseRef-... for licences SPDX lacks; null when unidentified. */
  id: string | null;
  /** 0..1 */
  confidence: number;
  method: LicenceMatchMethod;
  /** Licence file, header, manifest field ... */
  source: 'licence-file' | 'spdx-header' | 'manifest' | 'card' | 'readme';
  /** Human-readable detail: "Dice 0.97 against MIT", "package.json license field". */
  detail: string;
  /** The file is a copyright notice with no licence terms: all rights reserved (id is null). */
  noLicence?: boolean;
  /** A manifest that names a licence file instead of a licence ("license = { file = ... }"): that file, from the root. */
  pointsTo?: string;
}

export type ModelRefVia =
  | 'from_pretrained'
  | 'pipeline'
  | 'diffusers'
  | 'sentence-transformers'
  | 'hf-hub'
  | 'hf-url'
  | 'torch-hub'
  | 'timm'
  | 'ollama'
  | 'llama-cpp'
  | 'vllm'
  | 'transformers-js'
  | 'hf-inference'
  | 'keras'
  | 'package'
  | 'weights-file'
  | 'kaggle'
  | 'card-base-model'
  | 'modelfile'
  | 'config'
  | 'setting'
  | 'api'
  | 'prose';

/**
 * What prose says a model or dataset it names was used for; `training`, for datasets only:
 * a model was trained or fine-tuned on it ("the instruct models are fine-tuned on [X]").
 */
export type ProsePurpose = 'data-generation' | 'evaluation' | 'example' | 'training';

export interface ModelRefEvidence extends Location {
  kind: 'model';
  /** Hub id ("meta-llama/Llama-3.1-8B"), Ollama tag ("llama3.1:8b"), API model ("gpt-4o"), or prose name. */
  name: string;
  via: ModelRefVia;
  /** A call is strong evidence; a name in prose is weak. */
  strength: 'strong' | 'weak';
  /** Set when the model is reached through a hosted API (openai, anthropic, ...). */
  provider?: string;
  /** For a base model: the relation declared (finetune, adapter, quantized, merge; adapter for a PEFT adapter_config.json). */
  relation?: string;
  /** The card, or PEFT adapter_config.json, that declared this as its base model. */
  derivedFrom?: string;
  /** The knowledge-base entry the extractor already matched (prose names it by its display name). */
  modelId?: string;
  /** The reference is a path to a local file (a Modelfile's `FROM ./model.gguf`), not a model id. */
  localFile?: boolean;
  /** The line sets it as a default value (`default="..."`, `DEFAULT_MODEL = ...`): what the project runs unless told otherwise. */
  defaultValue?: true;
  /** Only its tokenizer, processor or config is loaded (AutoTokenizer.from_pretrained): no weights are used. */
  tokenizerOnly?: true;
  /** One of several values a registry or one setting offers (`choices=[...]`, a dict keyed by id). */
  choice?: true;
  /** The model the training config that names this one publishes (`hub_model_id`): this is its start. */
  trainsInto?: string;
  /** The model a training config publishes (`hub_model_id`): made by the run, not loaded by it. */
  published?: true;
  /** A link in a code comment ("# source: https://huggingface.co/..."): cited, not loaded. */
  cited?: true;
  /** A link in Markdown prose, not in a code block: named, as prose names. */
  inProse?: true;
  /** The function whose parameter default it is (`def run_benchmark(model="org/x")`). */
  defaultOf?: string;
  /**
   * What the prose says the model was used for: making the training data, (named under an
   * evaluation heading) a baseline, or a walk-through's example.
   */
  purpose?: ProsePurpose;
}

export interface DatasetRefEvidence extends Location {
  kind: 'dataset';
  name: string;
  via:
    'load_dataset' | 'tfds' | 'torchvision' | 'kaggle' | 'hf-hub' | 'hf-url' | 'setting' | 'card' | 'prose';
  strength: 'strong' | 'weak';
  /** One of several values a registry or one setting offers. */
  choice?: true;
  /** What the prose around it says the dataset is for (a walk-through's example, a model's training data). */
  purpose?: ProsePurpose;
  /** A link in Markdown prose, not in a code block. */
  inProse?: true;
}

export interface ApiUseEvidence extends Location {
  kind: 'api';
  /** openai | anthropic | google-gemini | cohere | mistral | bedrock | xai ... */
  provider: string;
  /** import, client-call, model-string, env-key, dependency */
  signal: 'import' | 'client-call' | 'model-string' | 'env-key' | 'endpoint' | 'dependency';
  /** Model the call names, when known. */
  model?: string;
  /** True when the client points at a local or self-hosted server (Ollama, vLLM, llama.cpp; any plain-http address): not a closed API. */
  local?: boolean;
  /** Found only in documentation code blocks or tests: counts when nothing stronger shows AI. */
  weak?: true;
  /** For an SDK dependency: declared for development only, or as an optional extra. */
  scope?: DependencyScope;
  /** True when the named model is open-weight though reached through an API client (gpt-oss-*, open-mistral-*). */
  openWeight?: boolean;
  /** The line sets it as a default value: what the project runs unless told otherwise. */
  defaultValue?: true;
}

export interface CardEvidence extends Location {
  kind: 'card';
  cardType: 'model' | 'dataset';
  /** The first (often only) `license:` id, lower-cased as the Hub writes it. */
  license?: string;
  /** Every `license:` id when the card lists several (dataset cards may). */
  licenses?: string[];
  licenseName?: string;
  licenseLink?: string;
  datasets: string[];
  baseModels: string[];
  baseModelRelation?: string;
  tags: string[];
  pipelineTag?: string;
  libraryName?: string;
  gated: boolean;
  /** Standard sections that are present, and those still saying "[More Information Needed]". */
  sections: string[];
  emptySections: string[];
}

export interface WeightsEvidence extends Location {
  kind: 'weights';
  format: string; // safetensors, gguf, pt, onnx, ...
  size: number;
  /** Git-LFS pointer instead of the object itself. */
  lfs?: { oid: string; size: number };
  /** A .gitattributes rule routes this format through Git LFS; no such file was seen (size 0). */
  lfsRule?: boolean;
  /** From GGUF metadata or config.json. */
  architecture?: string;
  license?: string;
  name?: string;
}

export interface ArchitectureEvidence extends Location {
  kind: 'architecture';
  /** config.json architectures / model_type, params.json, modelling code. */
  source: 'config.json' | 'params.json' | 'model-code' | 'gguf' | 'lfs-rule';
  name: string;
}

export interface DependencyEvidence extends Location {
  kind: 'dependency';
  ecosystem: 'npm' | 'pypi' | 'conda' | 'go' | 'cargo' | 'maven';
  name: string;
  version?: string;
  licence?: string;
  /** Where the licence came from when the repository did not say it (the resolve stage). */
  licenceSource?: FactSource;
  /** ai-library (transformers, torch, ...), closed-api-sdk (openai, anthropic, ...), or other. */
  role: 'ai-library' | 'closed-api-sdk' | 'other';
  /** Declared for development only (devDependencies, a test scope, a dev group), or as an optional extra. */
  scope?: DependencyScope;
  provider?: string;
}

/** What a manifest section says a dependency is for, when not for running the project. */
export type DependencyScope = 'development' | 'optional';

export type ClaimKind =
  | 'open-source-ai' // "open source AI/model/LLM", "fully open", "100% open": every layer
  | 'open-weights' // "open weights", "open-weight model": the weights layer
  | 'open-model'; // "open model", "open access": marketing wording

export interface ClaimEvidence extends Location {
  kind: 'claim';
  claimKind: ClaimKind;
  /** The sentence or phrase as written. */
  text: string;
  /** The words that make it a claim ("fully open-source"). */
  phrase: string;
  /** The named subject the sentence gives it ("Baichuan 2 is ... open-source"): the project's claim only if that names the project. */
  about?: string;
  /** The headings it sits under, outermost first: a claim under "## SmolLM3" is about that model. */
  headings?: readonly string[];
}

/**
 * What the repository says about itself, so its own models can be told from the ones it
 * uses or mentions: its name (README title, package name), the Hugging Face organisation
 * and GitHub repository it links to as its own, and sentences that release a model.
 */
export interface ProjectEvidence extends Location {
  kind: 'project';
  signal:
    | 'title'
    | 'package-name'
    | 'hub-org'
    | 'github-repo'
    | 'release-sentence'
    | 'release-list' // a release sentence that introduces a list or table of what it releases ("We have released two models:")
    | 'model-card' // a prose model card file (MODEL_CARD.md)
    | 'download-script' // a script that downloads checkpoints
    | 'weights-url' // a link to a checkpoint file in code (a download URL table)
    | 'weights-licence'; // the README states the models' licence ("distributed under Apache 2.0"): value is its id
  value: string;
  /** For a release list: the last line of the list or table it introduces. */
  until?: number;
}

export type Evidence =
  | ProjectEvidence
  | LicenceEvidence
  | ModelRefEvidence
  | DatasetRefEvidence
  | ApiUseEvidence
  | CardEvidence
  | WeightsEvidence
  | ArchitectureEvidence
  | DependencyEvidence
  | ClaimEvidence;

/** A problem with the input that did not stop the scan. */
/** Where a fact from outside the repository came from, and when. */
export interface FactSource {
  url: string;
  /** ISO time it was fetched (or last revalidated). */
  fetchedAt: string;
}

export interface ScanWarning {
  file?: string;
  line?: number;
  code:
    | 'too-large'
    | 'binary'
    | 'symlink-outside'
    | 'symlink-loop'
    | 'unreadable'
    | 'bad-encoding'
    | 'malformed'
    | 'limit-reached'
    | 'unresolved'
    | 'other';
  message: string;
}
