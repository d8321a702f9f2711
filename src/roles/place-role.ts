import type { Role } from '../types/report.js';
import { isTestFileName, isTestFolderName } from '../extract/test-paths.js';
import type { RoleAssignment } from './role.js';
import { isVendoredFolderName } from '../report/vendored-paths.js';
import { ownEntry } from '../util/own-entry.js';

// Where a file sits says what its references are to the project: what tests, evaluation
// scripts, data-generation scripts and examples name is not what the project runs. The
// folder nearest the root decides ("examples/eval/run.py" is an example), then the file's
// own name ("eval_judge.py", "demo_chat.py"), then its type (a notebook is an example).

type PlaceRole = Extract<Role, 'evaluation' | 'data-generation' | 'example' | 'optional'>;

/** Folder names, lower-cased, and the role of what they hold. */
const FOLDER_ROLES: Record<string, PlaceRole> = {
  eval: 'evaluation',
  evals: 'evaluation',
  evaluation: 'evaluation',
  evaluations: 'evaluation',
  evaluate: 'evaluation',
  eval_scripts: 'evaluation',
  benchmark: 'evaluation',
  benchmarks: 'evaluation',
  bench: 'evaluation',
  benches: 'evaluation',
  judge: 'evaluation',
  judges: 'evaluation',
  lm_eval: 'evaluation',
  'lm-eval': 'evaluation',
  leaderboard: 'evaluation',
  data_generation: 'data-generation',
  'data-generation': 'data-generation',
  datagen: 'data-generation',
  data_gen: 'data-generation',
  synthetic: 'data-generation',
  synthetic_data: 'data-generation',
  'synthetic-data': 'data-generation',
  self_instruct: 'data-generation',
  'self-instruct': 'data-generation',
  distilabel: 'data-generation',
  // Captioning and labelling tools write the text that training data pairs with its media.
  caption: 'data-generation',
  captions: 'data-generation',
  captioning: 'data-generation',
  recaption: 'data-generation',
  labeling: 'data-generation',
  labelling: 'data-generation',
  examples: 'example',
  example: 'example',
  demo: 'example',
  demos: 'example',
  tutorial: 'example',
  tutorials: 'example',
  notebook: 'example',
  notebooks: 'example',
  cookbook: 'example',
  cookbooks: 'example',
  recipes: 'example',
  samples: 'example',
  sample: 'example',
  playground: 'example',
  docs: 'example',
  doc: 'example',
  documentation: 'example',
  guides: 'example',
  showcase: 'example',
  quickstart: 'example',
  // Experiments, sandboxes and templates are trial runs and stand-ins, not what ships.
  experiments: 'example',
  experimental: 'example',
  sandbox: 'example',
  scratch: 'example',
  templates: 'example',
  template: 'example',
};

/**
 * Folders of auxiliary tools and utilities beside the project's main path: what their
 * scripts load is one tool's business (an example of use), unless a folder nearer the file
 * or the file's own name says what it is for (tools/caption/, tools/convert_weights.py).
 */
const AUXILIARY_FOLDERS = new Set(['tools', 'tool', 'utilities', 'contrib', 'extras', '.devcontainer']);

/** Words in a file's name, and the role they give its references. */
const NAME_WORDS: Record<string, PlaceRole> = {
  eval: 'evaluation',
  evaluate: 'evaluation',
  evaluation: 'evaluation',
  benchmark: 'evaluation',
  judge: 'evaluation',
  // Decontamination filters training data against benchmarks: what it names are benchmarks.
  decontaminate: 'evaluation',
  decontamination: 'evaluation',
  example: 'example',
  examples: 'example',
  demo: 'example',
  tutorial: 'example',
  sample: 'example',
  synthetic: 'data-generation',
  // A conversion tool converts whatever model it is given: the ones it names are choices;
  // a registry or catalogue lists the models a user may pick.
  convert: 'optional',
  registry: 'optional',
  catalog: 'optional',
  catalogue: 'optional',
  zoo: 'optional',
  conversion: 'optional',
  converter: 'optional',
};
/** "generate_data.py", "gen_instructions.py": a script that makes training data. */
const GENERATES_DATA =
  /(?:^|[_.-])gen(?:erate)?[_-](?:[a-z]+[_-])?(?:data|dataset|instructions?|prompts|samples|sft|pairs)(?:[_.-]|$)/;

/** Words for data, and for making it: a folder named with one of each makes training data. */
const DATA_WORDS = new Set(['data', 'dataset', 'datasets', 'corpus', 'corpora']);
const MAKING_WORDS = new Set([
  'processing',
  'process',
  'prep',
  'prepare',
  'preparation',
  'generation',
  'generate',
  'gen',
  'build',
  'building',
  'builder',
  'curation',
  'filtering',
  'filter',
  'synthesis',
  'creation',
  'collection',
  'cleaning',
]);

