import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { artefactExtractor } from '../src/extract/artefacts/artefact-extractor.js';
import { readGgufHeader } from '../src/extract/artefacts/gguf-header.js';
import { weightsFormatOf } from '../src/extract/artefacts/weight-formats.js';
import { fileInfo } from '../src/inventory/walk.js';
import { scanDirectory } from '../src/scan.js';
import type { Evidence, ScanWarning } from '../src/types/evidence.js';
import type { EvidenceSink } from '../src/types/extractor.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';

const FIXTURES = '__tests__/fixtures/weights';

function scan(dir: string): { evidence: Evidence[]; warnings: ScanWarning[] } {
  const { evidence, warnings } = scanDirectory(dir, { extractors: [artefactExtractor] });
  return { evidence, warnings };
}

function ofKind<K extends Evidence['kind']>(evidence: Evidence[], kind: K): Extract<Evidence, { kind: K }>[] {
  return evidence.filter((e): e is Extract<Evidence, { kind: K }> => e.kind === kind);
}

// --- GGUF bytes, built the way llama.cpp writes them (little-endian, u64 lengths) ---

type GgufValue = { string: string } | { u32: number } | { stringArray: string[] } | { f32Array: number[] };

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
function u64(n: bigint | number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}
function ggufString(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([u64(bytes.length), bytes]);
}
function ggufValue(v: GgufValue): Buffer {
  if ('string' in v) return Buffer.concat([u32(8), ggufString(v.string)]);
  if ('u32' in v) return Buffer.concat([u32(4), u32(v.u32)]);
  if ('stringArray' in v)
    return Buffer.concat([u32(9), u32(8), u64(v.stringArray.length), ...v.stringArray.map(ggufString)]);
  const floats = Buffer.alloc(4 * v.f32Array.length);
  v.f32Array.forEach((f, i) => floats.writeFloatLE(f, i * 4));
  return Buffer.concat([u32(9), u32(6), u64(v.f32Array.length), floats]);
}

/** A GGUF file: header, the given key/value pairs, then `tail` bytes standing in for tensors. */
function buildGguf(kv: [string, GgufValue][], options: { version?: number; tail?: number } = {}): Buffer {
  return Buffer.concat([
    Buffer.from('GGUF', 'ascii'),
    u32(options.version ?? 3),
    u64(1),
    u64(kv.length),
    ...kv.map(([key, value]) => Buffer.concat([ggufString(key), ggufValue(value)])),
    Buffer.alloc(options.tail ?? 32),
  ]);
}

const TINY_GGUF_KV: [string, GgufValue][] = [
  ['general.architecture', { string: 'llama' }],
  ['general.name', { string: 'Tiny Llama' }],
  ['general.quantization_version', { u32: 2 }],
  ['tokenizer.ggml.scores', { f32Array: [0.5, -1, 2] }],
  ['tokenizer.ggml.tokens', { stringArray: ['<s>', '</s>', 'hello'] }],
  ['general.license', { string: 'apache-2.0' }],
];

