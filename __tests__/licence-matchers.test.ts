import { describe, expect, test } from '@jest/globals';
import { scoreLicenceFileName } from '../src/extract/licence/licence-filenames.js';
import { identifyLicenceText } from '../src/extract/licence/identify.js';
import { normaliseLicenceText } from '../src/extract/licence/normalise.js';
import { spdxHeaderExtractor } from '../src/extract/licence/spdx-header-extractor.js';
import { licenceFileExtractor } from '../src/extract/licence/licence-file-extractor.js';
import { AI_LICENCES } from '../src/knowledge/licences/ai-licences.js';
import type { Evidence, ScanWarning } from '../src/types/evidence.js';
import type { ReadFile } from '../src/types/extractor.js';
import { fileInfo } from '../src/inventory/walk.js';
import { SPDX, fillTemplate, licenceFileFor } from './helpers/spdx-fill.js';

function collect(): {
  evidence: Evidence[];
  warnings: ScanWarning[];
  sink: { add(e: Evidence): void; warn(w: ScanWarning): void };
} {
  const evidence: Evidence[] = [];
  const warnings: ScanWarning[] = [];
  return { evidence, warnings, sink: { add: (e) => evidence.push(e), warn: (w) => warnings.push(w) } };
}

function textFile(path: string, text: string): ReadFile {
  return { info: fileInfo(path), size: text.length, text, binary: false };
}

const spdxText = (id: string): string => fillTemplate(SPDX[id]?.licenseText ?? '');

describe('licence file names', () => {
  test.each([
    ['LICENSE', 1.0],
    ['LICENCE', 1.0],
    ['UNLICENSE', 1.0],
    ['LICENSE.md', 0.95],
    ['licence.txt', 0.95],
    ['COPYING', 0.9],
    ['COPYING.md', 0.85],
    ['LICENSE.rst', 0.8],
    ['LICENSE-MIT', 0.7],
    ['LICENSE-APACHE', 0.7],
    ['LICENSE_MODEL', 0.7],
    ['MIT-LICENSE', 0.6],
    ['Tongyi Qianwen LICENSE AGREEMENT', 0.6],
    ['OFL.txt', 0.45],
    ['COPYRIGHT', 0.35],
    ['COPYRIGHT.txt', 0.3],
    ['models/llama/LICENSE', 1.0],
  ])('%s scores %f', (path, score) => {
    expect(scoreLicenceFileName(path)?.score).toBe(score);
  });

  test("a website's copyright.html footer is no licence file; LICENSE.html and COPYRIGHT.rst are", () => {
    expect(scoreLicenceFileName('docs/en/overrides/partials/copyright.html')).toBeNull();
    expect(scoreLicenceFileName('site/COPYRIGHT.htm')).toBeNull();
    expect(scoreLicenceFileName('LICENSE.html')?.score).toBe(0.95);
    expect(scoreLicenceFileName('COPYRIGHT.rst')?.score).toBe(0.25);
  });

  test('header templates that tools stamp on files are no licence files', () => {
    for (const path of [
      'docs/license_header.txt',
      'LICENSE-HEADER',
      'copyright-header.txt',
      'license_template.md',
    ])
      expect({ path, score: scoreLicenceFileName(path) }).toEqual({ path, score: null });
    expect(scoreLicenceFileName('LICENSE-HEADLESS-UI')?.score).toBe(0.7);
  });

  test('REUSE LICENSES/<id>.txt scores 1.0 and declares its id', () => {
    expect(scoreLicenceFileName('LICENSES/MIT.txt')).toEqual({ score: 1, kind: 'reuse', declaredId: 'MIT' });
    expect(scoreLicenceFileName('LICENSES/LicenseRef-acme.txt')?.declaredId).toBe('LicenseRef-acme');
  });

  test('acceptable-use policies are candidates of their own kind', () => {
    expect(scoreLicenceFileName('models/llama2/USE_POLICY.md')?.kind).toBe('policy');
    expect(scoreLicenceFileName('ACCEPTABLE_USE_POLICY.txt')?.kind).toBe('policy');
  });

  test.each([
    'README.md',
    'NOTICE',
    'src/license.ts',
    'lib/licence.py',
    'package.json',
    'docs/licensing-faq.md',
  ])('%s is not a licence file', (path) => {
    expect(scoreLicenceFileName(path)).toBeNull();
  });
});