/** Every word above holds one of these: a name without any is judged without splitting it. */
const MAY_HOLD_WORD =
  /eval|bench|judge|decontaminat|exampl|demo|tutorial|sample|synth|conver|registr|catalog|zoo|data|corpus|corpora/;

function wordRole(name: string): PlaceRole | undefined {
  if (!MAY_HOLD_WORD.test(name)) return undefined;
  const words = name.split(/[^a-z0-9]+/);
  for (const word of words) {
    const role = ownEntry(NAME_WORDS, word);
    if (role) return role;
  }
  if (words.some((w) => DATA_WORDS.has(w)) && words.some((w) => MAKING_WORDS.has(w)))
    return 'data-generation';
  return undefined;
}

/**
 * The role a function's name gives the defaults of its parameters ("run_benchmark",
 * "eval_judge", "test_load", "demo_chat"), or undefined.
 */
export function functionRole(name: string): PlaceRole | 'test' | undefined {
  const lower = name.toLowerCase();
  if (/^test_|_test$|^test$/.test(lower)) return 'test';
  // "sample" in a function's name is sampling from a model, not an example of use.
  const role = wordRole(lower.replace(/(?:^|_)samples?(?=_|$)/g, '_'));
  // A conversion or registry word in a function name ("convert_to_gguf") says nothing of its default.
  return role === 'optional' ? undefined : role;
}

/** An architecture's definition (transformers' naming): the checkpoints it names are ones it can load. */
const ARCHITECTURE_FILE = /^(?:configuration|modeling|modelling|tokenization)_\w+\.py$/;

const ROLE_WHERE: Record<PlaceRole | 'test' | 'mention', string> = {
  mention: "another project's code, vendored here",
  optional: 'a conversion tool or a registry, for models the user picks',
  evaluation: 'evaluation',
  'data-generation': 'data generation',
  example: 'examples',
  test: 'tests',
};

function assignment(role: PlaceRole | 'test' | 'mention', how: string): RoleAssignment {
  return { role, reason: `${how} (${ROLE_WHERE[role]})` };
}

// Asked for every reference, and a large repository has hundreds of thousands in tens of
// thousands of files: folders repeat, so each is judged once (the cache is emptied when it
// grows large); file names mostly do not, and most are ruled out by one test.
const CACHE_LIMIT = 50_000;
/** What a folder says of the files under it: the role its place gives, and whether it holds data-processing code. */
interface FolderFacts {
  role: RoleAssignment | null;
  /** The role comes from an auxiliary-tools folder: a nearer folder's or the file name's role wins. */
  auxiliary: boolean;
  data: boolean;
  /** A folder on the path holds fine-tuning code ("finetune/", "sft/"). */
  fineTuning: boolean;
}
const folders = new Map<string, FolderFacts>();
const ROOT: FolderFacts = { role: null, auxiliary: false, data: false, fineTuning: false };

// Evidence comes file by file, so the last answer is most often the one asked for again.
let lastFile = '';
let lastRole: RoleAssignment | null = null;
let lastFolder: FolderFacts = ROOT;
let lastMarkdown = false;

function remember(file: string): void {
  if (file === lastFile) return;
  const slash = file.lastIndexOf('/');
  lastFolder = slash > 0 ? folderFacts(file.slice(0, slash)) : ROOT;
  lastRole = lastFolder.auxiliary
    ? (nameRole(file, file.slice(slash + 1)) ?? lastFolder.role)
    : (lastFolder.role ?? nameRole(file, file.slice(slash + 1)));
  lastMarkdown = markdownOf(file, slash);
  lastFile = file;
}

const MARKDOWN_EXTENSIONS = new Set(['md', 'mdx', 'markdown', 'rst']);
function markdownOf(file: string, slash: number): boolean {
  const dot = file.lastIndexOf('.');
  if (dot > slash) return MARKDOWN_EXTENSIONS.has(file.slice(dot + 1).toLowerCase());
  return /^readme$/i.test(file.slice(slash + 1));
}

/** True when a folder on the file's path holds fine-tuning code ("finetune/data/sets.py"). */
export function inFineTuningFolder(file: string): boolean {
  remember(file);
  return lastFolder.fineTuning;
}

/** A script named for downloading ("download_model.py"): it fetches weights for the user. */
export function isDownloadScript(file: string): boolean {
  return /download/i.test(file.slice(file.lastIndexOf('/') + 1));
}

