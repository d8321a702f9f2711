import type { Evidence, ModelRefVia, ProsePurpose } from '../../types/evidence.js';
import { EVALUATION_HEADING, makesData, trainedOn } from './prose-models.js';
import { inScoreTable } from '../markdown/score-table.js';
import type { Extractor } from '../../types/extractor.js';
import { LineIndex } from '../text-lines.js';
import { codeSegments, segmentLine, sourceKind } from './code-segments.js';
import { FORMS, HF_URL_FORM, SETTING_FORM, inComment, type Form } from './model-dataset-forms.js';
import {
  WEIGHTS_URL_NEEDLES,
  knownCheckpointFiles,
  knownNameRegistry,
  weightsLinks,
  weightsUrls,
} from './checkpoint-names.js';
import { nonProseLines } from '../markdown/structure.js';
import {
  API_NEEDLES,
  findApiHits,
  findLocalModelNames,
  importsLocalRuntime,
  pointsAtLocalServer,
  providerOfModelName,
} from './closed-api-forms.js';
import { needleFinder } from './needles.js';
import { findModel } from '../../knowledge/lookup-model.js';
import { isTestOrCiPath } from '../test-paths.js';
import { anyOf } from '../../util/regexp.js';
import { addInstallCommands } from '../manifests/install-commands.js';

/** The forms that find calls; settings are read after them. */
const CALL_FORMS = FORMS.filter((f) => f !== SETTING_FORM);
/** Any of the settings form's needles, in one pass. */
const SETTING_WORDS = new RegExp(anyOf(SETTING_FORM.needles));
const FORMS_BY_NEEDLE = new Map<string, Form[]>();
for (const f of CALL_FORMS)
  for (const n of f.needles) FORMS_BY_NEEDLE.set(n, [...(FORMS_BY_NEEDLE.get(n) ?? []), f]);

/** Libraries for making synthetic training data: what a file that imports one loads makes data. */
const DATA_GENERATION_LIBRARIES = ['distilabel', 'datadreamer', 'synthetic_data_kit', 'bespokelabs.curator'];
/** Whether the text names any of the libraries, before the import is looked for (a plain search per name is cheaper than one regex). */
const namesDataGeneration = (text: string): boolean =>
  DATA_GENERATION_LIBRARIES.some((l) => text.includes(l));
const IMPORTS_DATA_GENERATION = new RegExp(
  String.raw`(?:^|\n)[ \t]{0,20}(?:from|import)[ \t]{1,5}(?:${anyOf(DATA_GENERATION_LIBRARIES)})\b`,
);

// One pass over a segment tells which needles of the forms and of findApiHits occur in it.
// The settings form's needles are common words ("model", "dataset"): one regex that stops at
// the first costs less than counting every occurrence in the one pass.
const findNeedles = needleFinder([
  ...new Set([...CALL_FORMS.flatMap((f) => f.needles), ...API_NEEDLES, ...WEIGHTS_URL_NEEDLES, 'http']),
]);

/**
 * The line around `index` sets a default: `default="..."`, `DEFAULT_MODEL = ...`,
 * `os.getenv("MODEL", "...")`, `env.MODEL ?? "..."`. Looked at only around a hit, so no
 * more than one line of text (capped) is tested.
 */
