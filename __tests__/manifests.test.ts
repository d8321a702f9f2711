import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { aiPackageFor } from '../src/knowledge/ai-packages.js';
import { manifestExtractor } from '../src/extract/manifests/manifest-extractor.js';
import { manifestLicence } from '../src/extract/manifests/manifest-licence.js';
import { parseRequirement } from '../src/extract/manifests/pep508.js';
import { scanDirectory } from '../src/scan.js';
import type { Evidence, ScanWarning } from '../src/types/evidence.js';
import type { EvidenceSink } from '../src/types/extractor.js';
import { fileInfo } from '../src/inventory/walk.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';

const FIXTURES = '__tests__/fixtures/manifests';

function scan(dir: string): { evidence: Evidence[]; warnings: ScanWarning[] } {
  const { evidence, warnings } = scanDirectory(dir, { extractors: [manifestExtractor] });
  return { evidence, warnings };
}

function ofKind<K extends Evidence['kind']>(evidence: Evidence[], kind: K): Extract<Evidence, { kind: K }>[] {
  return evidence.filter((e): e is Extract<Evidence, { kind: K }> => e.kind === kind);
}

/** name@file:line role — compact enough to list a whole manifest in one assertion. */
function deps(evidence: Evidence[], file: string): string[] {
  return ofKind(evidence, 'dependency')
    .filter((d) => d.file === file)
    .map((d) => `${d.name}@${d.file}:${d.line} ${d.role}${d.provider ? `:${d.provider}` : ''}`);
}

