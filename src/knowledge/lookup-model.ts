// Resolves a model reference (Hub id, URL, Ollama tag, API model name, file name or prose
// name) to its entry in MODELS. Patterns are indexed once at load: Hub patterns per org,
// the rest in flat lists. When several entries match, the first in MODELS wins (data/models.json
// lists exceptions before general entries). Results are cached (bounded).

import type { ModelEntry } from './model-entry.js';
import { MODELS } from './models.js';
import { FirstCharIndex } from '../util/leading-chars.js';

export interface ModelRef {
  /** As found: "meta-llama/Llama-3.1-8B", "https://huggingface.co/...", "llama3.1:8b", "gpt-4o", "Llama 3.1". */
  name: string;
  /** How it was referenced (ModelRefVia: 'ollama', 'api', 'prose', 'from_pretrained', ...). */
  via?: string;
  /** Hosted API provider, when reached through one (openai, anthropic, ...). */
  provider?: string;
}

/**
 * How the reference matched: hub = org and repo name; mirror = a repo name under a known
 * re-uploader/quantiser org (unsloth, TheBloke, ...); router = a provider-prefixed API name
 * ("openai/gpt-4o", "bedrock/anthropic.claude-..."); name = a bare name or file name that
 * looks like a Hub repo name; ollama / api / prose = those pattern lists.
 */
export type ModelMatchKind = 'hub' | 'mirror' | 'derived' | 'router' | 'name' | 'ollama' | 'api' | 'prose';

export interface ModelMatch {
  entry: ModelEntry;
  by: ModelMatchKind;
}

interface Rule {
  entry: ModelEntry;
  re: RegExp;
}

/** Orgs that re-upload or quantise other publishers' models under the original names. */
const MIRROR_ORGS: ReadonlySet<string> = new Set([
  'unsloth',
  'thebloke',
  'bartowski',
  'xenova',
  'onnx-community',
  'lmstudio-community',
  'mlx-community',
  'nousresearch',
  'hugging-quants',
  'quantfactory',
  'maziyarpanahi',
  'second-state',
  'ggml-org',
  'neuralmagic',
  'redhatai',
]);

/**
 * Prefixes routers and gateways put before an API model name (OpenRouter, LiteLLM, Gemini
 * "models/"). The first set never publishes models on the Hub, so the prefix is stripped
 * whenever the Hub lookup fails; the second set are also Hub publishers
 * ("mistralai/Mistral-Small-24B-Instruct-2501" is an Apache-2.0 repo, not the hosted
 * mistral-small), so their prefix is stripped only for references made through an API.
 */
const ROUTER_ONLY_PREFIXES: ReadonlySet<string> = new Set([
  'anthropic',
  'models',
  'gemini',
  'vertex_ai',
  'vertex',
  'x-ai',
  'xai',
  'cohere',
  'mistral',
  'deepseek',
  'bedrock',
  'azure',
  'groq',
  'together_ai',
  'openrouter',
  'ollama',
  'ollama_chat',
]);
const ROUTER_HUB_PREFIXES: ReadonlySet<string> = new Set([
  'openai',
  'google',
  'mistralai',
  'meta-llama',
  'qwen',
]);

const MAX_NAME = 512;
const CACHE_LIMIT = 10_000;

// ── Indexes ──────────────────────────────────────────────────────────────────────────

const hubByOrg = new Map<string, Rule[]>();
const hubAll: Rule[] = [];
const ollamaRules: Rule[] = [];
const apiRules: Rule[] = [];
const proseRules: Rule[] = [];
const byId = new Map<string, ModelEntry>();