const DEFAULT_CUE = /default|\?\?\s*["'`]|\|\|\s*["'`]|getenv\s*\(|environ\.get\s*\(/i;
/** Lines longer than this are data (minified code, a generated table), not a setting. */
const MAX_CUE_LINE = 400;
function setsDefault(text: string, index: number): boolean {
  // Look for the line's ends no further than the cap, so a MiB-long line costs no more.
  let start = index;
  while (start > 0 && text.charCodeAt(start - 1) !== NEWLINE)
    if (index - --start > MAX_CUE_LINE) return false;
  let end = index;
  while (end < text.length && text.charCodeAt(end) !== NEWLINE)
    if (++end - start > MAX_CUE_LINE) return false;
  return DEFAULT_CUE.test(text.slice(start, end));
}
const NEWLINE = 10;

/** `def name(` or `function name(` earlier on the line: the value is that function's parameter default. */
const DEFINES = /\b(?:def|function)\s+([A-Za-z_]\w{0,80})\s*\(/g;
function parameterOf(text: string, index: number): { defaultOf?: string } {
  const start = text.lastIndexOf('\n', index) + 1;
  if (index - start > MAX_CUE_LINE) return {};
  let name: string | undefined;
  for (const m of text.slice(start, index).matchAll(DEFINES)) name = m[1];
  return name ? { defaultOf: name } : {};
}

/**
 * Words by which prose introduces a walk-through's material: "for example", "a sample of",
 * "by default, we use", "let's", "样例".
 */
const EXAMPLE_CUE =
  /\b(?:for example|an example|example data(?:set)?|sample data(?:set)?|samples? from|by default|let'?s|tutorial|walk-?through|quick ?start)\b|样例|示例|例子|例如/i;
/** Lines before a link that belong to its paragraph or step. */
const CUE_LINES = 3;

/**
 * A link to a page of a Hub repository (a file shown, a folder, a discussion): something for
 * a reader to look at, as a comment or docstring cites it. Code that loads a file uses
 * resolve/ links or the Hub API.
 */
const HUB_PAGE = /^[^\s"'`]{0,200}?\/(?:blob|tree|discussions|commit)\//;
function pointsAtPage(text: string, index: number): boolean {
  return HUB_PAGE.test(text.slice(index, index + 300));
}

/** README links to checkpoints on a download host: a release's URL table. */
function addWeightsLinks(path: string, text: string, add: (e: Evidence, key: string) => void): void {
  let lines: LineIndex | undefined;
  for (const hit of weightsLinks(text)) {
    lines ??= new LineIndex(text);
    const line = lines.lineOf(hit.index);
    add({ kind: 'project', file: path, line, signal: 'weights-url', value: hit.value }, `w:${line}`);
  }
}

/** Hugging Face links in Markdown prose: a page the project points at, weaker than a call. */
function addProseLinks(path: string, text: string, add: (e: Evidence, key: string) => void): void {
  if (!HF_URL_FORM.needles.some((n) => text.includes(n))) return;
  const mask = nonProseLines(text);
  const lines = new LineIndex(text);
  for (const hit of HF_URL_FORM.find(text)) {
    const line = lines.lineOf(hit.index);
    if (mask[line]) continue;
    const said = linkPurpose(text, hit.index, hit.kind === 'dataset');
    const example = said ? { purpose: said } : {};
    if (hit.kind === 'model') {
      add(
        {
          kind: 'model',
          file: path,
          line,
          name: hit.name,
          via: 'hf-url',
          strength: 'weak',
          inProse: true,
          ...example,
        },
        `m:${line}:${hit.name}`,
      );
    } else {
      add(
        {
          kind: 'dataset',
          file: path,
          line,
          name: hit.name,
          via: 'hf-url',
          strength: 'weak',
          inProse: true,
          ...example,
        },
        `d:${line}:${hit.name}`,
      );
    }
  }
}

/**
 * What the prose around a link says the linked model or dataset is for: it made the training
 * data (its sentence says so), a model was trained on it (a dataset), it is a baseline (under
 * an evaluation heading), or a walk-through's material.
 */
function linkPurpose(text: string, index: number, dataset: boolean): ProsePurpose | undefined {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = sentenceLineEnd(text, index);
  const readable = end - start <= MAX_PURPOSE_LINE;
  // A dataset makes no data: a sentence about making data around one says what it fed.
  if (readable && dataset && trainedOn(text, start, index, end)) return 'training';
  if (readable && makesData(text, start, index, end)) return 'data-generation';
  const heading = text.lastIndexOf('\n#', index);
  if (heading >= 0 && EVALUATION_HEADING.test(text.slice(heading + 1, Math.min(text.length, heading + 121))))
    return 'evaluation';
  if (inScoreTable(text, start)) return 'evaluation';
  return EXAMPLE_CUE.test(paragraphBefore(text, index)) ? 'example' : undefined;
}
const MAX_PURPOSE_LINE = 2000;

/**
 * The end of the link's line, or of the next when the sentence runs on to it (a hard line
 * wrap: no full stop at the end, and a next line of plain text).
 */
function sentenceLineEnd(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  if (end < 0) return text.length;
  const next = text.indexOf('\n', end + 1);
  const following = text.slice(end + 1, next < 0 ? text.length : next);
  const runsOn =
    !/[.!?:。]\s*$/.test(text.slice(Math.max(0, end - 3), end)) && /^\s{0,3}[\p{L}\p{N}(]/u.test(following);
  return runsOn ? (next < 0 ? text.length : next) : end;
}
/** The link's line up to it, and the lines before it in its paragraph (capped). */
function paragraphBefore(text: string, index: number): string {
  let start = index;
  for (let n = 0; n <= CUE_LINES && start > 0; n++) {
    const previous = text.lastIndexOf('\n', start - 1);
    if (previous < 0) return text.slice(Math.max(0, index - 1000), index);
    const before = text.slice(previous + 1, start);
    // A blank line ends the paragraph; a heading opens it.
    if (n > 0 && /^\s*$/.test(before)) break;
    start = previous + 1;
    if ((n > 0 && before.startsWith('#')) || index - start > 1000) break;
    start = previous;
  }
  return text.slice(start, index);
}

/**
 * A name a local server answers to that says nothing of the model behind it: "test",
 * "my-bot" (no Hub id, no Ollama tag, no model we know), or the name of a model that is
 * only ever served by its vendor ("text-embedding-3-small" on a llama.cpp server). The
 * server's own configuration decides what it runs, so such a name is no evidence either way.
 */
function isServedAlias(name: string): boolean {
  const known = findModel({ name, via: 'ollama' });
  if (known?.weights === 'api-only') return true;
  return !name.includes('/') && !name.includes(':') && known === undefined;
}

/** Models, datasets and hosted APIs referenced in code: source files, notebooks, scripts, configs, Markdown code blocks. */
export const referenceExtractor: Extractor = {
  name: 'code-references',
  wants: (file) => (sourceKind(file) ? 'text' : null),
  extract(file, sink) {
    const kind = sourceKind(file.info);
    const text = file.text;
    if (!kind || text === undefined) return;
    const seen = new Set<string>();
    const add = (e: Evidence, key: string): void => {
      if (seen.has(key)) return;
      seen.add(key);
      sink.add(e);
    };
    const path = file.info.path;
    // Code in tests and CI names the models it tests with: weak evidence of the system.
    // Hosted-API calls in documentation (a cookbook, a README example) and in tests show how
    // the API can be used, not that the project does. Asked on the first hit only.
    let inTests: boolean | undefined;
    const strength = (): 'weak' | 'strong' => {
      inTests ??= isTestOrCiPath(path);
      return inTests ? 'weak' : 'strong';
    };
    const weakApi = (): boolean => kind === 'markdown' || strength() === 'weak';
    // A client pointed at a local server anywhere in the file makes its API calls local.
    // Looked for only once a segment has an API hit or can name a model.
    // The file's code, which a notebook holds in its code cells: its raw JSON's outputs
    // (megabytes of base64 images) and Markdown cells are no code to search.
    let code: string | undefined;
    const codeText = (): string =>
      (code ??= kind === 'notebook' ? segments.map((s) => s.text).join('\n') : text);
    let local: boolean | undefined;
    const isLocal = (): boolean => (local ??= pointsAtLocalServer(codeText()));
    let runtime: boolean | undefined;
    let importsDataLibrary: boolean | undefined;
    const purpose = (): { purpose?: 'data-generation' } => {
      importsDataLibrary ??=
        (kind === 'python' || kind === 'notebook') &&
        namesDataGeneration(codeText()) &&
        IMPORTS_DATA_GENERATION.test(codeText());
      return importsDataLibrary ? { purpose: 'data-generation' } : {};
    };
    const segments = codeSegments(file.info, kind, text, sink);
    if (kind === 'markdown') {
      addProseLinks(path, text, add);
      addWeightsLinks(path, text, add);
    }
    for (const segment of segments) {
      const has = findNeedles(segment.text);
      // The call forms whose needles occur: found from the few needles present, not by asking
      // each form about each of its needles.
      const wanted = new Set<Form>();
      for (const n of has.found) for (const f of FORMS_BY_NEEDLE.get(n) ?? []) wanted.add(f);
      // Built on the first hit only: most code holds no reference at all.
      let lines: LineIndex | undefined;
      const lineOf = (index: number): number => {
        lines ??= new LineIndex(segment.text);
        return segmentLine(segment, lines.lineOf(index) - 1);
      };

      const addForms = (forms: readonly Form[]): void => {
        if (kind === 'env') return;
        for (const form of forms) {
          if (!(form === SETTING_FORM ? SETTING_WORDS.test(segment.text) : wanted.has(form))) continue;
          for (const hit of form.find(segment.text, kind !== 'python' && kind !== 'js')) {
            const line = lineOf(hit.index);
            if (hit.kind === 'model') {
              add(
                {
                  kind: 'model',
                  file: path,
                  line,
                  name: hit.name,
                  via: hit.via as ModelRefVia,
                  strength: strength(),
                  ...(setsDefault(segment.text, hit.index) ? { defaultValue: true as const } : {}),
                  ...parameterOf(segment.text, hit.index),
                  ...(hit.tokenizerOnly ? { tokenizerOnly: true as const } : {}),
                  ...(hit.choice ? { choice: true as const } : {}),
                  ...(hit.trainsInto ? { trainsInto: hit.trainsInto } : {}),
                  ...(hit.published ? { published: true as const } : {}),
                  ...(hit.via === 'hf-url' &&
                  kind !== 'markdown' &&
                  (inComment(segment.text, hit.index) || pointsAtPage(segment.text, hit.index))
                    ? { cited: true as const }
                    : {}),
                  ...purpose(),
                },
                `m:${line}:${hit.name}`,
              );
            } else {
              const via =
                hit.via === 'hf-hub' ||
                hit.via === 'hf-url' ||
                hit.via === 'kaggle' ||
                hit.via === 'load_dataset' ||
                hit.via === 'tfds' ||
                hit.via === 'torchvision' ||
                hit.via === 'setting'
                  ? hit.via
                  : 'hf-hub';
              add(
                {
                  kind: 'dataset',
                  file: path,
                  line,
                  name: hit.name,
                  via,
                  strength: strength(),
                  ...(hit.choice ? { choice: true as const } : {}),
                },
                `d:${line}:${hit.name}`,
              );
            }
          }
        }
      };
      // Settings last: a call or a local runtime on the same line says more about how it is used.
      addForms(CALL_FORMS);

      if (kind !== 'markdown' && kind !== 'env' && WEIGHTS_URL_NEEDLES.some(has)) {
        if (has('http'))
          for (const hit of weightsUrls(segment.text)) {
            const line = lineOf(hit.index);
            add({ kind: 'project', file: path, line, signal: 'weights-url', value: hit.value }, `w:${line}`);
          }
        for (const hit of knownCheckpointFiles(segment.text)) {
          const line = lineOf(hit.index);
          add(
            {
              kind: 'model',
              file: path,
              line,
              name: hit.value,
              via: 'weights-file',
              strength: strength(),
              ...(setsDefault(segment.text, hit.index) ? { defaultValue: true as const } : {}),
              ...(inComment(segment.text, hit.index) ? { cited: true as const } : {}),
            },
            `m:${line}:${hit.value}`,
          );
        }
      }
      if (kind === 'python' || kind === 'js')
        for (const hit of knownNameRegistry(segment.text)) {
          const line = lineOf(hit.index);
          add(
            {
              kind: 'model',
              file: path,
              line,
              name: hit.value,
              via: 'setting',
              strength: strength(),
              choice: true,
            },
            `m:${line}:${hit.value}`,
          );
        }

      const hits = findApiHits(segment.text, has, kind === 'env');
      const sdkImported = hits.some((h) => h.signal === 'import');
      const viaSdk = sdkImported || hits.some((h) => h.signal === 'client-call');
      for (const hit of hits) {
        // Behind a local server an unknown name is the server's model, read below.
        if (hit.unknownName && isLocal()) continue;
        const line = lineOf(hit.index);
        // Any SDK pointed at a local server (Ollama also speaks the Anthropic API) is not a
        // closed API; nor is a hosted model's name handed to a local runtime with no SDK beside it.
        const runtimeCall =
          (hit.signal === 'model-string' && !viaSdk) || (hit.signal === 'client-call' && !sdkImported);
        const local = isLocal() || (runtimeCall && (runtime ??= importsLocalRuntime(codeText())));
        const byDefault = hit.signal === 'model-string' && setsDefault(segment.text, hit.index);
        add(
          {
            kind: 'api',
            file: path,
            line,
            provider: hit.provider,
            signal: hit.signal,
            ...(hit.model ? { model: hit.model } : {}),
            ...(local ? { local: true } : {}),
            ...(hit.openWeight ? { openWeight: true } : {}),
            ...(weakApi() ? { weak: true } : {}),
            ...(byDefault ? { defaultValue: true as const } : {}),
          },
          `a:${line}:${hit.provider}:${hit.signal}`,
        );
        if (hit.model && !local) {
          add(
            {
              kind: 'model',
              file: path,
              line,
              name: hit.model,
              via: 'api',
              strength: weakApi() ? 'weak' : 'strong',
              provider: hit.provider,
              ...(byDefault ? { defaultValue: true as const } : {}),
            },
            `m:${line}:${hit.model}`,
          );
        }
      }
      // MODEL_ARG, which findLocalModelNames runs, needs 'model' or 'engine'.
      if ((has('model') || has('engine')) && isLocal()) {
        // Behind a local server the model is whatever the server runs: an Ollama tag, a Hub id.
        for (const m of findLocalModelNames(segment.text)) {
          const line = lineOf(m.index);
          const hosted = providerOfModelName(m.model);
          if (hosted && !hosted.openWeight) continue;
          if (isServedAlias(m.model)) continue;
          add(
            { kind: 'model', file: path, line, name: m.model, via: 'ollama', strength: strength() },
            `m:${line}:${m.model}`,
          );
        }
      }
      addForms([SETTING_FORM]);
      if (kind === 'notebook' || kind === 'shell' || kind === 'docker')
        addInstallCommands(segment.text, path, lineOf, sink);
    }
  },
};
