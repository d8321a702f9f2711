import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { scanDirectory } from '../src/scan.js';
import { analyse } from './helpers/report-schema.js';
import { claimsExtractor } from '../src/extract/claims/claims-extractor.js';
import type { ClaimEvidence, Evidence, ScanWarning } from '../src/types/evidence.js';
import type { ReadFile } from '../src/types/extractor.js';
import { fileInfo } from '../src/inventory/walk.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'claims');

type Row = [file: string, line: number, kind: ClaimEvidence['claimKind'], phrase: string];

/** Claims as [file, line, kind, phrase], in scan order. */
function claimsOf(evidence: Evidence[]): Row[] {
  return evidence
    .filter((e): e is ClaimEvidence => e.kind === 'claim')
    .map((c) => [c.file, c.line, c.claimKind, c.phrase]);
}

describe('claims in docs (scanDirectory)', () => {
  const result = scanDirectory(path.join(FIXTURES, 'docs-site'));

  it('finds each true claim at its file and line, and nothing in code, comments, tables or questions', () => {
    expect(claimsOf(result.evidence)).toEqual([
      ['README.md', 3, 'open-source-ai', 'fully open-source'],
      ['README.txt', 3, 'open-source-ai', '100% open source'],
      ['docs/guide/intro.md', 8, 'open-weights', 'open weights'],
      ['docs/guide/intro.md', 13, 'open-model', 'open model'],
      ['docs/overview.rst', 4, 'open-source-ai', 'open-source'],
    ]);
  });

  it('quotes the whole sentence, joined across lines', () => {
    const claim = result.evidence.find(
      (e): e is ClaimEvidence => e.kind === 'claim' && e.file === 'README.md',
    );
    expect(claim?.text).toBe('FooLM is a fully open-source language model for small devices.');
  });
});

describe('claims in manifests and citation files (scanDirectory)', () => {
  const result = scanDirectory(path.join(FIXTURES, 'manifests'));

  it('reads descriptions, keywords, titles and abstracts, with each line', () => {
    expect(claimsOf(result.evidence)).toEqual([
      ['CITATION.cff', 2, 'open-source-ai', 'fully open'],
      ['CITATION.cff', 6, 'open-weights', 'open-weight'],
      ['CITATION.cff', 9, 'open-model', 'open model'],
      ['package.json', 4, 'open-source-ai', 'open-source'],
      ['package.json', 8, 'open-weights', 'open-weights'],
    ]);
  });
});

describe('claims in a card body (scanDirectory)', () => {
  it('reads the prose but not the front matter', () => {
    const result = scanDirectory(path.join(FIXTURES, 'card-prose'));
    expect(claimsOf(result.evidence)).toEqual([['README.md', 10, 'open-model', 'open model']]);
  });
});