describe('model folder (config, LFS pointers, tokenizer, Modelfile, modelling code)', () => {
  let root: string;
  let result: { evidence: Evidence[]; warnings: ScanWarning[] };
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-weights-'));
    fs.cpSync(`${FIXTURES}/hf-model`, root, { recursive: true });
    // Written here, not as a fixture: a real .gitattributes would route this repo's own files through LFS.
    fs.writeFileSync(
      path.join(root, '.gitattributes'),
      [
        '# Hugging Face defaults',
        '*.bin filter=lfs diff=lfs merge=lfs -text',
        '*.safetensors filter=lfs diff=lfs merge=lfs -text',
        '*.md text eol=lf',
        'models/**/*.safetensors filter=lfs diff=lfs merge=lfs -text',
        '*.zip filter=lfs diff=lfs merge=lfs -text',
        '',
      ].join('\n'),
    );
    result = scan(root);
  });
  afterAll(() => removeTempRepo(root));

  it('reports LFS pointers as weights with the object size, and nothing for tokenizer.json or data.bin', () => {
    const files = ofKind(result.evidence, 'weights').filter((w) => !w.lfsRule);
    expect(files).toEqual([
      {
        kind: 'weights',
        file: 'model.safetensors',
        line: 0,
        format: 'safetensors',
        size: 2471645608,
        lfs: { oid: '4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393', size: 2471645608 },
      },
      {
        kind: 'weights',
        file: 'pytorch_model.bin',
        line: 0,
        format: 'bin',
        size: 1000,
        lfs: { oid: 'aa7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e23bb', size: 1000 },
      },
    ]);
  });

  it('reports each LFS-tracked weights format once, on its rule line', () => {
    expect(ofKind(result.evidence, 'weights').filter((w) => w.lfsRule)).toEqual([
      { kind: 'weights', file: '.gitattributes', line: 2, format: 'bin', size: 0, lfsRule: true },
      { kind: 'weights', file: '.gitattributes', line: 3, format: 'safetensors', size: 0, lfsRule: true },
    ]);
  });

  it('reads the architecture from config.json and from the modelling code', () => {
    expect(ofKind(result.evidence, 'architecture')).toEqual([
      { kind: 'architecture', source: 'config.json', name: 'LlamaForCausalLM', file: 'config.json', line: 3 },
      { kind: 'architecture', source: 'model-code', name: 'TinyBlock', file: 'modeling_tiny.py', line: 9 },
    ]);
  });

  it('reads FROM and LICENSE from the Modelfile, not text inside a TEMPLATE block', () => {
    expect(ofKind(result.evidence, 'model')).toEqual([
      {
        kind: 'model',
        name: 'llama3.1:8b',
        via: 'modelfile',
        strength: 'strong',
        file: 'Modelfile',
        line: 2,
      },
    ]);
    expect(ofKind(result.evidence, 'licence')).toEqual([
      {
        kind: 'licence',
        method: 'card',
        source: 'card',
        file: 'Modelfile',
        line: 8,
        id: 'MIT',
        confidence: 0.8,
        detail: 'Modelfile LICENSE block',
      },
    ]);
    expect(result.warnings).toEqual([]);
  });
});

