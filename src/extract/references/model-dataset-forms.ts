// The call forms that name a model or a dataset in code (frameworks.md section 5, rewritten
// with bounded repetition so no pattern can backtrack badly). Each form has cheap
// `needles`: the regex runs only on segments that contain one of them.

import type { ModelRefVia } from '../../types/evidence.js';
import { eachMatch } from './each-match.js';
import { PACKAGE_LOADERS } from '../../knowledge/model-loaders.js';
import { anyOf } from '../../util/regexp.js';
import { matchModel } from '../../knowledge/lookup-model.js';

export interface Hit {
  kind: 'model' | 'dataset';
  name: string;
  via: ModelRefVia | 'load_dataset' | 'tfds' | 'torchvision' | 'kaggle' | 'hf-hub' | 'hf-url' | 'setting';
  /** Offset in the segment, for the line number. */
  index: number;
  /** Only the model's tokenizer, processor or config is loaded, not its weights. */
  tokenizerOnly?: true;
  /** One of several values a registry or one setting offers: the user picks among them. */
  choice?: true;
  /** The setting that holds it (settings only), to tell one setting given several values. */
  key?: string;
  /** The model a training config publishes (`hub_model_id`) when this is the model it starts from. */
  trainsInto?: string;
  /** The model a training config publishes: its output, not a model it loads. */
  published?: true;
}

/** Classes whose from_pretrained loads a model's tokenizer, processor or config, not its weights. */
const NO_WEIGHTS_CLASS = /(?:Tokenizer|TokenizerFast|Processor|FeatureExtractor|Config)$/;

export interface Form {
  needles: readonly string[];
  /** `commandLines`: whether `--flag value` text is a command here (shell, YAML, docs), not a usage string in code. */
  find(text: string, commandLines?: boolean): Hit[];
}

const ID = String.raw`[\w.\-]{1,100}/[\w.\-]{1,100}`;
/**
 * A string literal as the first positional argument, or the second after one plain name
 * (PeftModel.from_pretrained(base, "org/adapter")). A keyword argument's value
 * (device_map="auto") is never taken for the model.
 */
