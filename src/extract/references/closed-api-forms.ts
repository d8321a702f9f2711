// Signs of a hosted model API in code: SDK imports, client calls, model names, API keys,
// and the exceptions that matter (open-weight model names, clients pointed at a local
// server). Provider data comes from src/knowledge/api-providers.ts.

import { API_PROVIDERS } from '../../knowledge/api-providers.js';
import { eachMatch } from './each-match.js';
import type { Has } from './needles.js';
import { anyOf } from '../../util/regexp.js';
import { ownEntry } from '../../util/own-entry.js';
import { literalPrefixes } from '../../util/literal-prefixes.js';

export interface ApiHit {
  provider: string;
  signal: 'import' | 'client-call' | 'model-string' | 'env-key' | 'endpoint';
  model?: string;
  openWeight?: boolean;
  index: number;
  /** A name no provider is known for, given to a call: the call's model wherever the call goes. */
  unknownName?: true;
}

const PY_MODULES = API_PROVIDERS.flatMap((p) => p.pythonModules.map((m) => ({ provider: p.id, module: m })));
const NPM_PACKAGES = API_PROVIDERS.flatMap((p) => p.npm.map((n) => ({ provider: p.id, pkg: n })));
const ENV_KEYS = API_PROVIDERS.flatMap((p) => p.envKeys.map((k) => ({ provider: p.id, key: k })));

// `openai.types` holds only the API's data types: a server that speaks the OpenAI API
// (llama-cpp-python's) imports them without ever calling OpenAI.
// Both start at the keyword and are kept only where it starts a line (after at most
// PY_INDENT spaces): a pattern anchored at every line start runs three times slower.
const PY_IMPORT = new RegExp(
  String.raw`(?:import|from)[ \t]{1,10}(${anyOf(PY_MODULES.map((m) => m.module))})\b(?!\.types\b)`,
  'g',
);
const PY_GOOGLE_GENAI = /from[ \t]{1,10}google[ \t]{1,10}import[ \t]{1,10}(?:genai|generativeai)\b/g;
const PY_INDENT = 40;

/** Whether only spaces and tabs, at most `indent` of them, stand before `index` on its line. */
function startsLine(text: string, index: number, indent: number): boolean {
  for (let k = index; k > 0; k--) {
    const c = text.charCodeAt(k - 1);
    if (c === 10) return true;
    if ((c !== 32 && c !== 9) || index - k >= indent) return false;
  }
  return true;
}
const JS_IMPORT = new RegExp(
  String.raw`(?:\bfrom\s{1,10}|\brequire\(\s{0,10}|\bimport\(\s{0,10}|^import\s{1,10})["'](${anyOf(NPM_PACKAGES.map((n) => n.pkg))})["']`,
  'gm',
);
/** The start of a TypeScript `import type { ... } from "openai"`: types only, nothing runs. */
const JS_TYPE_IMPORT = /^import\s{1,10}type\b/;
const MAX_IMPORT_STATEMENT = 2000;