/** True for a Markdown or reStructuredText document (a README without an extension too): prose, not code. */
export function isMarkdown(file: string): boolean {
  remember(file);
  return lastMarkdown;
}

/** The role a file's place gives what it references, or null for the project's main code. */
export function placeRole(file: string): RoleAssignment | null {
  remember(file);
  return lastRole;
}

/** True when a folder on the file's path holds data-processing code ("text/data/clean.py"). */
export function inDataFolder(file: string): boolean {
  remember(file);
  return lastFolder.data;
}

/**
 * The role of the folder nearest the root, on the path to (and including) `dir`, that has
 * one; and whether any folder on the path holds data-processing code.
 */
function folderFacts(dir: string): FolderFacts {
  let known = folders.get(dir);
  if (known !== undefined) return known;
  const slash = dir.lastIndexOf('/');
  const parent = slash > 0 ? folderFacts(dir.slice(0, slash)) : ROOT;
  const folder = dir.slice(slash + 1);
  const lower = folder.toLowerCase();
  let role = parent.role;
  let auxiliary = parent.auxiliary;
  if (!role || auxiliary) {
    // Tests and CI first: what they name is what they test with.
    // What vendored code uses is the vendored project's business.
    const own =
      isTestFolderName(folder) || dir === '.github/workflows'
        ? 'test'
        : isVendoredFolderName(folder)
          ? 'mention'
          : (ownEntry(FOLDER_ROLES, lower) ?? wordRole(lower));
    if (own) {
      role = assignment(own, `only in ${dir}/`);
      auxiliary = false;
    } else if (!role && AUXILIARY_FOLDERS.has(lower)) {
      role = { role: 'example', reason: `only in ${dir}/ (auxiliary tools beside the main code)` };
      auxiliary = true;
    }
  }
  known = {
    role,
    auxiliary,
    data: parent.data || DATA_FOLDERS.has(lower),
    fineTuning: parent.fineTuning || FINE_TUNING_FOLDERS.has(lower),
  };
  if (folders.size >= CACHE_LIMIT) folders.clear();
  folders.set(dir, known);
  return known;
}

/** Every name that roleOfName gives a role holds one of these (tests, data scripts, architecture files, words, notebooks). */
const MAY_HAVE_ROLE =
  /test|spec|gen|dummy|mock|fake|tiny|configuration_|model+ing_|tokenization_|eval|bench|judge|decontaminat|exampl|demo|tutorial|sample|synth|conver|registr|catalog|zoo|data|corpus|corpora|\.ipynb$/i;

/** The role a file's own name gives its references ("eval_judge.py", "demo_chat.py", a notebook). */
function nameRole(file: string, name: string): RoleAssignment | null {
  // Most names hold none of the words below: one test rules them out.
  if (!MAY_HAVE_ROLE.test(name)) return null;
  const role = roleOfName(name);
  if (role === null) return null;
  if (role === 'architecture')
    return {
      role: 'optional',
      reason: `a checkpoint that the architecture defined in ${file} supports`,
      supportedOnly: true,
    };
  if (role === 'notebook') return assignment('example', `only in the notebook ${file}`);
  return assignment(role, `only in ${file}`);
}

/** "make_tiny_model.py", "dummy_weights.py": a script that makes stand-in models for tests. */
const MAKES_STAND_INS = /(?:^|[_.-])(?:dummy|mock|fake|tiny[_-](?:random|model))(?:[_.-]|$)/;

/** Folders of data-processing code: a model that code runs makes, labels or filters data. */
const DATA_FOLDERS = new Set([
  'data',
  'datasets',
  'data_processing',
  'data-processing',
  'preprocessing',
  'data_prep',
  'dataprep',
]);
/** Folders of fine-tuning code. */
const FINE_TUNING_FOLDERS = new Set([
  'finetune',
  'fine-tune',
  'fine_tune',
  'finetunes',
  'fine-tunes',
  'fine_tunes',
  'finetuning',
  'fine-tuning',
  'fine_tuning',
  'sft',
  'lora',
]);
function roleOfName(file: string): PlaceRole | 'test' | 'architecture' | 'notebook' | null {
  if (isTestFileName(file)) return 'test';
  const name = file.toLowerCase();
  const stem = name.replace(/\.[^.]*$/, '');
  if (MAKES_STAND_INS.test(stem)) return 'test';
  if (GENERATES_DATA.test(stem)) return 'data-generation';
  if (ARCHITECTURE_FILE.test(name)) return 'architecture';
  const role = wordRole(name);
  if (role) return role;
  return name.endsWith('.ipynb') ? 'notebook' : null;
}