describe('normalisation', () => {
  test('markup, wrapping, copyright lines, URLs and spelling do not change the words', () => {
    const plain =
      'MIT License\n\nCopyright (c) 2020 Jane\n\nPermission is granted to use this licence, see the site https://example.org/x.';
    const markdown =
      '# The **MIT** Licence\n\nCopyright 2024 Other Person <o@example.org>\n\n> Permission is granted to use\n> this *license*, see [the site](https://example.org/x).';
    expect(normaliseLicenceText(markdown).tokens).toEqual(normaliseLicenceText(plain).tokens);
    expect(normaliseLicenceText(plain).tokens).toEqual([
      'permission',
      'is',
      'granted',
      'to',
      'use',
      'this',
      'license',
      'see',
      'the',
      'site',
    ]);
  });

  test('template fields are dropped', () => {
    const filled = normaliseLicenceText(
      'Title\n\nIN NO EVENT SHALL <COPYRIGHT HOLDER> BE LIABLE, [yyyy] [name of copyright owner].',
    );
    expect(filled.tokens).toEqual(['in', 'no', 'event', 'shall', 'be', 'liable']);
  });
});

describe('SPDX matching', () => {
  test('MIT as projects commit it: other title, real copyright line, British spelling', () => {
    const text = spdxText('MIT')
      .replace('MIT License', 'The MIT Licence (MIT)')
      .replace(/license/g, 'licence');
    expect(identifyLicenceText(text)).toMatchObject({ id: 'MIT', method: 'exact', confidence: 1 });
  });

  test('Apache-2.0 without its how-to-apply appendix is still Apache-2.0', () => {
    const full = spdxText('Apache-2.0');
    const cut = full.slice(0, full.indexOf('END OF TERMS AND CONDITIONS'));
    expect(identifyLicenceText(cut)?.id).toBe('Apache-2.0');
  });

  test('a GPL-2.0 text reports the current id and the ids sharing its text', () => {
    const match = identifyLicenceText(licenceFileFor('GPL-2.0-or-later'));
    expect(match?.id).toBe('GPL-2.0-only');
    expect(match?.sameText).toEqual(expect.arrayContaining(['GPL-2.0-only', 'GPL-2.0-or-later']));
  });

  test.each([
    ['GPL-3.0-only', 'AGPL-3.0-only'],
    ['AGPL-3.0-only', 'GPL-3.0-only'],
    ['LGPL-2.1-only', 'GPL-2.0-only'],
    ['LGPL-3.0-only', 'GPL-3.0-only'],
  ])('%s is not taken for %s', (id, other) => {
    const match = identifyLicenceText(licenceFileFor(id));
    expect(match?.id).toBe(id);
    expect(match?.sameText).not.toContain(other);
  });
});

describe('the NC / ND / SA guard', () => {
  test.each([
    'CC-BY-4.0',
    'CC-BY-NC-4.0',
    'CC-BY-ND-4.0',
    'CC-BY-SA-4.0',
    'CC-BY-NC-SA-4.0',
    'CC-BY-NC-ND-4.0',
  ])('%s is identified as itself', (id) => {
    expect(identifyLicenceText(licenceFileFor(id))?.id).toBe(id);
  });

  test('a CC BY text that also says NonCommercial is not CC-BY-4.0', () => {
    const text = `${spdxText('CC-BY-4.0')}\n\nAdditional term: NonCommercial use only.\n`;
    expect(identifyLicenceText(text)?.id ?? null).not.toBe('CC-BY-4.0');
  });

  test('a CC BY-NC text stripped of "NonCommercial" is not CC-BY-NC-4.0', () => {
    const text = spdxText('CC-BY-NC-4.0').replace(/non-?commercial/gi, 'Commercial');
    expect(identifyLicenceText(text)?.id ?? null).not.toBe('CC-BY-NC-4.0');
  });

  test('a CC BY-SA text without "ShareAlike" is not CC-BY-SA-4.0', () => {
    const text = spdxText('CC-BY-SA-4.0').replace(/share-?alike/gi, 'Similar');
    expect(identifyLicenceText(text)?.id ?? null).not.toBe('CC-BY-SA-4.0');
  });

  test('a CC BY text that says ShareAlike is not CC-BY-4.0', () => {
    const text = `${spdxText('CC-BY-4.0')}\n\nAdaptations must be shared alike (ShareAlike).\n`;
    expect(identifyLicenceText(text)?.id ?? null).not.toBe('CC-BY-4.0');
  });
});

