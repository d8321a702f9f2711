import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { scanDirectory, type ScanResult } from '../src/scan.js';
import type { LicenceEvidence } from '../src/types/evidence.js';
import { licenceFileFor, fillTemplate, SPDX } from './helpers/spdx-fill.js';

// The committed fixture holds only our own small files; the licence texts (MIT, Apache-2.0)
// are generated into a temporary copy from spdx-license-list, never committed.
const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'licence', 'repo');

let root: string;
let result: ScanResult;

const licences = (): LicenceEvidence[] =>
  result.evidence.filter((e): e is LicenceEvidence => e.kind === 'licence');
const at = (file: string): LicenceEvidence[] => licences().filter((e) => e.file === file);

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-licence-'));
  fs.cpSync(FIXTURE, root, { recursive: true });
  fs.writeFileSync(path.join(root, 'LICENSE'), fillTemplate(SPDX.MIT?.licenseText ?? ''));
  fs.writeFileSync(path.join(root, 'LICENSES', 'Apache-2.0.txt'), licenceFileFor('Apache-2.0'));
  fs.mkdirSync(path.join(root, 'data', 'corpus'), { recursive: true });
  fs.writeFileSync(path.join(root, 'data', 'corpus', 'LICENSE.md'), licenceFileFor('CC-BY-NC-4.0'));
  // A "LICENSE" that is really binary: NUL bytes in the first block.
  fs.mkdirSync(path.join(root, 'vendor-blob'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'vendor-blob', 'LICENSE'),
    Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 0, 0, 0, 0x4c]),
  );
  result = scanDirectory(root);
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('licence files in a repository', () => {
  test('the root LICENSE is MIT, matched exactly', () => {
    expect(at('LICENSE')).toEqual([
      expect.objectContaining({
        kind: 'licence',
        source: 'licence-file',
        id: 'MIT',
        method: 'exact',
        confidence: 1,
        line: 1,
      }),
    ]);
  });

  test('a REUSE LICENSES/ folder: a known text by its words, a custom one by its file name', () => {
    expect(at('LICENSES/Apache-2.0.txt')).toEqual([expect.objectContaining({ id: 'Apache-2.0', line: 1 })]);
    expect(at('LICENSES/Apache-2.0.txt')[0]?.method).toMatch(/^(exact|dice)$/);
    expect(at('LICENSES/LicenseRef-example-terms.txt')).toEqual([
      expect.objectContaining({ id: 'LicenseRef-example-terms', method: 'reference', confidence: 0.6 }),
    ]);
  });

  test("a model folder's own LICENSE is recognised by its phrases, on the title's line", () => {
    expect(at('models/llama-finetune/LICENSE')).toEqual([
      expect.objectContaining({ id: 'LicenseRef-llama3.1', method: 'phrase', line: 1 }),
    ]);
  });

  test('a data folder under CC BY-NC is CC-BY-NC-4.0, not CC-BY-4.0', () => {
    expect(at('data/corpus/LICENSE.md')).toEqual([expect.objectContaining({ id: 'CC-BY-NC-4.0' })]);
  });

  test('a copyright notice alone is recorded as no licence', () => {
    expect(at('COPYRIGHT')).toEqual([
      expect.objectContaining({
        id: null,
        confidence: 1,
        detail: expect.stringMatching(/copyright notice only/),
      }),
    ]);
  });

  test('an acceptable-use policy names its licence', () => {
    expect(at('docs/USE_POLICY.md')).toEqual([
      expect.objectContaining({ id: 'LicenseRef-llama2', method: 'phrase', line: 1 }),
    ]);
  });

  test('a binary file named LICENSE does not crash the scan and yields no licence', () => {
    expect(at('vendor-blob/LICENSE')).toEqual([]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ file: 'vendor-blob/LICENSE', code: 'binary' }),
    );
    expect(result.warnings.filter((w) => w.code === 'other')).toEqual([]);
  });

  test('SPDX headers in source files, with their lines', () => {
    expect(at('src/train.py')).toEqual([
      expect.objectContaining({ id: 'Apache-2.0', method: 'spdx-header', source: 'spdx-header', line: 2 }),
    ]);
    expect(at('src/kernels.cu')).toEqual([expect.objectContaining({ id: 'MIT OR Apache-2.0', line: 1 })]);
    expect(at('src/broken.ts')).toEqual([
      expect.objectContaining({ id: null, method: 'spdx-header', line: 1 }),
    ]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ file: 'src/broken.ts', line: 1, code: 'malformed' }),
    );
  });
});