describe('Python project (PEP 621, requirements, conda)', () => {
  const { evidence, warnings } = scan(`${FIXTURES}/python-app`);

  it('reads the [project] licence as an SPDX id on its line', () => {
    expect(ofKind(evidence, 'licence')).toEqual([
      {
        kind: 'licence',
        method: 'manifest',
        source: 'manifest',
        file: 'pyproject.toml',
        line: 8,
        id: 'Apache-2.0',
        confidence: 0.9,
        detail: 'pyproject.toml [project] license',
      },
    ]);
  });

  it('lists pyproject dependencies and optional dependencies with versions and lines', () => {
    expect(deps(evidence, 'pyproject.toml')).toEqual([
      'transformers@pyproject.toml:10 ai-library',
      'openai@pyproject.toml:11 closed-api-sdk:openai',
      'requests@pyproject.toml:12 other',
      'vllm@pyproject.toml:16 ai-library',
    ]);
    const transformers = ofKind(evidence, 'dependency').find((d) => d.name === 'transformers');
    expect(transformers).toMatchObject({ ecosystem: 'pypi', version: '>=4.40,<5' });
    expect(ofKind(evidence, 'dependency').find((d) => d.name === 'vllm')?.version).toBe('==0.6.0');
  });

  it('handles comments, options, extras, markers, hashes, continuations and editable installs', () => {
    expect(deps(evidence, 'requirements.txt')).toEqual([
      'torch@requirements.txt:5 ai-library',
      'sentence_transformers@requirements.txt:6 ai-library',
      'anthropic@requirements.txt:7 closed-api-sdk:anthropic',
      'numpy@requirements.txt:8 other',
      'peft@requirements.txt:10 ai-library',
    ]);
    const versions = ofKind(evidence, 'dependency')
      .filter((d) => d.file === 'requirements.txt')
      .map((d) => d.version);
    expect(versions).toEqual(['==2.3.1', '>=3.0', undefined, '>=1.26', undefined]);
  });

  it('reads requirements/*.txt on its own', () => {
    expect(deps(evidence, 'requirements/dev.txt')).toEqual(['pytest@requirements/dev.txt:1 other']);
  });

  it('reads conda specs (channel stripped, python and pip left out) and the pip sub-list', () => {
    const env = ofKind(evidence, 'dependency').filter((d) => d.file === 'environment.yml');
    expect(env.map((d) => [d.ecosystem, d.name, d.version, d.line, d.role])).toEqual([
      ['conda', 'pytorch', '>=2.1', 7, 'ai-library'],
      ['conda', 'numpy', '1.26', 8, 'other'],
      ['pypi', 'google-generativeai', '==0.7.0', 11, 'closed-api-sdk'],
      ['pypi', 'llama-index', undefined, 12, 'ai-library'],
    ]);
  });

  it('adds an API-use signal for each closed-API SDK dependency', () => {
    expect(ofKind(evidence, 'api')).toEqual([
      { kind: 'api', provider: 'google-gemini', signal: 'dependency', file: 'environment.yml', line: 11 },
      { kind: 'api', provider: 'openai', signal: 'dependency', file: 'pyproject.toml', line: 11 },
      { kind: 'api', provider: 'anthropic', signal: 'dependency', file: 'requirements.txt', line: 7 },
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('Node project (package.json, package-lock v3)', () => {
  const { evidence, warnings } = scan(`${FIXTURES}/node-app`);

  it('reads the licence and every dependency section', () => {
    expect(ofKind(evidence, 'licence')).toEqual([
      expect.objectContaining({
        file: 'package.json',
        line: 4,
        id: 'MIT',
        detail: 'package.json license field',
      }),
    ]);
    expect(deps(evidence, 'package.json')).toEqual([
      'openai@package.json:6 closed-api-sdk:openai',
      '@huggingface/transformers@package.json:7 ai-library',
      'express@package.json:8 other',
      'typescript@package.json:11 other',
    ]);
  });

  it('takes direct dependencies with their locked licence, and transitive ones only when AI', () => {
    const lock = ofKind(evidence, 'dependency').filter((d) => d.file === 'package-lock.json');
    expect(lock.map((d) => [d.name, d.version, d.licence, d.line, d.role])).toEqual([
      ['@huggingface/transformers', '3.0.2', 'Apache-2.0', 20, 'ai-library'],
      ['express', '4.19.2', 'MIT', 31, 'other'],
      ['onnxruntime-node', '1.19.2', 'MIT', 35, 'ai-library'],
      ['openai', '4.52.0', 'Apache-2.0', 39, 'closed-api-sdk'],
      ['typescript', '5.4.5', 'Apache-2.0', 43, 'other'],
    ]);
    expect(lock.some((d) => d.name === 'body-parser')).toBe(false);
    expect(warnings).toEqual([]);
  });
});

describe('Rust and Go project', () => {
  const { evidence } = scan(`${FIXTURES}/rust-go`);

  it('reads the Cargo licence expression and dependency tables, following renames', () => {
    expect(ofKind(evidence, 'licence')).toEqual([
      expect.objectContaining({ file: 'Cargo.toml', line: 5, id: 'MIT OR Apache-2.0', confidence: 0.9 }),
    ]);
    expect(deps(evidence, 'Cargo.toml')).toEqual([
      'candle-core@Cargo.toml:8 ai-library',
      'serde@Cargo.toml:9 other',
      'hf-hub@Cargo.toml:10 ai-library',
      'anyhow@Cargo.toml:13 other',
    ]);
  });

  it('reads go.mod requires, keeping indirect modules only when they are AI libraries', () => {
    expect(deps(evidence, 'go.mod')).toEqual([
      'github.com/tmc/langchaingo@go.mod:5 ai-library',
      'github.com/google/uuid@go.mod:8 other',
      'github.com/ollama/ollama@go.mod:9 ai-library',
    ]);
    expect(ofKind(evidence, 'dependency').find((d) => d.file === 'go.mod')?.version).toBe('v0.1.12');
  });
});

describe('closed-API SDKs in Go and Rust manifests', () => {
  it('marks Go modules (any major version) and crates of API SDKs, and says the API may be called', () => {
    const root = makeTempRepo({
      'go.mod': [
        'module example.com/support-bot',
        '',
        'go 1.23',
        '',
        'require (',
        '\tgithub.com/openai/openai-go/v3 v3.2.0',
        '\tgithub.com/anthropics/anthropic-sdk-go v1.13.0',
        '\tgoogle.golang.org/genai v1.30.0',
        '\tgithub.com/aws/aws-sdk-go-v2/service/bedrockruntime v1.40.0',
        '\tgithub.com/OpenAI/openai-go-fork v0.1.0',
        ')',
        '',
      ].join('\n'),
      'Cargo.toml':
        '[package]\nname = "bot"\nversion = "0.1.0"\n\n[dependencies]\nasync-openai = "0.29"\naws-sdk-bedrockruntime = "1"\nserde = "1"\n',
    });
    try {
      const { evidence } = scan(root);
      expect(deps(evidence, 'go.mod')).toEqual([
        'github.com/openai/openai-go/v3@go.mod:6 closed-api-sdk:openai',
        'github.com/anthropics/anthropic-sdk-go@go.mod:7 closed-api-sdk:anthropic',
        'google.golang.org/genai@go.mod:8 closed-api-sdk:google-gemini',
        'github.com/aws/aws-sdk-go-v2/service/bedrockruntime@go.mod:9 closed-api-sdk:bedrock',
        'github.com/OpenAI/openai-go-fork@go.mod:10 other',
      ]);
      expect(deps(evidence, 'Cargo.toml')).toEqual([
        // A community client that serves local servers as often: an AI library, not an API.
        'async-openai@Cargo.toml:6 ai-library',
        'aws-sdk-bedrockruntime@Cargo.toml:7 closed-api-sdk:bedrock',
        'serde@Cargo.toml:8 other',
      ]);
      expect(
        ofKind(evidence, 'api')
          .map((a) => `${a.file}:${a.line} ${a.provider} ${a.signal}`)
          .sort(),
      ).toEqual([
        'Cargo.toml:7 bedrock dependency',
        'go.mod:6 openai dependency',
        'go.mod:7 anthropic dependency',
        'go.mod:8 google-gemini dependency',
        'go.mod:9 bedrock dependency',
      ]);
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('Poetry project with a Pipfile', () => {
  const { evidence } = scan(`${FIXTURES}/poetry-app`);

  it('normalises a licence name to its SPDX id with a little less confidence', () => {
    expect(ofKind(evidence, 'licence')).toEqual([
      {
        kind: 'licence',
        method: 'manifest',
        source: 'manifest',
        file: 'pyproject.toml',
        line: 4,
        id: 'MIT',
        confidence: 0.8,
        detail: 'pyproject.toml [tool.poetry] license ("MIT License")',
      },
    ]);
  });

  it('reads Poetry tables (python left out, groups included) and Pipfile sections', () => {
    expect(deps(evidence, 'pyproject.toml')).toEqual([
      'torch@pyproject.toml:8 ai-library',
      'anthropic@pyproject.toml:9 closed-api-sdk:anthropic',
      'rich@pyproject.toml:10 other',
      'pytest@pyproject.toml:13 other',
    ]);
    expect(deps(evidence, 'Pipfile')).toEqual([
      'diffusers@Pipfile:6 ai-library',
      'cohere@Pipfile:7 closed-api-sdk:cohere',
      'black@Pipfile:10 other',
    ]);
  });
});

describe('setup.cfg', () => {
  const { evidence } = scan(`${FIXTURES}/setuptools-app`);

  it('reads [metadata] license, install_requires and extras_require', () => {
    expect(ofKind(evidence, 'licence').map((l) => [l.file, l.line, l.id])).toEqual([
      ['setup.cfg', 3, 'BSD-3-Clause'],
    ]);
    expect(deps(evidence, 'setup.cfg')).toEqual([
      'scikit-learn@setup.cfg:8 ai-library',
      'mistralai@setup.cfg:9 closed-api-sdk:mistral',
      'click@setup.cfg:11 other',
      'tensorflow@setup.cfg:14 ai-library',
    ]);
  });
});

describe('licences that name no licence', () => {
  it('SEE LICENSE IN gives id null with the pointer in the detail', () => {
    const { evidence } = scan(`${FIXTURES}/private-app`);
    expect(ofKind(evidence, 'licence')).toEqual([
      expect.objectContaining({
        file: 'package.json',
        line: 3,
        id: null,
        detail: 'package.json license field: "SEE LICENSE IN LICENSE.txt"',
      }),
    ]);
  });

  it.each([
    ['UNLICENSED', null, 0.9],
    ['Apache-2.0 WITH LLVM-exception', 'Apache-2.0 WITH LLVM-exception', 0.9],
    ['apache-2.0', 'Apache-2.0', 0.8],
    ['Apache License 2.0', 'Apache-2.0', 0.8],
    ['Proprietary, ask us', 'Proprietary, ask us', 0.5],
  ])('%s -> %s (confidence %s)', (raw, id, confidence) => {
    const licence = manifestLicence(raw, { file: 'x', line: 1 }, 'test field');
    expect(licence.id).toBe(id);
    expect(licence.confidence).toBe(confidence);
  });
});

describe('malformed and legacy manifests', () => {
  let root: string;
  beforeAll(() => {
    root = makeTempRepo({
      // Written here, not as fixtures: Jest's module map refuses a broken package.json in the tree.
      'bad-json/package.json': '{\n  "name": "broken",\n  "license": "MIT",\n',
      'bad-toml/pyproject.toml': '[project]\nname = "broken"\ndependencies = ["torch"\nlicense = "MIT"\n',
      'bad-yaml/environment.yml': 'dependencies:\n  - torch\n - [unclosed\n',
      'legacy/package.json': JSON.stringify({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] }, null, 2),
      'lock-v1/package-lock.json': JSON.stringify(
        {
          lockfileVersion: 1,
          dependencies: { openai: { version: '3.3.0' }, lodash: { version: '4.17.21' } },
        },
        null,
        2,
      ),
    });
  });
  afterAll(() => removeTempRepo(root));

  it('warns once per broken file, naming the file and the parser message, and goes on', () => {
    const { evidence, warnings } = scan(root);
    expect(warnings.map((w) => [w.file, w.code])).toEqual([
      ['bad-json/package.json', 'malformed'],
      ['bad-toml/pyproject.toml', 'malformed'],
      ['bad-yaml/environment.yml', 'malformed'],
    ]);
    expect(warnings[0]?.message).toMatch(/^bad-json\/package\.json is not valid JSON \(.+\)/);
    expect(warnings[1]?.message).toMatch(/^bad-toml\/pyproject\.toml is not valid TOML \(.+\)/);
    expect(evidence.filter((e) => e.file.startsWith('bad-'))).toEqual([]);
    // The other manifests in the same scan were still read.
    expect(ofKind(evidence, 'licence').map((l) => [l.file, l.line, l.id, l.detail])).toEqual([
      ['legacy/package.json', 2, 'MIT', 'package.json licenses field'],
      ['legacy/package.json', 2, 'Apache-2.0', 'package.json licenses field'],
    ]);
    expect(deps(evidence, 'lock-v1/package-lock.json')).toEqual([
      'openai@lock-v1/package-lock.json:4 closed-api-sdk:openai',
    ]);
  });
});

describe('parseRequirement', () => {
  it.each([
    [
      'transformers[torch,sentencepiece] >= 4.40 ; python_version < "3.13"',
      { name: 'transformers', extras: ['torch', 'sentencepiece'], version: '>=4.40' },
    ],
    ['torch (>=2.0)', { name: 'torch', extras: [], version: '>=2.0' }],
    ['my.pkg_name-', { name: 'my.pkg_name', extras: [] }],
    ['pkg @ https://example.com/pkg.whl', { name: 'pkg', extras: [], url: 'https://example.com/pkg.whl' }],
  ])('%s', (spec, expected) => {
    expect(parseRequirement(spec)).toEqual(expected);
  });

  it('rejects what is not a requirement', () => {
    expect(parseRequirement('./local/path')).toBeUndefined();
    expect(parseRequirement('https://example.com/x.whl')).toBeUndefined();
    expect(parseRequirement('name[unclosed')).toBeUndefined();
  });
});

describe('aiPackageFor', () => {
  it('matches per ecosystem, with PyPI name normalisation, prefixes and Go sub-modules', () => {
    expect(aiPackageFor('pypi', 'Sentence_Transformers')?.name).toBe('sentence-transformers');
    expect(aiPackageFor('pypi', 'langchain-community')?.name).toBe('langchain');
    expect(aiPackageFor('npm', '@langchain/core')?.name).toBe('@langchain/');
    expect(aiPackageFor('go', 'github.com/ollama/ollama/api')?.name).toBe('github.com/ollama/ollama');
    expect(aiPackageFor('cargo', 'candle_nn')?.name).toBe('candle-');
    expect(aiPackageFor('conda', 'pytorch')?.name).toBe('pytorch');
    expect(aiPackageFor('pypi', 'requests')).toBeUndefined();
    expect(aiPackageFor('cargo', 'burnt-toast')).toBeUndefined();
  });
});

describe('registration', () => {
  it('runs with the default extractors', () => {
    const { evidence } = scanDirectory(`${FIXTURES}/node-app`);
    expect(ofKind(evidence, 'licence').filter((l) => l.source === 'manifest')).toEqual([
      expect.objectContaining({ file: 'package.json', line: 4, id: 'MIT' }),
    ]);
    expect(ofKind(evidence, 'dependency')).toHaveLength(9);
  });
});

describe('robustness', () => {
  const names = [
    'package.json',
    'package-lock.json',
    'requirements.txt',
    'pyproject.toml',
    'setup.cfg',
    'Pipfile',
    'environment.yml',
    'go.mod',
    'Cargo.toml',
  ];

  it('never throws on arbitrary text in any manifest', () => {
    const sink: EvidenceSink = { add: () => undefined, warn: () => undefined };
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.string({ maxLength: 300 }), (name, text) => {
        const info = fileInfo(name);
        expect(manifestExtractor.wants(info)).toBe('text');
        manifestExtractor.extract({ info, size: text.length, text, binary: false }, sink);
      }),
      { numRuns: 400 },
    );
  });

  it('skips files whose text was not read', () => {
    const found: unknown[] = [];
    const sink: EvidenceSink = { add: (e) => found.push(e), warn: (w) => found.push(w) };
    manifestExtractor.extract(
      { info: fileInfo('package.json'), size: 9e6, binary: false, skipped: 'too-large' },
      sink,
    );
    expect(found).toEqual([]);
  });

  it('reads only manifest names', () => {
    expect(manifestExtractor.wants(fileInfo('docs/requirements.md'))).toBeNull();
    expect(manifestExtractor.wants(fileInfo('notes.txt'))).toBeNull();
    expect(manifestExtractor.wants(fileInfo('requirements-gpu.txt'))).toBe('text');
    expect(manifestExtractor.wants(fileInfo('ci/requirements/test.txt'))).toBe('text');
    expect(manifestExtractor.wants(fileInfo('environment-cuda.yaml'))).toBe('text');
  });

  it('stays fast on a large lock file', () => {
    const packages: Record<string, unknown> = { '': { dependencies: { openai: '^4' } } };
    for (let i = 0; i < 20_000; i++) packages[`node_modules/pkg-${i}`] = { version: '1.0.0', license: 'MIT' };
    packages['node_modules/openai'] = { version: '4.0.0', license: 'Apache-2.0' };
    const text = JSON.stringify({ lockfileVersion: 3, packages }, null, 2);
    const found: Evidence[] = [];
    const started = Date.now();
    manifestExtractor.extract(
      { info: fileInfo('package-lock.json'), size: text.length, text, binary: false },
      { add: (e) => found.push(e), warn: () => undefined },
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(ofKind(found, 'dependency').map((d) => d.name)).toEqual(['openai']);
  });
});

describe('pip install commands in notebooks, shell scripts and Dockerfiles', () => {
  it('declare the packages they name, as a requirements file would', async () => {
    const { analyse } = await import('../src/pipeline.js');
    const { makeTempRepo, removeTempRepo } = await import('./helpers/temp-repo.js');
    const cell =
      '!pip install -q llm_comparator "torch==2.3" "keras-nlp >= 0.14, <1" -r extra.txt git+https://example.org/x.git ./local\n';
    const root = makeTempRepo({
      'demo.ipynb': JSON.stringify({
        cells: [{ cell_type: 'code', source: [cell] }],
        metadata: {},
        nbformat: 4,
      }),
      'setup.sh': 'set -e\npython -m pip install --upgrade pip && pip install transformers\n',
      Dockerfile: 'FROM python:3.12\nRUN pip install --no-cache-dir -i https://pypi.org/simple accelerate\n',
    });
    try {
      const report = analyse(root, { threads: 1 }, {});
      const deps = report.components.filter((c) => c.type === 'dependency').map((c) => c.name);
      // A quoted requirement is one package, its version range no package of its own.
      expect(deps.sort()).toEqual([
        'accelerate',
        'keras-nlp',
        'llm_comparator',
        'pip',
        'torch',
        'transformers',
      ]);
      const role = (name: string) => report.components.find((c) => c.name === name)?.role;
      expect(role('llm_comparator')).toBe('evaluation');
      // AI libraries take a role from where they are declared; other packages are no AI part.
      expect(role('transformers')).toBe('runtime');
      expect(role('torch')).toBe('example'); // a notebook is an example of use
      expect(role('pip')).toBeUndefined();
    } finally {
      removeTempRepo(root);
    }
  });
});

describe('pom.xml and Gradle build files', () => {
  it('declare Maven coordinates, with the AI ones marked and provider SDKs as API use', async () => {
    const { scanDirectory } = await import('../src/scan.js');
    const { makeTempRepo, removeTempRepo } = await import('./helpers/temp-repo.js');
    const root = makeTempRepo({
      'pom.xml': [
        '<project>', // 1
        '  <properties>', // 2
        '    <djl.version>0.30.0</djl.version>', // 3
        '  </properties>', // 4
        '  <dependencies>', // 5
        '    <dependency><groupId>ai.djl</groupId><artifactId>api</artifactId><version>${djl.version}</version></dependency>', // 6
        '    <dependency>', // 7
        '      <groupId>com.openai</groupId>', // 8
        '      <artifactId>openai-java</artifactId>', // 9
        '      <version>${undefined.version}</version>', // 10
        '    </dependency>', // 11
        '    <dependency><groupId>junit</groupId><artifactId>junit</artifactId><scope>test</scope></dependency>', // 12
        '    <dependency><groupId>${x}</groupId><artifactId>y</artifactId></dependency>', // 13
        '  </dependencies>',
        '</project>',
      ].join('\n'),
      'build.gradle':
        "dependencies {\n    api 'org.tensorflow:tensorflow-core-platform:1.0.0'\n    // implementation 'a:b:1'\n}\n",
    });
    try {
      const evidence = scanDirectory(root).evidence;
      const deps = evidence
        .filter((e) => e.kind === 'dependency')
        .map((d) => `${d.file}:${d.line} ${d.name} ${d.version ?? '-'} ${d.role}`);
      expect(deps).toEqual([
        'build.gradle:2 org.tensorflow:tensorflow-core-platform 1.0.0 ai-library',
        'pom.xml:6 ai.djl:api 0.30.0 ai-library',
        'pom.xml:7 com.openai:openai-java - closed-api-sdk',
        'pom.xml:12 junit:junit - other',
      ]);
      expect(evidence.filter((e) => e.kind === 'api').map((a) => `${a.file}:${a.line}`)).toEqual([
        'pom.xml:7',
      ]);
    } finally {
      removeTempRepo(root);
    }
  });
});
