// Property tests for the "must not throw on any input" contract (src/types/extractor.ts)
// and for the renderers: random bytes, random text, random YAML, JSON and TOML, random
// reports. Runs are bounded so the file stays well under half a minute on two cores.

import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { defaultExtractors } from '../src/extract/index.js';
import { decodeText } from '../src/inventory/decode.js';
import { HEAD_BYTES, looksBinary } from '../src/inventory/read-file.js';
import { fileInfo } from '../src/inventory/walk.js';
import { analyse } from './helpers/report-schema.js';
import { buildCommentBody, MAX_COMMENT_CHARS } from '../src/publish/comment-body.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';
import type { Evidence, ScanWarning } from '../src/types/evidence.js';
import type { EvidenceSink, ReadFile, ReadNeed } from '../src/types/extractor.js';
import { LAYER_NAMES, type Report } from '../src/types/report.js';
import { EXTRACTOR_FILE_NAMES, HOSTILE_FRAGMENTS } from './helpers/hostile-text.js';
import { claim, component, finding, makeReport } from './helpers/report-factory.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';

const EVIDENCE_KINDS = new Set([
  'licence',
  'model',
  'dataset',
  'api',
  'card',
  'weights',
  'architecture',
  'dependency',
  'claim',
  'project',
]);
const WARNING_CODES = new Set([
  'too-large',
  'binary',
  'symlink-outside',
  'symlink-loop',
  'unreadable',
  'bad-encoding',
  'malformed',
  'limit-reached',
  'other',
]);
const VERDICTS = new Set(['open-source-ai', 'open-weights', 'restricted', 'closed', 'unknown', 'not-ai']);
const LAYER_STATUSES = new Set(['open', 'restricted', 'closed', 'unknown', 'absent']);

const isLine = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** A sink that checks every item as it arrives: the file is the path, the line a whole number >= 0. */
function checkingSink(path: string): EvidenceSink & { problems: string[] } {
  const problems: string[] = [];
  return {
    problems,
    add(e: Evidence) {
      if (!EVIDENCE_KINDS.has(e.kind)) problems.push(`unknown kind ${String(e.kind)}`);
      if (e.file !== path) problems.push(`evidence file ${JSON.stringify(e.file)} is not ${path}`);
      if (!isLine(e.line)) problems.push(`evidence line ${String(e.line)}`);
    },
    warn(w: ScanWarning) {
      if (!WARNING_CODES.has(w.code)) problems.push(`unknown warning code ${String(w.code)}`);
      if (w.file !== undefined && w.file !== path) problems.push(`warning file ${JSON.stringify(w.file)}`);
      if (w.line !== undefined && !isLine(w.line)) problems.push(`warning line ${String(w.line)}`);
      if (typeof w.message !== 'string' || w.message === '') problems.push('empty warning message');
    },
  };
}

const NEED_RANK: Record<ReadNeed, number> = { meta: 0, head: 1, text: 2 };

/** The file as the reader would hand it over for the strongest need of its extractors. */
function readFileFrom(path: string, bytes: Uint8Array): ReadFile {
  const info = fileInfo(path);
  let need: ReadNeed = 'meta';
  for (const e of defaultExtractors) {
    const w = e.wants(info);
    if (w !== null && NEED_RANK[w] > NEED_RANK[need]) need = w;
  }
  const binary = looksBinary(bytes);
  if (need === 'meta') return { info, size: bytes.length, binary: false };
  if (need === 'head') return { info, size: bytes.length, head: bytes.subarray(0, HEAD_BYTES), binary };
  if (binary)
    return { info, size: bytes.length, head: bytes.subarray(0, HEAD_BYTES), binary, skipped: 'binary' };
  return {
    info,
    size: bytes.length,
    text: decodeText(bytes).text,
    head: bytes.subarray(0, HEAD_BYTES),
    binary,
  };
}