describe('claims extractor robustness', () => {
  const run = (relPath: string, text: string): { evidence: Evidence[]; warnings: ScanWarning[] } => {
    const evidence: Evidence[] = [];
    const warnings: ScanWarning[] = [];
    const file: ReadFile = { info: fileInfo(relPath), size: text.length, text, binary: false };
    claimsExtractor.extract(file, { add: (e) => evidence.push(e), warn: (w) => warnings.push(w) });
    return { evidence, warnings };
  };

  it('chooses its files', () => {
    const wanted = [
      'README',
      'docs/a.mdx',
      'x/y/z.rst',
      'README.txt',
      'package.json',
      'pyproject.toml',
      'CITATION.cff',
    ];
    for (const p of wanted) expect(claimsExtractor.wants(fileInfo(p))).toBe('text');
    for (const p of ['notes.txt', 'src/main.py', 'LICENSE', 'setup.cfg'])
      expect(claimsExtractor.wants(fileInfo(p))).toBeNull();
  });

  it('stays quiet on malformed manifests (the manifest extractor warns) and never throws', () => {
    expect(run('package.json', '{ "description": "an open-source LLM"')).toEqual({
      evidence: [],
      warnings: [],
    });
    expect(run('pyproject.toml', '[project\ndescription = ')).toEqual({ evidence: [], warnings: [] });
    expect(run('CITATION.cff', 'abstract: [unclosed')).toEqual({ evidence: [], warnings: [] });
    expect(run('package.json', '"just a string"')).toEqual({ evidence: [], warnings: [] });
  });

  it('handles huge one-line files and pathological markup quickly', () => {
    const inputs = [
      'a'.repeat(2_000_000),
      'We release an open-source model. ' + '`'.repeat(50_000),
      '<!--'.repeat(100_000),
      '_'.repeat(100_000) + 'x',
      '['.repeat(50_000) + '](' + '('.repeat(50_000),
      '<a' + ' b'.repeat(100_000),
      'open '.repeat(200_000),
      'fully open source '.repeat(100_000),
      'We release an open-source model\n'.repeat(100_000),
      '- open\n'.repeat(100_000),
    ];
    const started = Date.now();
    for (const text of inputs) expect(() => run('README.md', text)).not.toThrow();
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports one claim of a kind per line', () => {
    const { evidence } = run('README.md', 'FooLM is an open-source LLM with open-source weights.\n');
    expect(claimsOf(evidence)).toEqual([['README.md', 1, 'open-source-ai', 'open-source']]);
  });

  it('skips a binary README (no text) without a word', () => {
    const root = makeTempRepo({ 'README.md': new Uint8Array([0x6f, 0x70, 0x65, 0x6e, 0x00, 0x00, 0xff]) });
    try {
      const result = scanDirectory(root, { extractors: [claimsExtractor] });
      expect(result.evidence).toEqual([]);
      expect(result.warnings.map((w) => w.code)).toEqual(['binary']);
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('sections about other work', () => {
  const claimsIn = (readme: string): Row[] => {
    const root = makeTempRepo({ 'README.md': readme });
    try {
      return claimsOf(scanDirectory(root, { extractors: [claimsExtractor] }).evidence);
    } finally {
      removeTempRepo(root);
    }
  };

  it('reads no claim under Publications, Citation, Related work or Acknowledgements, to the next heading at their level', () => {
    const readme = [
      '# FooLM', // 1
      '',
      'FooLM is a fully open-source language model.', // 3
      '',
      '## Publications', // 5
      '',
      ' - A. Author. "[Polyglot-Ko: Open-Source Large-Scale Korean Language Models](https://arxiv.org/abs/1)." arXiv preprint.',
      '',
      '### Non-English', // 9
      '',
      'BarLM is an open-source language model for Korean.', // 11
      '',
      '## Models', // 13
      '',
      'Our weights are an open-source AI model release.', // 15
      '',
      '## Related Work', // 17
      '',
      'BazLM is a fully open-source model too.', // 19
      '',
      '# Citing FooLM', // 21
      '',
      'FooLM: An Open-Source Autoregressive Language Model.', // 23
      '',
      '# Acknowledgements:', // 25
      '',
      'We thank the open-source AI community.', // 27
      '',
    ].join('\n');
    expect(claimsIn(readme).map(([, line]) => line)).toEqual([3, 15]);
  });

  it('leaves a section that only mentions such words alone', () => {
    const readme = '# FooLM\n\n## Papers we love and our model\n\nFooLM is a fully open-source model.\n';
    expect(claimsIn(readme).map(([, line]) => line)).toEqual([5]);
  });
});

describe('a paragraph that opens by describing a linked project', () => {
  it('names that project, and the report keeps the claim only when it is this one', () => {
    const files = {
      'README.md': '# Acme\n\nAcme trains small models.\n',
      'docs/dstack.md':
        '# dstack\n\n[dstack](https://github.com/dstackai/dstack) is an open-source alternative to Slurm for AI workloads.\n\nOur model is a fully open-source AI model.\n',
      'docs/dstack.rst':
        'dstack\n======\n\n`dstack <https://github.com/dstackai/dstack>`__ is an open-source alternative to Slurm for AI workloads.\n\n`Acme <https://acme.example>`__ is an open-source AI model.\n',
    };
    const root = makeTempRepo(files);
    try {
      const evidence = scanDirectory(root, { extractors: [claimsExtractor] }).evidence;
      const about = evidence.flatMap((e) => (e.kind === 'claim' ? [[e.file, e.line, e.about ?? null]] : []));
      expect(about).toEqual([
        ['docs/dstack.md', 3, 'dstack'],
        ['docs/dstack.md', 5, null],
        ['docs/dstack.rst', 4, 'dstack'],
        ['docs/dstack.rst', 6, 'Acme'],
      ]);
      expect(analyse(root).claims.map((c) => `${c.file}:${c.line}`)).toEqual([
        'docs/dstack.md:5',
        'docs/dstack.rst:6',
      ]);
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('quoted titles', () => {
  const claimLines = (readme: string): number[] => {
    const root = makeTempRepo({ 'README.md': readme });
    try {
      return claimsOf(scanDirectory(root, { extractors: [claimsExtractor] }).evidence).map(
        ([, line]) => line,
      );
    } finally {
      removeTempRepo(root);
    }
  };

  it('are the cited work speaking, not this project', () => {
    expect(
      claimLines(
        [
          '# Llama 2', // 1
          '',
          'More information can be found in the paper "Llama-2: Open Foundation and Fine-tuned Chat Models".', // 3
          '',
          'See our blog post “FooLM: a fully open-source LLM”.', // 5
          '',
          'FooLM is a fully open-source LLM.', // 7
          '',
          'We call it "the fully open-source LLM for phones".', // 9
          '',
        ].join('\n'),
      ),
    ).toEqual([7, 9]);
  });
});

describe('projects that implement or collect other models', () => {
  it('make no claim about themselves by naming them open', () => {
    const root = makeTempRepo({
      'pyproject.toml':
        '[project]\nname = "lit"\nversion = "1"\ndescription = "Hackable implementation of state-of-the-art open-source LLMs"\n',
      'README.md': '# Zoo\n\nA model zoo of fully open-source LLMs.\n\nLit is a fully open-source LLM.\n',
    });
    try {
      expect(claimsOf(scanDirectory(root, { extractors: [claimsExtractor] }).evidence)).toEqual([
        ['README.md', 5, 'open-source-ai', 'fully open-source'],
      ]);
    } finally {
      removeTempRepo(root);
    }
  });
});

describe("a notebook's Markdown cells", () => {
  it('are read for claims, at the notebook line the sentence is on, and its code cells are not', () => {
    const notebook = JSON.stringify(
      {
        cells: [
          {
            cell_type: 'markdown',
            metadata: {},
            source: ['# Tern\n', '\n', 'Tern is a fully open-source AI model.\n'],
          },
          { cell_type: 'code', metadata: {}, source: ['# an open-source model\n', 'x = 1\n'] },
        ],
        metadata: {},
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1,
    );
    const lineOf = notebook.split('\n').findIndex((l) => l.includes('fully open-source')) + 1;
    const root = makeTempRepo({ 'intro.ipynb': notebook });
    try {
      expect(claimsOf(scanDirectory(root, { extractors: [claimsExtractor] }).evidence)).toEqual([
        ['intro.ipynb', lineOf, 'open-source-ai', 'fully open-source'],
      ]);
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('an intention', () => {
  it('is no claim about the project as it is', () => {
    const root = makeTempRepo({
      'README.md':
        '# Tern\n\nThe weights are under a research licence for now; we intend to release a fully open-source model later.\n',
    });
    try {
      expect(claimsOf(scanDirectory(root, { extractors: [claimsExtractor] }).evidence)).toEqual([]);
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('a name beside the phrase', () => {
  it('says whose model it is, and the report keeps the claim only when that is this project', () => {
    const files = {
      'README.md': [
        '# QuailLM', // 1
        '',
        'QuailLM2 is an upgraded version of the open-source model QuailLM.', // 3
        '',
        'We are not responsible for any misuse of QuailLM open-source models.', // 5
        '',
        'Our chat UI works with the open-source model MistralX.', // 7
        '',
        'An open-source AI Company builds tools.', // 9
        '',
        "It runs on Acme's open-source model Quail 2 for search.", // 11
        '',
      ].join('\n'),
    };
    const root = makeTempRepo(files);
    try {
      const evidence = scanDirectory(root, { extractors: [claimsExtractor] }).evidence;
      const about = evidence.flatMap((e) => (e.kind === 'claim' ? [[e.line, e.about ?? null]] : []));
      // A capital past the first letter makes a name: "Company" is a word, "MistralX" a name.
      // The name after the noun wins over its maker before ("Acme's ... model Quail 2").
      expect(about).toEqual([
        [3, 'QuailLM2'],
        [5, 'QuailLM'],
        [7, 'MistralX'],
        [11, 'Quail'],
      ]);
      expect(analyse(root).claims.map((c) => c.line)).toEqual([3, 5, 11]);
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('BibTeX titles in a README', () => {
  it("are the project's claims when they name it or one of its models before the colon", () => {
    const readme = [
      '# QuailLM', // 1
      '',
      'Small models.', // 3
      '',
      '## Citation', // 5
      '',
      '```bibtex', // 7
      '@article{quail2026,', // 8
      '  author = {Quail Team},', // 9
      '  title = {{QuailLM}: A Fully Open-Source Language Model},', // 10
      '  year = {2026}', // 11
      '}', // 12
      '@misc{other2025,', // 13
      '  title = "{OtherNet}: An Open-Source Vision Model",', // 14
      '}', // 15
      '@misc{survey,', // 16
      '  title = {Open-source language models are everywhere},', // 17
      '}', // 18
      '```', // 19
      '',
    ].join('\n');
    const root = makeTempRepo({ 'README.md': readme });
    try {
      const evidence = scanDirectory(root, { extractors: [claimsExtractor] }).evidence;
      const found = evidence.flatMap((e) => (e.kind === 'claim' ? [[e.line, e.about ?? null]] : []));
      expect(found).toEqual([
        [10, 'QuailLM'],
        [14, 'OtherNet'],
      ]);
      expect(analyse(root).claims.map((c) => [c.line, c.text])).toEqual([
        [10, 'QuailLM: A Fully Open-Source Language Model'],
      ]);
    } finally {
      removeTempRepo(root);
    }
  });
});

describe("the project's models counted among open ones", () => {
  it('is a claim ("our models and other open-source models", "the best among open LLMs"), a choice among them is not', () => {
    const root = makeTempRepo({
      'README.md': [
        '# Heron', // 1
        '',
        'We report scores for our models and other open-source models.', // 3
        '',
        'Our 7B model reaches the best performance among available open-source LLMs.', // 5
        '',
        'Our app lets you choose among open-source models.', // 7
        '',
        'We compare against other open-source models.', // 9
        '',
      ].join('\n'),
    });
    try {
      expect(
        claimsOf(scanDirectory(root, { extractors: [claimsExtractor] }).evidence).map(([, line]) => line),
      ).toEqual([3, 5]);
    } finally {
      removeTempRepo(root);
    }
  });
});