for (const entry of MODELS) {
  byId.set(entry.id, entry);
  for (const hub of entry.patterns.hub ?? []) {
    const rule = { entry, re: hub.name };
    hubAll.push(rule);
    for (const org of hub.org) {
      const key = org.toLowerCase();
      const list = hubByOrg.get(key);
      if (list) list.push(rule);
      else hubByOrg.set(key, [rule]);
    }
  }
  for (const re of entry.patterns.ollama ?? []) ollamaRules.push({ entry, re });
  for (const re of entry.patterns.api ?? []) apiRules.push({ entry, re });
  for (const re of entry.patterns.prose ?? []) proseRules.push({ entry, re });
}

// Each rule list is tried in order, but only its rules that can start as the text does.
const indexes = new WeakMap<readonly Rule[], FirstCharIndex<Rule>>();

function first(rules: readonly Rule[] | undefined, text: string): ModelEntry | undefined {
  if (!rules) return undefined;
  let index = indexes.get(rules);
  if (index === undefined) {
    index = new FirstCharIndex(rules);
    indexes.set(rules, index);
  }
  for (const rule of index.candidates(text)) if (rule.re.test(text)) return rule.entry;
  return undefined;
}

// ── Normalisation ────────────────────────────────────────────────────────────────────

const HF_URL = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\//i;
const OLLAMA_URL = /^(?:https?:\/\/)?(?:registry\.)?ollama\.(?:com|ai)\//i;
const BEDROCK =
  /^(?:(?:us|eu|apac|global)\.)?(?:anthropic|meta|mistral|cohere|amazon|ai21|openai|deepseek|qwen)\.(.+)$/i;
const WEIGHT_FILE = /\.(?:gguf|ggml|llamafile|safetensors|bin|pt|pth|ckpt|onnx)$/i;
const PATH_START = /^(?:\.{1,2}[\\/]|[\\/]|~[\\/]|[a-z]:[\\/])/i;
/** Characters a Hub repo name can hold; anything else (spaces) is prose, not a repo name. */
const REPO_NAME = /^[\w.-]+$/;

type Step = 'hub-legacy' | 'ollama' | 'api' | 'prose' | 'name';

function order(ref: ModelRef): readonly Step[] {
  const via = ref.via ?? '';
  if (via === 'ollama' || via === 'modelfile') return ['ollama', 'hub-legacy', 'api', 'name', 'prose'];
  if (via === 'prose') return ['prose', 'api', 'ollama', 'hub-legacy', 'name'];
  if (via === 'api' || ref.provider) return ['api', 'ollama', 'hub-legacy', 'name', 'prose'];
  return ['hub-legacy', 'ollama', 'api', 'name', 'prose'];
}

/** Strips a ":tag" / "@revision" from a Hub repo name. */
function repoName(segment: string): string {
  let end = segment.length;
  const colon = segment.indexOf(':');
  if (colon >= 0) end = colon;
  const at = segment.indexOf('@');
  if (at >= 0 && at < end) end = at;
  return segment.slice(0, end);
}

/** Last path component without a weight-file extension. */
function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  const last = parts[parts.length - 1] ?? '';
  return last.replace(WEIGHT_FILE, '');
}

const spaced = (name: string): string => name.replace(/_+/g, ' ');

/** A name with no "/": Ollama tag, API name, legacy Hub id, prose. */
function matchBare(name: string, ref: ModelRef): ModelMatch | undefined {
  let s = name;
  const bedrock = BEDROCK.exec(s);
  if (bedrock?.[1]) s = bedrock[1];
  if (/^ft:/i.test(s)) s = s.slice(3); // OpenAI fine-tune ids: ft:gpt-4o-mini:org::id
  const colon = s.indexOf(':');
  const beforeColon = colon >= 0 ? s.slice(0, colon) : s;
  const repoLike = REPO_NAME.test(beforeColon);
  for (const step of order(ref)) {
    let entry: ModelEntry | undefined;
    switch (step) {
      case 'hub-legacy':
        entry = repoLike ? first(hubByOrg.get(''), beforeColon) : undefined;
        if (entry) return { entry, by: 'hub' };
        break;
      case 'ollama':
        entry = first(ollamaRules, s);
        if (entry) return { entry, by: 'ollama' };
        break;
      case 'api':
        entry = first(apiRules, beforeColon);
        if (entry) return { entry, by: 'api' };
        break;
      case 'name':
        entry = repoLike ? first(hubAll, beforeColon) : undefined;
        if (entry) return { entry, by: 'name' };
        break;
      case 'prose':
        // Words joined by underscores ("sd3.5_large") are read as prose writes them too.
        entry = first(proseRules, name) ?? (name.includes('_') ? first(proseRules, spaced(name)) : undefined);
        if (entry) return { entry, by: 'prose' };
        break;
    }
  }
  return undefined;
}