/** Runs every extractor that wants the file; returns the problems seen (a throw is one). */
function runAll(file: ReadFile): string[] {
  const sink = checkingSink(file.info.path);
  for (const extractor of defaultExtractors) {
    if (extractor.wants(file.info) === null) continue;
    try {
      extractor.extract(file, sink);
    } catch (err) {
      sink.problems.push(`${extractor.name} threw: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return sink.problems;
}

function textFile(path: string, text: string): ReadFile {
  const bytes = Buffer.from(text, 'utf8');
  return {
    info: fileInfo(path),
    size: bytes.length,
    text,
    head: bytes.subarray(0, HEAD_BYTES),
    binary: false,
  };
}

const fileName = fc.constantFrom(...EXTRACTOR_FILE_NAMES);
const hostileText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          'from_pretrained("',
          'meta-llama/Llama-3.1-8B',
          '")\n',
          'load_dataset("',
          'license: ',
          'SPDX-' + 'License-Identifier: ',
          '---\n',
          '```python\n',
          'open-source AI',
          ' is a fully open model. ',
          'OPENAI_API_KEY=',
          'model="gpt-4o"',
          '\r\n',
          '\t',
          '\uFEFF',
          '\uD800',
        ),
      },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

let extractorRuns = 0;
afterAll(() => {
  console.log(`fuzz: ${extractorRuns} extractor inputs checked`);
});

describe('extractors on random input', () => {
  it('random bytes under every file name: no throw, well-formed evidence', () => {
    fc.assert(
      fc.property(fileName, fc.uint8Array({ maxLength: 2048 }), (name, bytes) => {
        extractorRuns++;
        expect(runAll(readFileFrom(name, bytes))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes handed over as text anyway (every extractor must cope): no throw', () => {
    fc.assert(
      fc.property(fileName, fc.uint8Array({ maxLength: 2048 }), (name, bytes) => {
        extractorRuns++;
        const file: ReadFile = {
          ...textFile(name, decodeText(bytes).text),
          head: bytes,
          binary: looksBinary(bytes),
        };
        expect(runAll(file)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('random Unicode and hostile fragments under every file name: no throw, well-formed evidence', () => {
    fc.assert(
      fc.property(
        fileName,
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 500 }), hostileText),
        (name, text) => {
          extractorRuns++;
          expect(runAll(textFile(name, text))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the same file name in a sub-folder keeps its path on every item', () => {
    fc.assert(
      fc.property(
        fileName,
        hostileText,
        fc.constantFrom('a/', 'models/x/', 'LICENSES/', 'requirements/', 'd ir/'),
        (name, text, dir) => {
          extractorRuns++;
          expect(runAll(textFile(`${dir}${name}`, text))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

// YAML-ish scalars, keys and structure, including anchors, aliases, tags, tabs and long lines.
const yamlScalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    'mit',
    'apache-2.0',
    'llama3.1',
    'other',
    'meta-llama/Llama-3.1-8B',
    '*a',
    '&a x',
    '!!binary aGk=',
    '!!js/function "f"',
    '[a, b',
    '{a: 1}',
    '"unterminated',
    "'q'",
    '|',
    '>-',
    '~',
    'null',
    '.nan',
    '0x1F',
    '2024-01-01',
    '\t',
    '<<: *a',
  ),
  fc.nat({ max: 5000 }).map((n) => 'x'.repeat(n)),
);
const yamlKey = fc.oneof(
  fc.constantFrom(
    'license',
    'license_name',
    'license_link',
    'base_model',
    'base_model_relation',
    'datasets',
    'tags',
    'pipeline_tag',
    'library_name',
    'gated',
    'extra_gated_prompt',
    'model-index',
    'dependencies',
    'title',
    'abstract',
    'keywords',
    '<<',
    '? complex',
  ),
  fc.string({ maxLength: 10 }),
);
const yamlLine = fc.oneof(
  fc.tuple(yamlKey, yamlScalar).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(yamlKey, yamlScalar).map(([k, v]) => `${k}: &a ${v}`),
  fc
    .tuple(yamlKey, fc.array(yamlScalar, { maxLength: 4 }))
    .map(([k, vs]) => `${k}:\n${vs.map((v) => `  - ${v}`).join('\n')}`),
  fc.tuple(yamlKey, fc.array(yamlScalar, { maxLength: 4 })).map(([k, vs]) => `${k}: [${vs.join(', ')}]`),
  fc.constantFrom('  - *a', '\t- x', '---', '...', '# comment', 'a: *undefined_alias', 'b: &b [*b]', ''),
);
const yamlDoc = fc.array(yamlLine, { maxLength: 12 }).map((ls) => ls.join('\n'));

describe('extractors on random structured text', () => {
  it('Markdown with random front matter never makes an extractor throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('README.md', 'model_card.md', 'dataset_card.md', 'docs/page.md', 'x.mdx'),
        yamlDoc,
        hostileText,
        fc.constantFrom('---', '...', ''),
        (name, yaml, body, close) => {
          extractorRuns++;
          expect(runAll(textFile(name, `---\n${yaml}\n${close}\n${body}\n`))).toEqual([]);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('random YAML under every YAML file name never makes an extractor throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('environment.yml', 'environment.yaml', 'CITATION.cff', 'config.yaml', 'ci.yml'),
        yamlDoc,
        (name, yaml) => {
          extractorRuns++;
          expect(runAll(textFile(name, yaml))).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('random JSON under every JSON file name never makes an extractor throw', () => {
    const jsonText = fc.oneof(
      fc.json(),
      fc.anything({ maxDepth: 3 }).map((v) => {
        try {
          return JSON.stringify(v) ?? 'null';
        } catch {
          return 'null';
        }
      }),
      // Objects with the keys the extractors look for, holding values of any shape.
      fc
        .dictionary(
          fc.constantFrom(
            'name',
            'license',
            'licenses',
            'description',
            'keywords',
            'dependencies',
            'devDependencies',
            'packages',
            'architectures',
            'model_type',
            'cells',
            'dim',
            'n_layers',
          ),
          fc.jsonValue({ maxDepth: 3 }),
        )
        .map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('package.json', 'package-lock.json', 'config.json', 'params.json', 'notebook.ipynb'),
        jsonText,
        (name, text) => {
          // Known bug, pinned by its own it.failing below: null where a notebook or cell should be.
          fc.pre(!(name === 'notebook.ipynb' && hasNullNotebookPart(text)));
          extractorRuns++;
          expect(runAll(textFile(name, text))).toEqual([]);
        },
      ),
      { numRuns: 250 },
    );
  });

  // BUG (src/extract/references/code-segments.ts, notebookSegments / cellSource): a notebook
  // whose JSON is `null`, or whose cells list holds `null` (`{"cells":[null]}`), makes the
  // code-references extractor throw "Cannot read properties of null" (reading 'cells' /
  // 'source'). The scan turns it into an "extractor failed" warning, but the Extractor
  // contract says extract must never throw. Fix: check `nb` and each cell are objects.
  it('a notebook that is null, or has a null cell, does not make an extractor throw', () => {
    for (const text of [
      'null',
      '{"cells":[null]}',
      '{"cells":[{"cell_type":"code","source":["x"]}, null]}',
    ]) {
      expect(runAll(textFile('notebook.ipynb', text))).toEqual([]);
    }
  });

  it('random TOML-ish text never makes an extractor throw', () => {
    const tomlLine = fc.oneof(
      fc.constantFrom(
        '[project]',
        '[tool.poetry]',
        '[tool.poetry.dependencies]',
        '[package]',
        '[dependencies]',
        '[packages]',
        '[[bin]]',
        '[project.optional-dependencies]',
        'dependencies = [',
        ']',
        '"',
        '"""',
        "'''",
      ),
      fc
        .tuple(
          fc.constantFrom(
            'name',
            'license',
            'description',
            'dependencies',
            'version',
            'keywords',
            'torch',
            'serde',
            'a.b',
          ),
          fc.oneof(
            yamlScalar.map((v) => JSON.stringify(v)),
            fc
              .array(
                yamlScalar.map((v) => JSON.stringify(v)),
                { maxLength: 3 },
              )
              .map((vs) => `[${vs.join(', ')}]`),
            fc.constantFrom(
              '{ text = "MIT" }',
              '{ file = "LICENSE" }',
              '{ version = "1", features = ["x"] }',
              'true',
              '1979-05-27',
              'inf',
            ),
            yamlScalar,
          ),
        )
        .map(([k, v]) => `${k} = ${v}`),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('pyproject.toml', 'Cargo.toml', 'Pipfile', 'setup.cfg', 'go.mod', 'requirements.txt'),
        fc.array(tomlLine, { maxLength: 15 }).map((ls) => ls.join('\n')),
        (name, text) => {
          extractorRuns++;
          expect(runAll(textFile(name, text))).toEqual([]);
        },
      ),
      { numRuns: 250 },
    );
  });
});

function hasNullNotebookPart(text: string): boolean {
  try {
    const nb: unknown = JSON.parse(text);
    if (nb === null) return true;
    const cells = (nb as { cells?: unknown }).cells;
    return Array.isArray(cells) && cells.some((c) => c === null);
  } catch {
    return false;
  }
}

/** The JSON contract's shape, checked field by field. */
function expectContractShape(report: Report): void {
  expect(report.schemaVersion).toBe(1);
  expect(VERDICTS.has(report.verdict)).toBe(true);
  expect(Object.keys(report.layers).sort()).toEqual([...LAYER_NAMES].sort());
  for (const name of LAYER_NAMES) {
    const layer = report.layers[name];
    expect(LAYER_STATUSES.has(layer.status)).toBe(true);
    expect(
      Array.isArray(layer.licences) && Array.isArray(layer.reasons) && Array.isArray(layer.evidence),
    ).toBe(true);
  }
  expect(['pass', 'fail', 'cannot-confirm']).toContain(report.osaid.result);
  expect([null, 'I', 'II', 'III']).toContain(report.mof.class);
  for (const c of report.components) {
    expect(LAYER_STATUSES.has(c.status)).toBe(true);
    for (const l of c.locations) expect(isLine(l.line)).toBe(true);
  }
  for (const w of report.warnings) expect(WARNING_CODES.has(w.code)).toBe(true);
  for (const f of report.findings) expect(['error', 'warning', 'notice']).toContain(f.severity);
  expect(Number.isInteger(report.stats.filesSeen) && Number.isInteger(report.stats.filesRead)).toBe(true);
}

describe('whole pipeline on random repositories', () => {
  it('analyse() always yields a report whose JSON round-trips and matches the contract', () => {
    const repoFile = fc.tuple(
      fc.constantFrom(
        ...EXTRACTOR_FILE_NAMES,
        'sub/README.md',
        'weights/model.safetensors',
        'LICENSES/MIT.txt',
      ),
      fc.oneof(
        hostileText,
        yamlDoc.map((y) => `---\n${y}\n---\n`),
        fc.uint8Array({ maxLength: 512 }),
      ),
    );
    fc.assert(
      fc.property(fc.array(repoFile, { minLength: 1, maxLength: 5 }), (files) => {
        const root = makeTempRepo(Object.fromEntries(files));
        try {
          const report = analyse(root);
          const json = renderJson(report);
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report)));
          expectContractShape(JSON.parse(json) as Report);
          expect(report.warnings.some((w) => /extractor failed/.test(w.message))).toBe(false);
        } finally {
          removeTempRepo(root);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('renderers on random reports', () => {
  const str = fc.oneof(
    hostileText,
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.nat({ max: 70_000 }).map((n) => '@'.repeat(n)),
  );
  // File names come from readdir, which never yields a lone surrogate (see the it.failing below).
  const fileStr = str.map((s) => s.replace(/\p{Surrogate}/gu, '\uFFFD'));
  const loc = fc.record({ file: fileStr, line: fc.nat({ max: 100_000 }) });
  const randomReport = fc
    .record({
      components: fc.array(
        fc.tuple(
          fc.constantFrom(
            'model',
            'dataset',
            'api',
            'licence',
            'model-card',
            'dataset-card',
            'weights-file',
            'dependency' as const,
          ),
          str,
          fc.option(str, { nil: null }),
          fc.array(loc, { maxLength: 3 }),
          fc.option(str, { nil: undefined }),
        ),
        { maxLength: 150 },
      ),
      claims: fc.array(fc.tuple(fileStr, fc.nat({ max: 1000 }), str), { maxLength: 5 }),
      findings: fc.array(
        fc.record({
          rule: fc.oneof(str, fc.constantFrom('mislabelled-open-source', 'obligation')),
          severity: fc.constantFrom('error', 'warning', 'notice' as const),
          message: str,
          file: fc.option(fileStr, { nil: undefined }),
          line: fc.option(fc.nat({ max: 1000 }), { nil: undefined }),
          isNew: fc.boolean(),
        }),
        { maxLength: 100 },
      ),
      warnings: fc.array(fc.record({ file: fc.option(fileStr, { nil: undefined }), message: str }), {
        maxLength: 30,
      }),
      licences: fc.array(str, { maxLength: 3 }),
      reasons: fc.array(str, { maxLength: 3 }),
    })
    .map((r) =>
      makeReport({
        verdict: 'restricted',
        layers: { weights: { status: 'restricted', licences: r.licences, reasons: r.reasons } },
        components: r.components.map(([type, name, licence, at, detail]) =>
          component(type, name, { licence, at, ...(detail !== undefined ? { detail } : {}) }),
        ),
        claims: r.claims.map(([file, line, text]) => claim(file, line, text)),
        findings: r.findings.map(({ isNew, ...f }) => finding({ ...f, new: isNew })),
        warnings: r.warnings.map((w) => ({ ...w, code: 'other' as const })),
      }),
    );

  it('renderMarkdown, renderText, renderJson and buildCommentBody never throw; the comment fits', () => {
    fc.assert(
      fc.property(
        randomReport,
        fc.option(fc.constantFrom('https://github.com/o/r/blob/abc'), { nil: undefined }),
        (report, linkBase) => {
          expect(typeof renderMarkdown(report, { linkBase })).toBe('string');
          expect(typeof renderText(report)).toBe('string');
          expect(JSON.parse(renderJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
          const body = buildCommentBody(report, null, {
            linkBase,
            summaryUrl: 'https://github.com/o/r/actions/runs/1',
          });
          expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
          expect(body.startsWith('<!-- ai-openness-check:pr-comment -->\n')).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  // BUG (src/render/markdown.ts, locationLink): with a link base, the href is built with
  // encodeURIComponent, which throws "URIError: URI malformed" on a lone surrogate, so
  // renderMarkdown and buildCommentBody throw for a finding whose file is "\uD800". File
  // names from readdir cannot hold one, but the renderers take any Report (JSON input,
  // the API). Fix: replace lone surrogates (String.prototype.toWellFormed) before encoding.
  it('a lone surrogate in a file name does not make renderMarkdown throw', () => {
    const report = makeReport({ findings: [finding({ file: 'a\uD800b.py', line: 1 })] });
    expect(() => renderMarkdown(report, { linkBase: 'https://github.com/o/r/blob/abc' })).not.toThrow();
  });
});