/** Whether the `from "pkg"` at `index` ends an `import type` statement (which may span lines). */
function isTypeOnlyImport(text: string, index: number): boolean {
  const start = text.lastIndexOf('import', index);
  if (start === -1 || index - start > MAX_IMPORT_STATEMENT) return false;
  const statement = text.slice(start, index);
  return JS_TYPE_IMPORT.test(statement) && !statement.includes(';');
}
const BEDROCK_CLIENT = /boto3\.client\(\s{0,20}["']bedrock-runtime["']/g;
const ENV_KEY = new RegExp(String.raw`\b(${anyOf(ENV_KEYS.map((k) => k.key))})\b`, 'g');

/**
 * A URL on a provider's API host ("https://api.anthropic.com/v1/messages",
 * f"https://bedrock-mantle.{region}.api.aws/v1"): requests sent there, with an SDK or
 * without one (fetch, requests, curl). One group per provider says whose host it is.
 */
const HOSTED = API_PROVIDERS.filter((p) => p.hosts.length > 0);
const ENDPOINT = new RegExp(
  String.raw`\b(?:https?|wss?)://(?:${HOSTED.map((p) => `(${p.hosts.join('|')})`).join('|')})(?=[/:"'\`\s)?#]|$)`,
  'g',
);
/** Each host's literal start: a text holding none of them has no endpoint. */
const HOST_NEEDLES = [
  ...new Set(HOSTED.flatMap((p) => p.hosts.flatMap((h) => literalPrefixes(new RegExp(`^${h}`), 4) ?? []))),
];

const PROVIDER_WORDS: Record<string, string> = {
  openai: 'openai',
  anthropic: 'anthropic',
  'google-gemini': 'gemini',
  mistral: 'mistral',
  bedrock: 'bedrock',
  cohere: 'cohere',
  xai: 'xai',
};

// Calls whose method names one provider's SDK, used when the file's imports do not say.
const CALLS: { re: RegExp; provider: string; needle: string }[] = [
  { re: /\.chat\.completions\.create\(/g, provider: 'openai', needle: '.create(' },
  { re: /\.responses\.create\(/g, provider: 'openai', needle: '.create(' },
  { re: /\.messages\.create\(/g, provider: 'anthropic', needle: '.create(' },
  { re: /\.models\.generate_?[cC]ontent\(/g, provider: 'google-gemini', needle: 'ontent(' },
  { re: /\bGenerativeModel\(/g, provider: 'google-gemini', needle: 'GenerativeModel(' },
  { re: /\.chat\.complete\(/g, provider: 'mistral', needle: '.complete(' },
  { re: /\binvoke_model\(|\bInvokeModelCommand\b/g, provider: 'bedrock', needle: 'nvoke' },
  { re: /\bconverse\(|\bConverseCommand\b/g, provider: 'bedrock', needle: 'onverse' },
];

// Hosted model names, by provider; the open-weight exceptions come first.
const MODEL_NAMES: { re: RegExp; provider: string; openWeight?: boolean }[] = [
  { re: /^gpt-oss/i, provider: 'openai', openWeight: true },
  { re: /^open-(?:mistral|mixtral|codestral)/i, provider: 'mistral', openWeight: true },
  {
    re: /^(?:gpt-|chatgpt-|o[1-9](?:-|$)|text-davinci|davinci|dall-e|whisper-1|tts-1|text-embedding-)/i,
    provider: 'openai',
  },
  { re: /^claude-/i, provider: 'anthropic' },
  { re: /^(?:models\/)?gemini-/i, provider: 'google-gemini' },
  { re: /^command(?:-|$)/i, provider: 'cohere' },
  { re: /^(?:mistral-(?:large|medium|small|tiny)|codestral|pixtral-large|magistral)/i, provider: 'mistral' },
  { re: /^grok-/i, provider: 'xai' },
  { re: /^(?:anthropic|amazon|meta|cohere|ai21|mistral)\.[\w.\-:]{1,100}$/i, provider: 'bedrock' },
];
/** The model a call's arguments name: `model="x"`, or a first positional string (`GenerativeModel('x')`). */
function callModel(text: string, from: number): { name: string; index: number } | undefined {
  const args = callArguments(text, from);
  const m = CALL_MODEL_KW.exec(args) ?? CALL_MODEL_FIRST.exec(args);
  const name = m?.[1];
  return m && name && CALL_MODEL_NAME.test(name) ? { name, index: from + m.index } : undefined;
}
/** Characters of a call's arguments read at most (a long messages list comes before `model=`). */
const CALL_ARGS = 4000;
/** A call's arguments: up to its closing parenthesis, brackets and quoted strings stepped over. */
function callArguments(text: string, from: number): string {
  const end = Math.min(text.length, from + CALL_ARGS);
  let depth = 0;
  let quote = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === BACKSLASH) i++;
      else if (c === quote) quote = 0;
    } else if (c === 34 || c === 39 || c === 96) quote = c;
    else if (c === 40 || c === 91 || c === 123) depth++;
    else if ((c === 41 || c === 93 || c === 125) && --depth < 0) return text.slice(from, i);
  }
  return text.slice(from, end);
}
const BACKSLASH = 92;
const CALL_MODEL_KW = /\bmodel\s{0,5}[=:]\s{0,5}["'`]([^"'`\s]{1,120})["'`]/;
const CALL_MODEL_FIRST = /^\s{0,20}["'`]([^"'`\s]{1,120})["'`]/;
/** A model name, not a template or a path: letters, digits and the marks model names use. */
const CALL_MODEL_NAME = /^[A-Za-z][\w.:/-]{1,119}$/;
const MODEL_ARG =
  /\b(?:model|model_name|modelName|model_id|modelId|engine)\s{0,5}[=:]\s{0,5}["'`]([^"'`\s]{1,120})["'`]/g;

/**
 * A model id as AI gateways and routers write it, "provider/model" (Vercel AI Gateway,
 * OpenRouter, LiteLLM): "anthropic/claude-haiku-4.5", "google/gemini-2.5-flash". Counted
 * only when the model name is that provider's, so Hub ids ("openai/whisper-large-v3",
 * "google/gemma-2-9b") never match.
 */
const GATEWAY_ID = /["'`](openai|anthropic|google|vertex|xai|x-ai|mistral|cohere)\/([\w.\-:]{1,100})["'`]/g;
const GATEWAY_PROVIDER: ReadonlyMap<string, string> = new Map([
  ['openai', 'openai'],
  ['anthropic', 'anthropic'],
  ['google', 'google-gemini'],
  ['vertex', 'google-gemini'],
  ['xai', 'xai'],
  ['x-ai', 'xai'],
  ['mistral', 'mistral'],
  ['cohere', 'cohere'],
]);
const GATEWAY_NEEDLES = [...GATEWAY_PROVIDER.keys()].map((p) => `${p}/`);

/**
 * A client pointed at a local or self-hosted OpenAI-compatible server (Ollama, vLLM,
 * llama.cpp, LM Studio): a loopback host, or any plain-http address, literal or built
 * (f"http://{host}:{port}/v1", `http://${host}`); the hosted APIs answer on https only.
 * The name may have any prefix (openai_api_base, llmBaseUrl): searched from its known part,
 * which is five times faster than from each word start.
 */
export const LOCAL_BASE_URL =
  /(?:[bB]ase(?:_url|URL|Url|_path|Path)|api_base|BASE_URL|API_BASE)\b[^\n]{0,80}?(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|\[::1\]|["'`]http:\/\/|=[ \t]{0,5}http:\/\/)/;

// Every name LOCAL_BASE_URL accepts holds one of these (base_url, baseURL, baseUrl, base_path,
// basePath, api_base, BASE_URL, API_BASE, each with any prefix: openai_api_base, llmBaseUrl), so a text
// without one cannot match. Pieces that start with a less common character are found faster
// than the whole names (2x on code, 20x on prose) and than the regex itself (3x to 10x).
const BASE_URL_PARTS = ['_url', 'URL', 'Url', '_path', '_base', 'Path', '_BASE'];

export function pointsAtLocalServer(text: string): boolean {
  return BASE_URL_PARTS.some((w) => text.includes(w)) && LOCAL_BASE_URL.test(text);
}

/**
 * A local inference runtime imported in the file (llama-cpp-python, Ollama's client, vLLM,
 * MLX, MLC, GPT4All, node-llama-cpp, WebLLM): its OpenAI-style calls
 * (engine.chat.completions.create) and a hosted model's name there ("gpt-3.5-turbo") are
 * the runtime's, when no closed SDK is imported beside it.
 * The optional quote lets a notebook's JSON-quoted source lines match too.
 */
const LOCAL_RUNTIME_IMPORT =
  /^[ \t]{0,40}"?(?:import|from)[ \t]{1,10}(?:llama_cpp|ollama|vllm|mlx_lm|mlc_llm|gpt4all|ctransformers|exllamav2)\b|\b(?:from|require\()\s{0,10}["'](?:node-llama-cpp|ollama|@mlc-ai\/web-llm)["']/m;

export function importsLocalRuntime(text: string): boolean {
  return LOCAL_RUNTIME_IMPORT.test(text);
}

/** The provider of a hosted model name, and whether the name is an open-weight model. */
export function providerOfModelName(name: string): { provider: string; openWeight?: boolean } | null {
  const hit = MODEL_NAMES.find((m) => m.re.test(name));
  return hit ? { provider: hit.provider, openWeight: hit.openWeight } : null;
}

const NEEDLES = [
  'import',
  'require',
  'API_KEY',
  'model',
  'create(',
  'complete(',
  'ontent(',
  'GenerativeModel',
  'boto3',
  'Command',
  'converse',
  'invoke_model',
];

/**
 * Every closed-API sign in a piece of code. Model names are read only where an API is in play.
 * `has` tells which of API_NEEDLES occur in the text.
 */
export function findApiHits(text: string, has: Has, isEnvFile = false): ApiHit[] {
  const gatewayIds = GATEWAY_NEEDLES.some(has);
  const endpoints = HOST_NEEDLES.some(has);
  if (!NEEDLES.some(has) && !gatewayIds && !endpoints) return [];
  const hits: ApiHit[] = [];
  // Cheap substring checks first: most code names no SDK, no key and no hosted model.
  if (SDK_WORDS.some(has)) findImports(text, hits, has);
  const imported = new Set(hits.map((h) => h.provider));
  let lower: string | undefined;
  for (const call of CALLS) {
    if (!has(call.needle)) continue;
    eachMatch(call.re, text, (m) => {
      // OpenAI-style calls are made by many clients (Groq, Together, local servers): count a
      // call only where the file imports an SDK or names the provider.
      const provider = imported.size === 1 ? ([...imported][0] ?? call.provider) : call.provider;
      lower ??= text.toLowerCase();
      if (imported.has(provider) || lower.includes(ownEntry(PROVIDER_WORDS, provider) ?? provider)) {
        hits.push({ provider, signal: 'client-call', index: m.index });
        // The model the call asks for: a known name is its provider's; a name we do not know,
        // given to the call itself, is the hosted model of the call's provider.
        const asked = callModel(text, m.index + m[0].length);
        const known = asked ? providerOfModelName(asked.name) : null;
        if (asked && known)
          hits.push({
            provider: known.provider,
            signal: 'model-string',
            model: asked.name,
            openWeight: known.openWeight,
            index: asked.index,
          });
        else if (asked)
          hits.push({
            provider,
            signal: 'model-string',
            model: asked.name,
            index: asked.index,
            unknownName: true,
          });
      }
    });
  }
  const apiInPlay = hits.length > 0 || isEnvFile;
  if (has('model') || has('engine')) {
    eachMatch(MODEL_ARG, text, (m) => {
      const model = m[1] ?? '';
      const known = providerOfModelName(model);
      if (known && (apiInPlay || known.provider !== 'bedrock')) {
        hits.push({
          provider: known.provider,
          signal: 'model-string',
          model,
          openWeight: known.openWeight,
          index: m.index,
        });
      }
    });
  }
  if (gatewayIds) {
    eachMatch(GATEWAY_ID, text, (m) => {
      const provider = GATEWAY_PROVIDER.get(m[1] ?? '');
      const known = providerOfModelName(m[2] ?? '');
      if (!provider || known?.provider !== provider) return;
      hits.push({
        provider,
        signal: 'model-string',
        model: `${m[1]}/${m[2]}`,
        openWeight: known.openWeight,
        index: m.index,
      });
    });
  }
  if (endpoints)
    eachMatch(ENDPOINT, text, (m) => {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      const provider = HOSTED[group]?.id;
      if (provider) hits.push({ provider, signal: 'endpoint', index: m.index });
    });
  if (has('_API_KEY')) {
    eachMatch(ENV_KEY, text, (m) => {
      const key = ENV_KEYS.find((k) => k.key === m[1]);
      if (key) hits.push({ provider: key.provider, signal: 'env-key', index: m.index });
    });
  }
  return hits;
}

const SDK_WORDS = [
  'openai',
  'anthropic',
  'cohere',
  'mistral',
  'genai',
  'generativeai',
  'xai',
  'bedrock',
  '@ai-sdk',
  '@langchain',
];

/** Every literal findApiHits asks `has` about. */
export const API_NEEDLES: readonly string[] = [
  ...NEEDLES,
  ...SDK_WORDS,
  ...CALLS.map((c) => c.needle),
  'model',
  'engine',
  '_API_KEY',
  ...GATEWAY_NEEDLES,
  ...HOST_NEEDLES,
];

function findImports(text: string, hits: ApiHit[], has: Has): void {
  eachMatch(PY_IMPORT, text, (m) => {
    const mod = PY_MODULES.find((x) => x.module === m[1]);
    if (mod && startsLine(text, m.index, PY_INDENT))
      hits.push({ provider: mod.provider, signal: 'import', index: m.index });
  });
  // Only where its module names occur: most files that import an SDK import another one.
  if (has('genai') || has('generativeai'))
    eachMatch(PY_GOOGLE_GENAI, text, (m) => {
      if (startsLine(text, m.index, PY_INDENT))
        hits.push({ provider: 'google-gemini', signal: 'import', index: m.index });
    });
  eachMatch(JS_IMPORT, text, (m) => {
    const pkg = NPM_PACKAGES.find((x) => x.pkg === m[1]);
    if (pkg && !isTypeOnlyImport(text, m.index))
      hits.push({ provider: pkg.provider, signal: 'import', index: m.index });
  });
  eachMatch(BEDROCK_CLIENT, text, (m) =>
    hits.push({ provider: 'bedrock', signal: 'import', index: m.index }),
  );
}

/** In a file whose client points at a local server, the model names it sends (any name). */
export function findLocalModelNames(text: string): { model: string; index: number }[] {
  const out: { model: string; index: number }[] = [];
  eachMatch(MODEL_ARG, text, (m) => out.push({ model: m[1] ?? '', index: m.index }));
  return out;
}