describe('lookalikes', () => {
  test('a "Modified MIT License" is not MIT', () => {
    const text = spdxText('MIT').replace('MIT License', 'Modified MIT License');
    const match = identifyLicenceText(text);
    expect(match?.id).toBeNull();
    expect(match?.detail).toMatch(/modified mit license/i);
  });

  test('MIT with an added revenue condition is not MIT', () => {
    const text = `${spdxText('MIT')}\n\nYou are not authorized to exercise any rights under this license if your monthly revenue exceeds a limit.\n`;
    expect(identifyLicenceText(text)?.id ?? null).not.toBe('MIT');
  });

  test('a TII Falcon licence "based on the Apache License" is not Apache-2.0', () => {
    const apache = spdxText('Apache-2.0');
    const falcon = `FALCON 180B TII LICENSE VERSION 1.0\n\nThis license is, in part, based on the Apache License Version 2.0.\n\n${apache}\n\nHosting Use is not licensed.`;
    const match = identifyLicenceText(falcon);
    expect(match?.id).toBe('LicenseRef-falcon-180b-tii-1.0');
    expect(match?.method).toBe('phrase');
  });

  test('an Apache text with only the Falcon family phrase is not Apache-2.0 either', () => {
    const text = `This license is, in part, based on the Apache License.\n\n${spdxText('Apache-2.0')}`;
    const match = identifyLicenceText(text);
    expect(match?.id ?? null).not.toBe('Apache-2.0');
    expect(match?.detail).toMatch(/tii-falcon/);
  });
});

describe('AI licences by their phrases', () => {
  test.each(AI_LICENCES.map((e) => [e.id, e] as const))(
    '%s is recognised from a short text with its phrases',
    (id, entry) => {
      const text = [
        ...entry.markers.slice(0, 2),
        'This short text was written for a test. It is not the licence itself.',
        ...(entry.familyMarkers ?? []),
      ].join('\n\n');
      const match = identifyLicenceText(text);
      expect(match).toMatchObject({ id, method: 'phrase' });
      expect(match?.confidence).toBeGreaterThanOrEqual(0.9);
    },
  );

  test('Llama 3.1 and Llama 3.2 are told apart, wrapped and emphasised', () => {
    const v31 =
      '**LLAMA 3.1 COMMUNITY\nLICENSE AGREEMENT**\n\nLlama 3.1 Version Release Date: July 23, 2024\n\n"Llama Materials" ... "Built with Llama".';
    const v32 = v31.replace(/3\.1/g, '3.2').replace('July 23, 2024', 'September 25, 2024');
    expect(identifyLicenceText(v31)?.id).toBe('LicenseRef-llama3.1');
    expect(identifyLicenceText(v32)?.id).toBe('LicenseRef-llama3.2');
  });

  test('Qwen and the Qwen research licence are told apart', () => {
    expect(identifyLicenceText('Qwen RESEARCH LICENSE AGREEMENT\n\nBuilt with Qwen.')?.id).toBe(
      'LicenseRef-qwen-research',
    );
    expect(identifyLicenceText('Qwen LICENSE AGREEMENT\n\nBuilt with Qwen.')?.id).toBe('LicenseRef-qwen');
  });

  test('family phrases alone name the family, not a version', () => {
    const match = identifyLicenceText('The "Llama Materials" may be used. Say "Built with Llama".');
    expect(match?.id).toBeNull();
    expect(match?.detail).toMatch(/meta-llama family/);
    expect(
      identifyLicenceText(
        'Use-based restrictions as referenced in paragraph 5 apply to Derivatives of the Model.',
      )?.id,
    ).toBe('LicenseRef-openrail');
  });

  test('every entry carries its terms and at least one source', () => {
    for (const entry of AI_LICENCES) {
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(entry.osiApproved).toBe(false);
      for (const marker of [...entry.markers, ...(entry.familyMarkers ?? [])]) {
        expect(marker.split(/\s+/).length).toBeLessThan(12);
      }
      expect(entry.id === 'AML' || entry.id.startsWith('LicenseRef-')).toBe(true);
    }
    const llama = AI_LICENCES.find((e) => e.id === 'LicenseRef-llama3.1');
    expect(llama).toMatchObject({ commercialUse: 'restricted', acceptableUsePolicy: { required: true } });
    expect(llama?.userCap).toMatch(/700 million/);
  });
});

