// The build writes bundles as ASCII (scripts/ascii-bundle.mjs): the rewritten code must mean
// exactly what it meant, and code whose meaning an escape would change must be refused.
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

type AsciiSource = (code: string, file: string, sourceType: 'script' | 'module') => string;
const { asciiSource } = (await import(pathToFileURL(path.resolve('scripts/ascii-bundle.mjs')).href)) as {
  asciiSource: AsciiSource;
};

/** What the script's last expression gives, as JSON. */
const run = (code: string): unknown => JSON.parse(vm.runInNewContext(code) as string) as unknown;

describe('ASCII bundles', () => {
  const cases: Array<[string, string]> = [
    [
      'regex literals, with and without the u flag, classes and identity escapes',
      String.raw`const probe = ['开源模型', 'it’s', '“q”', 'a—b', 'x\u2019s'];
       const res = [/开源(?:的)?模型/u, /[‘’]s\b/g, /[“”]/, /\’s/, /a[‐–—]b/];
       JSON.stringify(res.map((re) => probe.map((p) => p.search(re))))`,
    ],
    [
      'characters beyond the BMP, one code point under the u flag',
      String.raw`const face = '😀';
       JSON.stringify([/^[😀]$/u.test(face), /^.$/u.test(face), /^😀$/.test(face), face.length, [...'a😀b'].length])`,
    ],
    [
      'strings, plain templates and comments',
      "// naïve comment\nconst s = 'café \\é'; const t = `日本 ${1 + 1} ü`; JSON.stringify([s, t, s.length, t.length])",
    ],
  ];
  for (const [name, code] of cases) {
    it(`keeps the meaning of ${name}`, () => {
      const ascii = asciiSource(code, 'x.js', 'script');
      expect(/[\u0080-\uffff]/.test(ascii)).toBe(false);
      expect(run(ascii)).toEqual(run(code));
    });
  }

  it('leaves ASCII code as it is', () => {
    const code = "const a = /x\\u00e9/; 'plain';";
    expect(asciiSource(code, 'x.js', 'script')).toBe(code);
  });

  it('refuses a tagged template whose raw text an escape would change', () => {
    expect(() => asciiSource('const r = String.raw`é`;', 'dist/x.js', 'script')).toThrow(
      /dist\/x\.js: a tagged template holds non-ASCII text/,
    );
    // ASCII raw text is fine, and so is non-ASCII text elsewhere in the file.
    expect(run(asciiSource("const r = String.raw`\\d`; JSON.stringify([r, 'é'])", 'x.js', 'script'))).toEqual(
      ['\\d', 'é'],
    );
  });
});
