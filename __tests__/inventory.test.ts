import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import ignore from 'ignore';
import { walk } from '../src/inventory/walk.js';
import { BasenameRules } from '../src/inventory/ignore-rules.js';
import { decodeText } from '../src/inventory/decode.js';
import { looksBinary } from '../src/inventory/read-file.js';
import { scanDirectory } from '../src/scan.js';
import type { Extractor, ReadFile } from '../src/types/extractor.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';

describe('walk', () => {
  let root: string;
  let outside: string;

  beforeAll(() => {
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'outside the repository');
    root = makeTempRepo({
      'b.md': 'b',
      'a.md': 'a',
      'src/z.py': 'z',
      'src/a.py': 'a',
      '.gitignore': 'build/\n*.log\n',
      'build/out.js': 'x',
      'debug.log': 'x',
      'node_modules/pkg/index.js': 'x',
      '.git/config': 'x',
      'env/pyvenv.cfg': 'home = /usr',
      'env/lib/site.py': 'x',
      'docs/.gitignore': 'draft.md\n',
      'docs/draft.md': 'x',
      'docs/final.md': 'x',
      'vendor/big.txt': 'x',
    });
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'leak.txt'));
    fs.symlinkSync('..', path.join(root, 'src', 'loop'));
    fs.symlinkSync('self', path.join(root, 'self'));
    fs.symlinkSync('a.md', path.join(root, 'alias.md'));
    fs.symlinkSync('missing-target', path.join(root, 'dangling'));
  });
  afterAll(() => {
    removeTempRepo(root);
    removeTempRepo(outside);
  });

  it('lists files in a stable sorted order and honours .gitignore, nested .gitignore, built-ins and extra globs', () => {
    const result = walk(root, { ignore: ['vendor/'] });
    expect(result.files.map((f) => f.path)).toEqual([
      '.gitignore',
      'a.md',
      'alias.md',
      'b.md',
      'docs/.gitignore',
      'docs/final.md',
      'src/a.py',
      'src/z.py',
    ]);
    expect(result.truncated).toBe(false);
  });

  it('never follows a symlink out of the root, survives loops and broken links, and warns about each', () => {
    const result = walk(root);
    const byFile = Object.fromEntries(result.warnings.map((w) => [w.file, w.code]));
    expect(byFile).toEqual({
      'leak.txt': 'symlink-outside',
      'src/loop': 'symlink-loop',
      self: 'symlink-loop',
      dangling: 'unreadable',
    });
    const everything = JSON.stringify(result);
    expect(everything).not.toContain(outside);
    expect(everything).not.toContain('secret');
  });

  it('reads a symlink to a file inside the root through its target', () => {
    const alias = walk(root).files.find((f) => f.path === 'alias.md');
    expect(alias?.target).toBe(path.join(fs.realpathSync(root), 'a.md'));
  });

  it('stops at the file limit with a warning', () => {
    const result = walk(root, { maxFiles: 3 });
    expect(result.files).toHaveLength(3);
    expect(result.truncated).toBe(true);
    expect(result.warnings.some((w) => w.code === 'limit-reached')).toBe(true);
  });
});

describe('reading files for extractors', () => {
  let root: string;
  let result: ReturnType<typeof scanDirectory>;
  const seen: ReadFile[] = [];
  const recorder: Extractor = {
    name: 'recorder',
    wants: (f) => (f.ext === 'txt' ? 'text' : f.ext === 'bin' ? 'head' : f.ext === 'pt' ? 'meta' : null),
    extract: (file) => {
      seen.push(file);
    },
  };
  const thrower: Extractor = {
    name: 'thrower',
    wants: (f) => (f.name === 'boom.txt' ? 'text' : null),
    extract: () => {
      throw new Error('kaboom');
    },
  };

  beforeAll(() => {
    root = makeTempRepo({
      'plain.txt': 'héllo\nworld\n',
      'latin1.txt': Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('open model\n', 'utf16le')]),
      'binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      'huge.txt': 'x'.repeat(3000),
      'weights.bin': Uint8Array.from([1, 2, 3, 0, 5]),
      'model.pt': 'not really weights',
      'boom.txt': 'fine text',
      'ignored.md': 'nobody wants this',
    });
    result = scanDirectory(root, { extractors: [recorder, thrower], maxFileBytes: 2048 });
  });
  afterAll(() => removeTempRepo(root));

  const scan = () => result;
  const file = (p: string) => seen.find((f) => f.info.path === p);

  it('decodes UTF-8, replaces invalid bytes with a warning, and honours a UTF-16 BOM', () => {
    expect(file('plain.txt')?.text).toBe('héllo\nworld\n');
    expect(file('latin1.txt')?.text).toBe('caf\uFFFD\n');
    expect(file('utf16.txt')?.text).toBe('open model\n');
    expect(scan().warnings).toContainEqual(
      expect.objectContaining({ file: 'latin1.txt', code: 'bad-encoding' }),
    );
  });

  it('skips binary and oversized text with a reason, and gives head bytes or size only when that is all that was asked', () => {
    expect(file('binary.txt')).toMatchObject({ skipped: 'binary', binary: true });
    expect(file('binary.txt')?.text).toBeUndefined();
    expect(file('huge.txt')).toMatchObject({ skipped: 'too-large', size: 3000 });
    expect(file('weights.bin')).toMatchObject({ binary: true, size: 5 });
    expect(Array.from(file('weights.bin')?.head ?? [])).toEqual([1, 2, 3, 0, 5]);
    expect(file('model.pt')).toMatchObject({ size: 18 });
    expect(file('model.pt')?.head).toBeUndefined();
    const codes = scan().warnings.map((w) => `${w.file}:${w.code}`);
    expect(codes).toEqual(expect.arrayContaining(['binary.txt:binary', 'huge.txt:too-large']));
  });

  it('does not read files no extractor wants', () => {
    expect(file('ignored.md')).toBeUndefined();
    expect(scan().filesSeen).toBe(9);
    expect(scan().filesRead).toBe(8);
  });

  it('turns an extractor that throws into a warning and goes on', () => {
    expect(scan().warnings).toContainEqual(
      expect.objectContaining({
        file: 'boom.txt',
        code: 'other',
        message: expect.stringContaining('kaboom'),
      }),
    );
    expect(file('plain.txt')).toBeDefined();
  });
});