describe('copyright notices and unknown texts', () => {
  test('a copyright notice alone is no licence', () => {
    const match = identifyLicenceText('Copyright (c) 2026 Example Maintainers.\nAll rights reserved.\n');
    expect(match).toMatchObject({ id: null, noLicence: true });
  });

  test('an unknown text is unrecognised, and the extractor says so', () => {
    expect(identifyLicenceText('You may use this only on Tuesdays.\n\nThe authors.')).toBeNull();
    const { evidence, sink } = collect();
    licenceFileExtractor.extract(textFile('LICENSE', 'You may use this only on Tuesdays.\n'), sink);
    expect(evidence).toEqual([
      expect.objectContaining({
        kind: 'licence',
        id: null,
        file: 'LICENSE',
        line: 1,
        detail: 'unrecognised licence text',
      }),
    ]);
  });

  test('odd input never throws', () => {
    for (const text of [
      '',
      '\u0000\u0001',
      '#'.repeat(100_000),
      'a-'.repeat(50_000),
      '['.repeat(20_000) + ']',
      '<'.repeat(30_000),
    ]) {
      expect(() => identifyLicenceText(text)).not.toThrow();
    }
  });
});

describe('SPDX-License-Identifier headers', () => {
  const scan = (path: string, text: string) => {
    const { evidence, warnings, sink } = collect();
    expect(spdxHeaderExtractor.wants(fileInfo(path))).toBe('head');
    spdxHeaderExtractor.extract(
      { info: fileInfo(path), size: text.length, head: new TextEncoder().encode(text), binary: false },
      sink,
    );
    return { evidence, warnings };
  };

  test('a valid header', () => {
    const { evidence, warnings } = scan(
      'src/a.py',
      '#!/usr/bin/env python\n# SPDX-License-Identifier: MIT\n',
    );
    expect(evidence).toEqual([
      {
        kind: 'licence',
        file: 'src/a.py',
        line: 2,
        id: 'MIT',
        confidence: 1,
        method: 'spdx-header',
        source: 'spdx-header',
        detail: expect.any(String),
      },
    ]);
    expect(warnings).toEqual([]);
  });

  test('a compound expression inside a block comment', () => {
    const { evidence } = scan('src/k.c', '/* SPDX-License-Identifier: MIT OR Apache-2.0 */\nint x;\n');
    expect(evidence[0]).toMatchObject({ id: 'MIT OR Apache-2.0', line: 1 });
  });

  test('an invalid expression warns and is recorded without an id', () => {
    const { evidence, warnings } = scan('src/b.ts', '// SPDX-License-Identifier: MIT OR\n');
    expect(evidence[0]).toMatchObject({ id: null, line: 1, method: 'spdx-header' });
    expect(warnings[0]).toMatchObject({ file: 'src/b.ts', line: 1, code: 'malformed' });
  });

  test('only the head counts, and a tag in a string literal is not a header', () => {
    const late = `${'x = 1\n'.repeat(40)}# SPDX-License-Identifier: MIT\n`;
    expect(scan('src/late.py', late).evidence).toEqual([]);
    expect(scan('src/lit.py', 'note = "SPDX-License-Identifier: MIT"\n').evidence).toEqual([]);
  });

  test('files that are not code are not asked for', () => {
    expect(spdxHeaderExtractor.wants(fileInfo('README.md'))).toBeNull();
    expect(spdxHeaderExtractor.wants(fileInfo('model.safetensors'))).toBeNull();
  });
});