const FIRST_STRING = /^\s{0,50}(?:[\w.]{1,80}\s{0,5},\s{0,50})?["'`]([^"'`\s]{1,200})["'`]/;
/** A keyword argument with a string value: model="x", repo_id='y', model: "z". */
const kwArg = (names: string): RegExp =>
  new RegExp(String.raw`\b(?:${names})\s{0,5}[=:]\s{0,5}["'\`]([^"'\`\s]{1,200})["'\`]`);
const FROM_PRETRAINED_KW = kwArg('pretrained_model_name_or_path|model_id|repo_id|model_name');
const MODEL_KW = kwArg('model');
const REPO_ID_KW = kwArg('repo_id');

const FROM_PRETRAINED = '.from_pretrained(';
/** \w without the u flag: [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** A string that looks like a model or dataset id, not a path, URL or variable template. */
export function looksLikeId(s: string): boolean {
  if (!s || s.length > 200) return false;
  if (/^(?:\.{1,2}\/|\/|~|[A-Za-z]:\\)/.test(s)) return false;
  if (/[{}$<>\\]|:\/\//.test(s)) return false;
  if (/\.(?:json|ya?ml|txt|csv|parquet|pt|pth|bin|safetensors|gguf|ckpt|onnx|py|md)$/i.test(s)) return false;
  return /^[\w.-]+(?:\/[\w.-]+)?(?::[\w.-]+)?$/.test(s);
}

const BUILDER_NAMES = new Set([
  'json',
  'csv',
  'parquet',
  'text',
  'arrow',
  'imagefolder',
  'audiofolder',
  'videofolder',
  'webdataset',
  'pandas',
  'sql',
  'generator',
  'xml',
]);
const HF_NON_REPOS = new Set([
  'docs',
  'blog',
  'papers',
  'learn',
  'join',
  'settings',
  'pricing',
  'tasks',
  'organizations',
  'collections',
  'posts',
  'chat',
  'api',
  'login',
  'new',
  'models',
  'spaces',
  'datasets',
  'enterprise',
  'inference-endpoints',
]);

/** Arguments of a call, up to the closing parenthesis or a bound. */
function argsAfter(text: string, from: number, max = 400): string {
  const window = text.slice(from, from + max);
  const end = window.indexOf(')');
  return end === -1 ? window : window.slice(0, end);
}

/** Hugging Face model and dataset page URLs, and hf:// paths. */
export const HF_URL_FORM: Form = {
  needles: ['huggingface.co/', 'hf://', 'hf.co/'],
  find(text) {
    const hits: Hit[] = [];
    eachMatch(
      new RegExp(
        String.raw`(?:https?://(?:www\.)?(?:huggingface\.co|hf\.co)/|hf://)(?:(datasets|spaces)/)?(${ID})`,
        'g',
      ),
      text,
      (m) => {
        // huggingface.co/gpt2/resolve/main/config.json: a repository without an organisation.
        const id = (m[2] ?? '').replace(/\.git$/, '').replace(/\/(?:resolve|blob|tree|raw)$/, '');
        const first = id.split('/')[0]?.toLowerCase() ?? '';
        if (m[1] === 'spaces' || HF_NON_REPOS.has(first)) return;
        hits.push({
          kind: m[1] === 'datasets' ? 'dataset' : 'model',
          name: id,
          via: 'hf-url',
          index: m.index,
        });
      },
    );
    return hits;
  },
};

/**
 * First folders of a local path and placeholders ("models/llama-7b", "your-org/your-model"):
 * what a setting holds when it names a folder on disk, not a Hub repository.
 */
const LOCAL_PATH_ROOTS = new Set([
  'model',
  'models',
  'checkpoint',
  'checkpoints',
  'ckpt',
  'ckpts',
  'weights',
  'pretrained',
  'pretrained_models',
  'saved',
  'saved_models',
  'output',
  'outputs',
  'out',
  'data',
  'dataset',
  'datasets',
  'runs',
  'logs',
  'cache',
  'tmp',
  'temp',
  'local',
  'path',
  'src',
  'exp',
  'experiments',
  'results',
  'your',
  'your-org',
  'your_org',
  'your-username',
  'your_username',
  'my',
  'my-org',
  'user',
  'username',
  'org',
  'organization',
  'repo',
  'hf-user',
  'me',
]);

/** A Hub id a setting holds: org/name, not a local path or a placeholder. */
function settingId(value: string): boolean {
  if (!looksLikeId(value)) return false;
  const slash = value.indexOf('/');
  const first = value.slice(0, slash).toLowerCase();
  // A folder named for a model's size ("mpt-7b/1-gpu") is a local checkpoint: organisations are not.
  return slash > 0 && !LOCAL_PATH_ROOTS.has(first) && !MODEL_SIZE.test(first);
}
const MODEL_SIZE = /(?:^|[-_])\d+(?:\.\d+)?[bm](?:$|[-_])/;

/** Words in a setting's name that say it holds a dataset; any other setting word means a model. */
const DATASET_SETTING = /data/i;
const TOKENIZER_SETTING = /tokenizer/i;
// `(?=(?<x>...))\k<x>` takes a run whole, as an atomic group would: a key or an organisation
// that is not followed by what must come next is given up at once, not character by character.
// The value is an org/name Hub id or, read by the same pass, a bare name (checked by knownRepoName).
const SETTING_VALUE = String.raw`["'\`]?(?<id>(?=(?<org>[\w.\-]{1,100}))\k<org>(?:/[\w.\-]{1,100})?)(?=["'\`\s,)}\]#]|$)`;
/**
 * A Hub id bound to a setting whose name says it holds a model or a dataset:
 * `DEFAULT_CKPT_PATH = "org/x"`, `model_dir="org/x"` (a parameter's default),
 * `model_name_or_path: org/x` (YAML), `"base_model": "org/x"` (JSON), `--model_path=org/x`.
 * Comparisons (`model == "org/x"`) are not settings.
 */
/**
 * A default read from the environment between a setting and its value:
 * `os.getenv("MODEL", "org/x")`, `os.environ.get(...)`, `process.env.MODEL ?? "org/x"`.
 */
const ENV_DEFAULT = String.raw`(?:(?:os\.getenv|os\.environ\.get|getenv)\(\s{0,3}["'][\w.\-]{1,80}["']\s{0,3},\s{0,3}|process\.env\.\w{1,80}\s{0,3}(?:\?\?|\|\|)\s{0,3})?`;
const SETTING = new RegExp(
  String.raw`(?:model|ckpt|checkpoint|tokenizer|encoder|backbone|dataset)(?=(?<key>[\w.\-]{0,40}))\k<key>["']?\s{0,3}[=:]\s{0,3}` +
    ENV_DEFAULT +
    SETTING_VALUE,
  'gi',
);
/** Words in a model setting's name that say it holds no model id (a type, a class, a format). */
const NOT_AN_ID_SETTING = /type|class|arch|family|format|kind|dtype|size|provider|tokenizer|data/i;
/**
 * A bare name is a checkpoint's when it is written as one (a hyphen, a dot or a digit:
 * "gpt2", "t5-v1_1-xxl") and the knowledge base knows it as a Hub repository name; a
 * variable-like "gemma_model" is not.
 */
const knownRepoName = (name: string): boolean => {
  if (!/[-.\d]/.test(name) || /(?:^|[-_.])models?$/i.test(name)) return false;
  const by = matchModel({ name })?.by;
  return by === 'hub' || by === 'name';
};

/** An Ollama tag of a model the knowledge base knows ("qwen3-coder:480b", "gpt-oss:20b"). */
const knownTag = (name: string): boolean =>
  /^[a-z][\w.-]*:[\w.-]+$/i.test(name) && matchModel({ name, via: 'ollama' })?.by === 'ollama';

/**
 * A model setting holding a list (`available_models = ['stable-diffusion-x4-upscaler']`,
 * `MODELS = ("org/a", "org/b")`): the models the code offers. One is what it runs; several
 * are choices.
 */
const LIST_SETTING = new RegExp(
  String.raw`(?:model|ckpt|checkpoint)(?=(?<key>[\w.\-]{0,40}))\k<key>["']?\s{0,3}[=:]\s{0,3}[[(](?<items>[^\])]{0,800})[\])]`,
  'gi',
);
const LIST_ITEM = /["']([^"'\s]{1,200})["']/g;

/** A command-line flag for a model or dataset with its value after a space: `--model org/x`. */
const FLAG_SETTING = new RegExp(
  String.raw`--[\w\-]{0,30}(?:model|ckpt|checkpoint|tokenizer|dataset|hf[_\-]repo)[\w\-]{0,30}\s{1,3}` +
    SETTING_VALUE,
  'gi',
);
/** argparse: a model or dataset option, its default and its choices. */
const ARGPARSE_FLAG = /^\s{0,50}["'](-{1,2}[\w-]{1,60})["']/;
const ARGPARSE_DEFAULT = /\bdefault\s{0,3}=\s{0,3}["']([^"'\s]{1,200})["']/;
const ARGPARSE_CHOICES = /\bchoices\s{0,3}=\s{0,3}[[(]([^\])]{0,800})[\])]/;
const MODEL_OPTION = /model|ckpt|checkpoint|tokenizer|encoder|backbone|repo|data/i;

const QUOTES = new Set(['"', "'", '`']);

/** A `#` or `//` comment holds the offset: a setting written out there is not in force. */
export function inComment(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1;
  if (index - start > MAX_COMMENT_LOOK)
    return COMMENT_START.test(text.slice(start, start + MAX_COMMENT_LOOK));
  // A `#` or `//` before it on its line, outside a string: a trailing comment counts too
  // (`VAE = None  # "models/vae.safetensors"`).
  let quote = 0;
  for (let i = start; i < index; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === BACKSLASH) i++;
      else if (c === quote) quote = 0;
    } else if (c === DOUBLE || c === SINGLE || c === BACKTICK) quote = c;
    else if (
      c === HASH ||
      (c === SLASH && text.charCodeAt(i + 1) === SLASH && text.charCodeAt(i - 1) !== COLON)
    )
      return true;
  }
  return false;
}
const COMMENT_START = /^\s*(?:#|\/\/)/;
const MAX_COMMENT_LOOK = 200;
const [BACKSLASH, DOUBLE, SINGLE, BACKTICK, HASH, SLASH, COLON] = ['\\', '"', "'", '`', '#', '/', ':'].map(
  (c) => c.charCodeAt(0),
);

/** Hub ids that settings, options and flags name: what the code is configured to load. */
export const SETTING_FORM: Form = {
  needles: [
    'model',
    'Model',
    'MODEL',
    'ckpt',
    'CKPT',
    'checkpoint',
    'CHECKPOINT',
    'tokenizer',
    'encoder',
    'backbone',
    'dataset',
    'add_argument',
  ],
  find(text, commandLines = true) {
    const hits: Hit[] = [];
    const push = (word: string, name: string, index: number): void => {
      const key = word.toLowerCase().replace(/[^a-z0-9_]/g, '');
      if (DATASET_SETTING.test(word)) hits.push({ kind: 'dataset', name, via: 'setting', index, key });
      else
        hits.push({
          kind: 'model',
          name,
          via: 'setting',
          index,
          key,
          // A tokenizer setting loads the model's tokenizer, none of its weights.
          ...(TOKENIZER_SETTING.test(word) ? { tokenizerOnly: true as const } : {}),
        });
    };
    // In Python or JavaScript a command line is a usage string (a docstring, a help text).
    for (const re of commandLines ? [SETTING, FLAG_SETTING] : [SETTING])
      eachMatch(re, text, (m) => {
        // A shell default (`${MODEL:-org/x}`) is read past its dash.
        const name = (m.groups?.id ?? '').replace(/^-/, '');
        const at = m[0].length - name.length;
        // In code a value is a string literal: an unquoted `mask: Float/Int` is a type.
        const quoted = QUOTES.has(m[0].charAt(m[0].length - (m.groups?.id ?? '').length - 1));
        if (!commandLines && !quoted) return;
        const word = m[0].slice(0, at);
        const id = name.includes('/')
          ? settingId(name)
          : !NOT_AN_ID_SETTING.test(word) && knownRepoName(name);
        if (id && !inComment(text, m.index)) push(word, name, m.index + at);
      });
    eachMatch(LIST_SETTING, text, (m) => {
      const word = m[0].slice(0, m[0].length - (m.groups?.items ?? '').length - 2);
      if (NOT_AN_ID_SETTING.test(word) || inComment(text, m.index)) return;
      const itemsAt = m.index + m[0].length - (m.groups?.items ?? '').length - 1;
      const items = [...(m.groups?.items ?? '').matchAll(LIST_ITEM)].filter((c) => {
        const name = c[1] ?? '';
        return name.includes('/') ? settingId(name) : knownRepoName(name) || knownTag(name);
      });
      for (const c of items) {
        push(word, c[1] ?? '', itemsAt + c.index + 1);
        if (items.length > 1) hits[hits.length - 1]!.choice = true;
      }
    });
    // A registry keyed by Hub id ({"org/a": {...}, "org/b": {...}}) lists choices.
    if (REGISTRY_NEEDLES.some((n) => text.includes(n)))
      eachMatch(REGISTRY_KEY, text, (m) => {
        const name = m[1] ?? '';
        if (settingId(name) && !inComment(text, m.index)) push('registry', name, m.index + 1);
      });
    if (text.includes('add_argument'))
      eachMatch(/\badd_argument\(/g, text, (m) => {
        const from = m.index + m[0].length;
        const args = argsAfter(text, from, 800);
        const flag = ARGPARSE_FLAG.exec(args)?.[1];
        if (!flag || !MODEL_OPTION.test(flag)) return;
        const byDefault = ARGPARSE_DEFAULT.exec(args);
        if (byDefault && settingId(byDefault[1] ?? ''))
          push(flag, byDefault[1] ?? '', from + byDefault.index + byDefault[0].indexOf(byDefault[1] ?? ''));
        const choices = ARGPARSE_CHOICES.exec(args);
        if (choices)
          eachMatch(/["']([^"'\s]{1,200})["']/g, choices[1] ?? '', (c) => {
            if (settingId(c[1] ?? '')) push(flag, c[1] ?? '', from + (choices.index ?? 0) + c.index);
          });
      });
    if (hits.length >= 3) markChoices(hits);
    // A training config that names the model it publishes starts from the model it loads.
    const found = OUTPUT_NEEDLES.some((n) => text.includes(n)) ? OUTPUT_SETTING.exec(text) : null;
    const output = found?.[1];
    if (found && output && looksLikeId(output)) {
      // The output's own setting ("hub_model_id" holds "model_id") names it, not a start.
      const own = hits.filter((h) => h.name === output);
      for (const h of hits)
        if (h.kind === 'model' && h.name !== output && STARTS_FROM.test(h.key ?? '')) h.trainsInto = output;
      for (const h of own) h.published = true;
      if (own.length === 0)
        hits.push({
          kind: 'model',
          name: output,
          via: 'setting',
          index: found.index + found[0].length - output.length,
          published: true,
        });
    }
    return hits;
  },
};

/** The model a training run publishes: `hub_model_id: org/name`, `output_model_name = "x"`. */
const OUTPUT_SETTING =
  /\b(?:hub_model_id|push_to_hub_model_id|hub_repo_id|output_model_name)["']?\s{0,3}[=:]\s{0,3}["'`]?([\w.-]{1,100}(?:\/[\w.-]{1,100})?)/;
/** A word every OUTPUT_SETTING key holds: most texts hold neither, and two plain searches rule them out. */
const OUTPUT_NEEDLES = ['hub_', 'output_model_name'];
/** Settings that name the model a run starts from. */
const STARTS_FROM =
  /^(?:model_name_or_path|pretrained_model_name_or_path|base_model\w*|init_from\w*|model_name|model_id)/;

/** A Hub id as the key of a mapping whose value is a structure: one entry of a registry. */
export const REGISTRY_NEEDLES = ['": {', "': {", '":{', "':{", '": [', "': ["];
const REGISTRY_KEY = /["']([\w.-]{1,100}\/[\w.-]{1,100})["']\s{0,3}:\s{0,3}[{[(]/g;

/**
 * The same setting given three or more ids in one file (a class per dataset, each setting
 * `dataset_name`), or a registry of three or more ids: each is one choice among them.
 */
function markChoices(hits: Hit[]): void {
  const byKey = new Map<string, Hit[]>();
  for (const h of hits) {
    const key = h.key ?? '';
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = []));
    group.push(h);
  }
  for (const group of byKey.values())
    if (new Set(group.map((h) => h.name.toLowerCase())).size >= 3) for (const h of group) h.choice = true;
}

const LOADER_FAMILY = new Map(PACKAGE_LOADERS.map((l) => [l.call, l.family]));
const PACKAGE_LOADER_CALL = new RegExp(
  String.raw`\b(${anyOf(LOADER_FAMILY.keys())})\(\s{0,50}(?:(?:name|model_name)\s{0,5}=\s{0,5})?["']([^"'\s]{1,100})["']`,
  'g',
);

export const FORMS: readonly Form[] = [
  {
    // Any class's from_pretrained (transformers, peft adapters with the base first, diffusers pipelines)
    needles: ['from_pretrained'],
    find(text) {
      const hits: Hit[] = [];
      // The spans of (\w{1,80})\.from_pretrained\( without trying that regex at every position:
      // find the literal call, then take the 1 to 80 word characters before it. Calls cannot
      // overlap (the literal has one dot), so stepping one past each finds them all.
      for (let at = text.indexOf(FROM_PRETRAINED); at !== -1; at = text.indexOf(FROM_PRETRAINED, at + 1)) {
        let start = at;
        while (start > 0 && at - start < 80 && isWordChar(text.charCodeAt(start - 1))) start--;
        if (start === at) continue;
        const args = argsAfter(text, at + FROM_PRETRAINED.length);
        const id = FROM_PRETRAINED_KW.exec(args)?.[1] ?? FIRST_STRING.exec(args)?.[1];
        if (!id || !looksLikeId(id)) continue;
        const cls = text.slice(start, at);
        const via = cls.endsWith('Pipeline') ? 'diffusers' : 'from_pretrained';
        hits.push({
          kind: 'model',
          name: id,
          via,
          index: start,
          ...(NO_WEIGHTS_CLASS.test(cls) ? { tokenizerOnly: true as const } : {}),
        });
      }
      return hits;
    },
  },
  {
    // transformers / transformers.js pipeline("task", "model") or pipeline(..., model="...")
    needles: ['pipeline('],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(/\bpipeline\(/g, text, (m) => {
        const args = argsAfter(text, m.index + m[0].length);
        const named = MODEL_KW.exec(args)?.[1];
        const positional = /^\s{0,20}["'`][\w-]{1,60}["'`]\s{0,20},\s{0,50}["'`]([^"'`\s]{1,200})["'`]/.exec(
          args,
        )?.[1];
        const id = named ?? positional;
        if (id && looksLikeId(id) && id.includes('/'))
          hits.push({ kind: 'model', name: id, via: 'pipeline', index: m.index });
      });
      return hits;
    },
  },
  {
    needles: ['load_lora_weights'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(/\.load_lora_weights\(\s{0,50}["']([^"'\s]{1,200})["']/g, text, (m) => {
        if (looksLikeId(m[1] ?? ''))
          hits.push({ kind: 'model', name: m[1] ?? '', via: 'diffusers', index: m.index });
      });
      return hits;
    },
  },
  {
    needles: ['SentenceTransformer', 'CrossEncoder', 'SparseEncoder'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(
        /\b(?:SentenceTransformer|CrossEncoder|SparseEncoder)\(\s{0,50}(?:model_name_or_path\s{0,5}=\s{0,5})?["']([^"'\s]{1,200})["']/g,
        text,
        (m) => {
          const id = m[1] ?? '';
          if (!looksLikeId(id)) return;
          hits.push({
            kind: 'model',
            name: id.includes('/') ? id : `sentence-transformers/${id}`,
            via: 'sentence-transformers',
            index: m.index,
          });
        },
      );
      return hits;
    },
  },
  {
    needles: ['hf_hub_download', 'snapshot_download'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(/\b(?:hf_hub_download|snapshot_download)\(/g, text, (m) => {
        const args = argsAfter(text, m.index + m[0].length, 600);
        const id = REPO_ID_KW.exec(args)?.[1] ?? FIRST_STRING.exec(args)?.[1];
        if (!id || !looksLikeId(id) || !id.includes('/')) return;
        const dataset = /repo_type\s{0,5}=\s{0,5}["']dataset["']/.test(args);
        hits.push({ kind: dataset ? 'dataset' : 'model', name: id, via: 'hf-hub', index: m.index });
      });
      return hits;
    },
  },
  {
    needles: ['huggingface-cli', 'hf download'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(
        new RegExp(String.raw`\b(?:huggingface-cli|hf)\s{1,5}download\s{1,5}(${ID})([^\n]{0,200})`, 'g'),
        text,
        (m) => {
          const dataset = /--repo-type[ =]dataset/.test(m[2] ?? '');
          hits.push({ kind: dataset ? 'dataset' : 'model', name: m[1] ?? '', via: 'hf-hub', index: m.index });
        },
      );
      return hits;
    },
  },
  {
    // A package's own loader with a name of its own: clip.load("ViT-L/14") names CLIP ViT-L/14.
    needles: PACKAGE_LOADERS.map((l) => `${l.call}(`),
    find(text) {
      const hits: Hit[] = [];
      eachMatch(PACKAGE_LOADER_CALL, text, (m) => {
        const family = LOADER_FAMILY.get(m[1] ?? '');
        const name = m[2] ?? '';
        if (family && looksLikeId(name))
          hits.push({ kind: 'model', name: `${family} ${name}`, via: 'package', index: m.index });
      });
      return hits;
    },
  },
  HF_URL_FORM,
  SETTING_FORM,
  {
    needles: ['torch.hub.load'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(
        new RegExp(
          String.raw`\btorch\.hub\.load\(\s{0,50}["'](${ID}(?::[\w.\-]{1,50})?)["']\s{0,20},\s{0,50}["'](\w{1,100})["']`,
          'g',
        ),
        text,
        (m) => {
          hits.push({ kind: 'model', name: `${m[1]}:${m[2]}`, via: 'torch-hub', index: m.index });
        },
      );
      return hits;
    },
  },
  {
    needles: ['timm.create_model'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(
        /\btimm\.create_model\(\s{0,50}["']((?:hf[-_]hub:)?[^"'\s]{1,200})["']([^)]{0,300})/g,
        text,
        (m) => {
          if (!/pretrained\s{0,5}=\s{0,5}True/.test(m[2] ?? '')) return;
          hits.push({
            kind: 'model',
            name: (m[1] ?? '').replace(/^hf[-_]hub:/, ''),
            via: 'timm',
            index: m.index,
          });
        },
      );
      return hits;
    },
  },
  {
    needles: ['ollama'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(/\bollama\s{1,5}(?:pull|run)\s{1,5}([\w.\-/:]{1,100})/g, text, (m) => {
        hits.push({ kind: 'model', name: m[1] ?? '', via: 'ollama', index: m.index });
      });
      eachMatch(/\bollama\.(?:chat|generate|pull|embed|embeddings)\(/g, text, (m) => {
        const id = MODEL_KW.exec(argsAfter(text, m.index + m[0].length))?.[1];
        if (id && looksLikeId(id)) hits.push({ kind: 'model', name: id, via: 'ollama', index: m.index });
      });
      return hits;
    },
  },
  {
    // llama.cpp: the -hf flag with a Hub id and an optional quantisation tag
    needles: ['-hf', '--hf-repo'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(
        new RegExp(String.raw`(?:^|\s)(?:-hf|--hf-repo)[ =]{1,3}(${ID}(?::[\w.\-]{1,50})?)`, 'g'),
        text,
        (m) => {
          hits.push({ kind: 'model', name: m[1] ?? '', via: 'llama-cpp', index: m.index });
        },
      );
      return hits;
    },
  },
  {
    needles: ['LLM(', 'vllm serve'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(/\bLLM\(\s{0,50}(?:model\s{0,5}=\s{0,5})?["']([^"'\s]{1,200})["']/g, text, (m) => {
        if (looksLikeId(m[1] ?? ''))
          hits.push({ kind: 'model', name: m[1] ?? '', via: 'vllm', index: m.index });
      });
      eachMatch(/\bvllm\s{1,5}serve\s{1,5}([\w.\-/:]{1,200})/g, text, (m) => {
        if (looksLikeId(m[1] ?? ''))
          hits.push({ kind: 'model', name: m[1] ?? '', via: 'vllm', index: m.index });
      });
      return hits;
    },
  },
  {
    // @huggingface/inference: a model key with a Hub id inside a call's options object
    needles: ['InferenceClient', 'HfInference', '@huggingface/inference'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(new RegExp(String.raw`\bmodel\s{0,5}:\s{0,5}["'\`](${ID})["'\`]`, 'g'), text, (m) => {
        hits.push({ kind: 'model', name: m[1] ?? '', via: 'hf-inference', index: m.index });
      });
      return hits;
    },
  },
  {
    needles: ['from_preset'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(/\.from_preset\(\s{0,50}["']([^"'\s]{1,200})["']/g, text, (m) => {
        if (looksLikeId(m[1] ?? ''))
          hits.push({ kind: 'model', name: m[1] ?? '', via: 'keras', index: m.index });
      });
      return hits;
    },
  },
  {
    needles: ['kagglehub', 'kaggle '],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(/\bkagglehub\.(model|dataset)_download\(\s{0,50}["']([^"'\s]{1,200})["']/g, text, (m) => {
        hits.push({
          kind: m[1] === 'model' ? 'model' : 'dataset',
          name: m[2] ?? '',
          via: 'kaggle',
          index: m.index,
        });
      });
      eachMatch(
        /\bkaggle\s{1,5}(datasets|competitions|models)\s{1,5}download\s{1,5}(?:-[dcm]\s{1,5})?([\w.\-/]{1,200})/g,
        text,
        (m) => {
          hits.push({
            kind: m[1] === 'models' ? 'model' : 'dataset',
            name: m[2] ?? '',
            via: 'kaggle',
            index: m.index,
          });
        },
      );
      return hits;
    },
  },
  {
    needles: ['load_dataset'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(/\bload_dataset\(\s{0,50}(?:path\s{0,5}=\s{0,5})?["']([^"'\s]{1,200})["']/g, text, (m) => {
        const id = m[1] ?? '';
        if (looksLikeId(id) && !BUILDER_NAMES.has(id.toLowerCase()))
          hits.push({ kind: 'dataset', name: id, via: 'load_dataset', index: m.index });
      });
      return hits;
    },
  },
  {
    needles: ['tfds.'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(/\btfds\.(?:load|builder)\(\s{0,50}["']([\w/:.-]{1,200})["']/g, text, (m) => {
        hits.push({ kind: 'dataset', name: (m[1] ?? '').split(':')[0] ?? '', via: 'tfds', index: m.index });
      });
      return hits;
    },
  },
  {
    needles: ['torchvision'],
    find(text) {
      const hits: Hit[] = [];
      eachMatch(/\bdatasets\.([A-Z][A-Za-z0-9]{1,60})\(/g, text, (m) => {
        if (m[1] !== 'ImageFolder' && m[1] !== 'DatasetFolder' && m[1] !== 'VisionDataset') {
          hits.push({ kind: 'dataset', name: m[1] ?? '', via: 'torchvision', index: m.index });
        }
      });
      return hits;
    },
  },
];