function matchUncached(ref: ModelRef): ModelMatch | undefined {
  let s = ref.name.trim();
  if (s.length === 0 || s.length > MAX_NAME) return undefined;

  if (HF_URL.test(s)) s = s.replace(HF_URL, '');
  else if (OLLAMA_URL.test(s)) s = s.replace(OLLAMA_URL, '');
  s = s.replace(/^hf:\/\//i, '').replace(/^hf[-_]hub:/i, '');
  if (/^(?:datasets|spaces)\//i.test(s)) return undefined;
  s = s.replace(/^library\//i, '').replace(/^huggingface\//i, '');

  // A package's own short name ("CLIP ViT-L/14") is read as prose names are.
  if (ref.via === 'package') {
    const entry = first(proseRules, s);
    return entry ? { entry, by: 'prose' } : undefined;
  }
  // Local paths and weight files: judge by the file or directory name, as a Hub repo name
  // or, words split at underscores ("sd3.5_large"), as a name prose would use.
  if (PATH_START.test(s) || s.includes('\\') || WEIGHT_FILE.test(s)) {
    const base = baseName(s);
    if (!base) return undefined;
    const entry = first(hubByOrg.get(''), base) ?? first(hubAll, base);
    if (entry) return { entry, by: 'name' };
    const words = first(proseRules, spaced(base));
    return words ? { entry: words, by: 'prose' } : undefined;
  }

  const slash = s.indexOf('/');
  if (slash < 0) return matchBare(s, ref);

  const org = s.slice(0, slash).toLowerCase();
  const rest = s.slice(slash + 1);
  const repo = repoName(rest.split('/')[0] ?? '');
  if (!repo) return undefined;

  const own = first(hubByOrg.get(org), repo);
  if (own) return { entry: own, by: 'hub' };
  const throughApi = ref.via === 'api' || ref.provider !== undefined;
  if (ROUTER_ONLY_PREFIXES.has(org) || (throughApi && ROUTER_HUB_PREFIXES.has(org))) {
    const routed = matchUncached({ ...ref, name: rest });
    if (routed) return { entry: routed.entry, by: 'router' };
  }
  // A repository named after a known family under another organisation is a re-upload, a
  // quantisation or a fine-tune of it: it carries that family's terms (a fine-tune inherits
  // its base model's), unless the Hub says otherwise.
  const named = first(hubAll, repo);
  return named ? { entry: named, by: MIRROR_ORGS.has(org) ? 'mirror' : 'derived' } : undefined;
}

// ── Public API ───────────────────────────────────────────────────────────────────────

const cache = new Map<string, ModelMatch | null>();

/** The entry a reference resolves to and how it matched, or undefined for unknown models. */
export function matchModel(ref: ModelRef): ModelMatch | undefined {
  const key = `${ref.via ?? ''}\u0000${ref.provider ?? ''}\u0000${ref.name}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const result = matchUncached(ref);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result ?? null);
  return result;
}

/** The most specific model entry for a reference, or undefined when the model is not known. */
export function findModel(ref: ModelRef): ModelEntry | undefined {
  return matchModel(ref)?.entry;
}

/** The entry with this id (e.g. for `baseOf`). */
export function findModelById(id: string): ModelEntry | undefined {
  return byId.get(id);
}