describe('other artefacts', () => {
  it('a Modelfile FROM a local .gguf is a file reference; a long LICENSE is noted, not identified', () => {
    const { evidence } = scan(`${FIXTURES}/ollama-local`);
    expect(evidence).toEqual([
      {
        kind: 'model',
        name: './weights/tiny-q4.gguf',
        via: 'modelfile',
        strength: 'strong',
        file: 'chat.modelfile',
        line: 1,
        localFile: true,
      },
      {
        kind: 'licence',
        method: 'card',
        source: 'card',
        file: 'chat.modelfile',
        line: 3,
        id: null,
        confidence: 0.3,
        detail: 'Modelfile LICENSE block (licence text present, not identified)',
      },
    ]);
  });

  it('reads params.json as an architecture', () => {
    expect(scan(`${FIXTURES}/meta-style`).evidence).toEqual([
      {
        kind: 'architecture',
        source: 'params.json',
        name: 'transformer (dim 4096, 32 layers, 32 heads)',
        file: 'params.json',
        line: 2,
      },
    ]);
  });

  it('counts a pickle as weights only in a model folder or with a model name', () => {
    const { evidence } = scan(`${FIXTURES}/sklearn-app`);
    expect(evidence).toEqual([
      { kind: 'weights', file: 'models/classifier.pkl', line: 0, format: 'pickle', size: 20 },
    ]);
  });

  it('leaves a config.json without architectures or model_type alone, even when it is not JSON', () => {
    const root = makeTempRepo({
      'app/config.json': '{ // comments\n "port": 8080 }',
      'model/config.json': '{ "model_type": "bert", "architectures": "not a list" ',
    });
    try {
      const { evidence, warnings } = scan(root);
      expect(evidence).toEqual([]);
      expect(warnings).toEqual([expect.objectContaining({ file: 'model/config.json', code: 'malformed' })]);
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('the model a config.json was saved from', () => {
  it('is a strong reference when the knowledge base knows it, and nothing otherwise', () => {
    const root = makeTempRepo({
      'llama-ft/config.json':
        '{\n  "_name_or_path": "meta-llama/Llama-2-7b-hf",\n  "architectures": ["LlamaForCausalLM"],\n  "model_type": "llama"\n}\n',
      'local/config.json': '{ "_name_or_path": "/scratch/ckpt/step-1000", "model_type": "llama" }',
      'own/config.json': '{ "_name_or_path": "acme/support-bot-7b", "model_type": "mistral" }',
    });
    try {
      expect(ofKind(scan(root).evidence, 'model')).toEqual([
        {
          kind: 'model',
          file: 'llama-ft/config.json',
          line: 2,
          name: 'meta-llama/Llama-2-7b-hf',
          via: 'config',
          strength: 'strong',
        },
      ]);
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('PEFT adapter configs', () => {
  it('reads the base model of an adapter, on the line of its key, as a strong adapter reference', () => {
    const root = makeTempRepo({
      'adapters/support/adapter_config.json':
        '{\n  "peft_type": "LORA",\n  "r": 16,\n  "base_model_name_or_path": "meta-llama/Llama-2-7b-hf",\n  "task_type": "CAUSAL_LM"\n}\n',
    });
    try {
      expect(scan(root)).toEqual({
        evidence: [
          {
            kind: 'model',
            file: 'adapters/support/adapter_config.json',
            line: 4,
            name: 'meta-llama/Llama-2-7b-hf',
            via: 'config',
            strength: 'strong',
            relation: 'adapter',
            derivedFrom: 'adapters/support/adapter_config.json',
          },
        ],
        warnings: [],
      });
    } finally {
      removeTempRepo(root);
    }
  });

  it('names no model for a local checkpoint path or an empty base, and warns on broken JSON', () => {
    const root = makeTempRepo({
      'a/adapter_config.json': '{ "base_model_name_or_path": "/scratch/ckpt/llama-7b", "peft_type": "LORA" }',
      'b/adapter_config.json': '{ "base_model_name_or_path": "./base-model" }',
      'c/adapter_config.json': '{ "base_model_name_or_path": null }',
      'd/adapter_config.json': '{ "base_model_name_or_path": "org/model", ',
      'e/adapter_config.json': '{ "peft_type": "LORA" ',
    });
    try {
      const { evidence, warnings } = scan(root);
      expect(evidence).toEqual([]);
      // Only the file that has the key is parsed: e/ is broken too but names no base.
      expect(warnings).toEqual([
        expect.objectContaining({ file: 'd/adapter_config.json', code: 'malformed' }),
      ]);
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('GGUF headers', () => {
  let root: string;
  beforeAll(() => {
    const truncated = buildGguf(TINY_GGUF_KV, { tail: 0 });
    const hostile = Buffer.concat([
      Buffer.from('GGUF', 'ascii'),
      u32(3),
      u64(1),
      u64(2),
      ggufString('general.architecture'),
      u32(8),
      u64(0x7fff_ffff_ffff_ffffn), // a string "length" of 8 EiB
      Buffer.from('llama'),
    ]);
    root = makeTempRepo({
      'tiny.gguf': buildGguf(TINY_GGUF_KV),
      'cut.gguf': truncated.subarray(0, truncated.length - 5),
      'hostile.gguf': hostile,
      'not-gguf.gguf': Buffer.from('this is not a gguf file at all'),
      'old.gguf': buildGguf([], { version: 1 }),
    });
  });
  afterAll(() => removeTempRepo(root));

  it('pulls licence, architecture and name from a real header', () => {
    const { evidence } = scan(root);
    const size = fs.statSync(path.join(root, 'tiny.gguf')).size;
    expect(evidence.filter((e) => e.file === 'tiny.gguf')).toEqual([
      {
        kind: 'weights',
        file: 'tiny.gguf',
        line: 0,
        format: 'gguf',
        size,
        architecture: 'llama',
        license: 'apache-2.0',
        name: 'Tiny Llama',
      },
      { kind: 'architecture', source: 'gguf', name: 'llama', file: 'tiny.gguf', line: 0 },
    ]);
  });

  it('warns on truncated, hostile, foreign and old headers, keeping what was read', () => {
    const { evidence, warnings } = scan(root);
    expect(warnings.map((w) => [w.file, w.code])).toEqual([
      ['cut.gguf', 'malformed'],
      ['hostile.gguf', 'malformed'],
      ['not-gguf.gguf', 'malformed'],
      ['old.gguf', 'malformed'],
    ]);
    expect(warnings[0]?.message).toMatch(
      /^GGUF header is truncated or malformed \(value of general\.license/,
    );
    expect(warnings[1]?.message).toMatch(/past the end of the \d+-byte file/);
    expect(warnings[3]?.message).toContain('GGUF version 1 is not supported');
    // The truncated file still gives what came before the cut; every file is still a weights file.
    expect(ofKind(evidence, 'weights').map((w) => [w.file, w.architecture, w.license])).toEqual([
      ['cut.gguf', 'llama', undefined],
      ['hostile.gguf', undefined, undefined],
      ['not-gguf.gguf', undefined, undefined],
      ['old.gguf', undefined, undefined],
      ['tiny.gguf', 'llama', 'apache-2.0'],
    ]);
  });

  it('stops quietly at the end of the head when the file goes on', () => {
    const bytes = buildGguf(TINY_GGUF_KV);
    const head = bytes.subarray(0, 120);
    const parsed = readGgufHeader(head, 10_000_000);
    expect(parsed).toEqual({
      ok: true,
      header: {
        version: 3,
        tensorCount: 1,
        kvCount: 6,
        metadata: { 'general.architecture': 'llama', 'general.name': 'Tiny Llama' },
        stopped: { reason: 'head-limit' },
      },
    });
  });

  it('rejects lying counts without looping or allocating', () => {
    const lyingKv = Buffer.concat([Buffer.from('GGUF'), u32(3), u64(0), u64(0xffff_ffff_ffff_ffffn)]);
    expect(readGgufHeader(lyingKv, lyingKv.length)).toMatchObject({
      ok: true,
      header: { stopped: { reason: 'malformed' } },
    });
    const lyingArray = buildGguf([['tokenizer.ggml.tokens', { stringArray: [] }]]);
    // Patch the array count (after magic, version, counts, key, value type, item type) to 2^60.
    const countAt = 4 + 4 + 8 + 8 + 8 + 'tokenizer.ggml.tokens'.length + 4 + 4;
    lyingArray.writeBigUInt64LE(1n << 60n, countAt);
    expect(readGgufHeader(lyingArray, lyingArray.length)).toMatchObject({
      ok: true,
      header: { stopped: { reason: 'malformed', message: expect.stringContaining('tokenizer.ggml.tokens') } },
    });
  });

  it('never throws or hangs on random bytes after the magic', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (rest, longFile) => {
        const bytes = Buffer.concat([Buffer.from('GGUF'), u32(3), Buffer.from(rest)]);
        const parsed = readGgufHeader(bytes, longFile ? 1e12 : bytes.length);
        expect(parsed.ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('what counts as weights', () => {
  it.each([
    ['model.safetensors', 'safetensors'],
    ['pytorch_model-00001-of-00002.bin', 'bin'],
    ['adapter_model.bin', 'bin'],
    ['checkpoints/step-100.bin', 'bin'],
    ['saved_model/saved_model.pb', 'pb'],
    ['flax_model.msgpack', 'msgpack'],
    ['tf_model.h5', 'h5'],
    ['model.gguf', 'gguf'],
    ['clf.joblib', null],
    ['firmware.bin', null],
    ['data/measurements.h5', null],
    ['graph.pb', null],
    ['tokenizer.json', null],
    ['vocab.txt', null],
  ])('%s -> %s', (p, format) => {
    expect(weightsFormatOf(fileInfo(p))).toBe(format);
  });

  it('asks only for the head of weights files and for text of the rest', () => {
    expect(artefactExtractor.wants(fileInfo('model.safetensors'))).toBe('head');
    expect(artefactExtractor.wants(fileInfo('config.json'))).toBe('text');
    expect(artefactExtractor.wants(fileInfo('lora/adapter_config.json'))).toBe('text');
    expect(artefactExtractor.wants(fileInfo('src/train.py'))).toBe('text');
    expect(artefactExtractor.wants(fileInfo('README.md'))).toBeNull();
  });

  it('never throws on arbitrary text in any artefact', () => {
    const sink: EvidenceSink = { add: () => undefined, warn: () => undefined };
    const names = [
      'config.json',
      'adapter_config.json',
      'params.json',
      'Modelfile',
      '.gitattributes',
      'model.py',
      'model.safetensors',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.string({ maxLength: 300 }), (name, text) => {
        const info = fileInfo(name);
        const head = new TextEncoder().encode(text);
        artefactExtractor.extract({ info, size: head.length, text, head, binary: false }, sink);
      }),
      { numRuns: 400 },
    );
  });
});