describe('read limits', () => {
  it('stops reading at the total-bytes limit and names what was not read', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`doc-${String(i).padStart(2, '0')}.txt`] = 'x'.repeat(1000);
    const root = makeTempRepo(files);
    try {
      const reader: Extractor = { name: 'all', wants: () => 'text', extract: () => undefined };
      const result = scanDirectory(root, { extractors: [reader], maxTotalBytes: 10_000 });
      expect(result.filesRead).toBe(10);
      const warning = result.warnings.find((w) => w.code === 'limit-reached');
      expect(warning?.message).toMatch(
        /20 file\(s\) were not read \(doc-10\.txt, doc-11\.txt.*and 10 more\)/,
      );
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('BasenameRules (the fast matcher for name-only ignore files)', () => {
  const chars = (alphabet: string[], max: number) =>
    fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: max }).map((a) => a.join(''));
  const pattern = fc
    .tuple(chars(['a', 'b', 'A', '.', '*', '-'], 6), fc.boolean())
    .filter(([body]) => !body.includes('**'))
    .map(([body, dirOnly]) => (dirOnly ? `${body}/` : body));
  // A directory listing never holds '.' or '..'.
  const name = chars(['a', 'b', 'B', '.', '-'], 8).filter((n) => n !== '.' && n !== '..');

  it('decides exactly as the ignore package for every name pattern it accepts', () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 4 }),
        name,
        fc.boolean(),
        chars(['d', 'e'], 3),
        (lines, base, isDir, dir) => {
          const text = `# comment\n${lines.join('\n')}\n`;
          const fast = BasenameRules.parse(text);
          expect(fast).not.toBeNull();
          const reference = ignore().add(text);
          // As in the walk: an entry is only tested when its directory was not ignored.
          const paths = reference.ignores(`${dir}/`) ? [base] : [base, `${dir}/${base}`];
          for (const path of paths) {
            const probe = isDir ? `${path}/` : path;
            expect(fast?.ignores(probe)).toBe(reference.ignores(probe));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('leaves anything beyond name patterns to the ignore package', () => {
    for (const line of [
      '!keep.log',
      'docs/draft.md',
      '/build',
      'a?c',
      '*.py[cod]',
      '\\#x',
      '**/tmp',
      'a/**',
    ]) {
      expect(BasenameRules.parse(`*.log\n${line}\n`)).toBeNull();
    }
  });

  it('stays linear on hostile patterns and names', () => {
    const rules = BasenameRules.parse(`${'*a'.repeat(40)}*b\n${' '.repeat(200_000)}x \n`);
    const started = performance.now();
    expect(rules?.ignores('a'.repeat(100_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('decodeText', () => {
  it('gives the UTF-8 decoding for any bytes, by the ASCII shortcut or not', () => {
    const reference = new TextDecoder('utf-8');
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ max: 127 }), fc.uint8Array()), (bytes) => {
        const isBom = bytes[0] === 0xff || bytes[0] === 0xfe;
        if (isBom) return;
        expect(decodeText(bytes).text).toBe(reference.decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('looksBinary', () => {
  it('is a NUL byte in the first 8 KiB, at any offset of the buffer, unless a UTF-16 BOM leads', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9000 }),
        fc.integer({ min: 0, max: 9000 }),
        fc.integer({ min: 0, max: 16 }),
        (length, nulAt, offset) => {
          // A view into a larger buffer, as file reads give: the check must stay inside the view.
          const backing = new Uint8Array(offset + length + 16).fill(0x61);
          backing.fill(0, 0, offset);
          backing.fill(0, offset + length);
          const bytes = backing.subarray(offset, offset + length);
          if (nulAt < length) bytes[nulAt] = 0;
          const bom = bytes.length >= 2 && bytes[0] === 0xff;
          expect(looksBinary(bytes)).toBe(!bom && nulAt < Math.min(length, 8192));
        },
      ),
      { numRuns: 1000 },
    );
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe(false);
    expect(looksBinary(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toBe(false);
  });
});
