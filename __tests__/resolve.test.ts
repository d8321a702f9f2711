// The resolve stage for dependency licences, against a stand-in service on 127.0.0.1: what
// it asks, the lock file first, the cache (no second request; an old entry revalidates with
// its ETag), each failure mode, and the CLI's --online.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { analyseResolved } from '../src/pipeline.js';
import { analyse, assertReportSchema } from './helpers/report-schema.js';
import { runCli } from '../src/cli/run.js';
import { pinnedVersion } from '../src/resolve/dependency-licences.js';
import { FakeDeps } from './helpers/fake-deps.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';
import type { Report } from '../src/types/report.js';

const FAST = { retryDelayMs: 1, maxDelayMs: 5, timeoutMs: 2_000 };

const PACKAGE_JSON = JSON.stringify({
  name: 'chat',
  license: 'MIT',
  dependencies: { express: '^4.18.0', '@acme/llm-runtime': '1.2.0', ghost: '^1.0.0' },
});

describe('resolving dependency licences', () => {
  const deps = new FakeDeps();
  let root = '';
  let cache = '';
  const env = (): NodeJS.ProcessEnv => ({ AI_OPENNESS_CACHE_DIR: cache, AI_OPENNESS_DEPS_URL: deps.url });
  const scan = (online = true, now?: () => number): Promise<Report> =>
    analyseResolved(root, {}, {}, { online, env: env(), remote: { ...FAST, ...(now ? { now } : {}) } });
  const dep = (r: Report, name: string) =>
    r.components.find((c) => c.type === 'dependency' && c.name === name);

  beforeAll(async () => {
    await deps.start();
    deps.add('npm', 'express', '4.21.2', { '4.21.2': ['MIT'] });
    deps.add('npm', '@acme/llm-runtime', '2.0.0', {
      '1.2.0': ['LicenseRef-Acme-Research-Only'],
      '2.0.0': ['MIT'],
    });
    root = makeTempRepo({ 'package.json': PACKAGE_JSON, 'app.js': 'require("express")\n' });
  });
  beforeEach(() => {
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-resolve-cache-'));
    deps.requests.length = 0;
    deps.failures = [];
  });
  afterAll(async () => {
    await deps.stop();
    removeTempRepo(root);
  });

  it('is offline unless asked: no request, licences unknown', async () => {
    const report = await scan(false);
    expect(deps.requests).toHaveLength(0);
    expect(dep(report, 'express')?.licence).toBeNull();
  });

  it('asks for the pinned version or the default one, sends names only, and cites the source', async () => {
    const report = await scan();
    assertReportSchema(JSON.parse(JSON.stringify(report)));
    expect(deps.requests.map((r) => r.path).sort()).toEqual(
      [
        '/v3/systems/npm/packages/%40acme%2Fllm-runtime/versions/1.2.0',
        '/v3/systems/npm/packages/express',
        '/v3/systems/npm/packages/express/versions/4.21.2',
        '/v3/systems/npm/packages/ghost',
      ].sort(),
    );
    expect(deps.requests.every((r) => r.authorization === undefined)).toBe(true);
    expect(dep(report, 'express')).toMatchObject({ licence: 'MIT', status: 'open' });
    expect(dep(report, 'express')?.source).toEqual({
      url: `${deps.url}/v3/systems/npm/packages/express/versions/4.21.2`,
      fetchedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    // What it could not confirm is said, and stays unknown.
    expect(dep(report, 'ghost')?.status).toBe('unknown');
    expect(report.warnings).toContainEqual({
      code: 'unresolved',
      message: 'Could not confirm the licence of 1 dependency (not found (404)): ghost. They stay unknown.',
    });
  });

  it('second run answers from the cache; an expired entry is revalidated with its ETag', async () => {
    await scan();
    const first = deps.requests.length;
    deps.requests.length = 0;
    await scan();
    expect(first).toBeGreaterThan(0);
    expect(deps.requests).toHaveLength(0);
    const later = Date.now() + 8 * 24 * 3600 * 1000;
    const report = await scan(true, () => later);
    const revalidated = deps.requests.filter((r) => r.path.endsWith('/versions/4.21.2'));
    expect(revalidated).toEqual([expect.objectContaining({ ifNoneMatch: '"express@4.21.2"' })]);
    expect(dep(report, 'express')?.licence).toBe('MIT');
  });

  it('retries a 5xx or 429, and a dead service leaves the licences unknown with one warning', async () => {
    deps.failures = [{ path: '/v3/systems/npm/packages/express', status: 503, times: 1 }];
    const retried = await scan();
    expect(deps.requests.filter((r) => r.path === '/v3/systems/npm/packages/express')).toHaveLength(2);
    expect(dep(retried, 'express')?.licence).toBe('MIT');

    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-resolve-cache-'));
    deps.failures = [{ path: '/v3/systems/npm/packages/express', status: 429, times: Infinity }];
    const limited = await scan();
    expect(deps.requests.filter((r) => r.path === '/v3/systems/npm/packages/express').length).toBe(2 + 3);
    expect(limited.warnings.map((w) => w.message)).toContain(
      'Could not confirm the licence of 1 dependency (rate-limited (429)): express. They stay unknown.',
    );

    const dead = await analyseResolved(
      root,
      {},
      {},
      {
        online: true,
        env: { AI_OPENNESS_CACHE_DIR: cache, AI_OPENNESS_DEPS_URL: 'http://127.0.0.1:9' },
        remote: FAST,
      },
    );
    expect(dead.warnings.find((w) => w.code === 'unresolved')?.message).toMatch(
      /^Could not confirm the licence of 3 dependencies \(the server could not be reached\)/,
    );
  });

  it('stops asking a server that cannot be reached: the rest fail at once, not after every timeout', async () => {
    let connections = 0;
    const dead = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(dead.address() as net.AddressInfo).port}`;
    try {
      const report = await analyseResolved(
        root,
        {},
        {},
        {
          online: true,
          env: { AI_OPENNESS_CACHE_DIR: cache, AI_OPENNESS_DEPS_URL: url },
          remote: { ...FAST, concurrency: 1 },
        },
      );
      // One package's three tries; the other two are not sent.
      expect(connections).toBe(3);
      expect(report.warnings.find((w) => w.code === 'unresolved')?.message).toMatch(
        /^Could not confirm the licence of 3 dependencies \(the server could not be reached\)/,
      );
    } finally {
      dead.close();
    }
  });

  it('turns a non-open licence on an AI dependency into a finding, not a lower code layer', async () => {
    // transformers is an AI library; this stand-in gives it a non-commercial licence.
    const aiRoot = makeTempRepo({
      'requirements.txt': 'transformers==4.40.0\n',
      'app.py': 'import transformers\n',
    });
    deps.add('pypi', 'transformers', '4.40.0', { '4.40.0': ['CC-BY-NC-4.0'] });
    try {
      const report = await analyseResolved(aiRoot, {}, {}, { online: true, env: env(), remote: FAST });
      expect(report.findings).toContainEqual(
        expect.objectContaining({
          rule: 'dependency-licence',
          severity: 'warning',
          file: 'requirements.txt',
          line: 1,
        }),
      );
      expect(report.findings.find((f) => f.rule === 'dependency-licence')?.message).toMatch(
        /brings in the AI library transformers under Creative Commons Attribution Non Commercial 4\.0/,
      );
      expect(report.layers.code.status).not.toBe('restricted');
    } finally {
      removeTempRepo(aiRoot);
    }
  });

  it('the CLI asks only with --online', async () => {
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: env() };
    await runCli(['scan', root, '-f', 'json', '--fail-on', 'none'], io);
    expect(deps.requests).toHaveLength(0);
    let out = '';
    await runCli(['scan', root, '-f', 'json', '--fail-on', 'none', '--online'], {
      ...io,
      stdout: { write: (s: string) => (out += s) },
    });
    expect(deps.requests.length).toBeGreaterThan(0);
    expect(JSON.parse(out).components.find((c: { name: string }) => c.name === 'express').licence).toBe(
      'MIT',
    );
  });
});

describe('the repository comes first', () => {
  it('a licence the npm lock file records serves the package.json entry too, offline', () => {
    const root = makeTempRepo({
      'package.json': JSON.stringify({ name: 'x', dependencies: { express: '^4.18.0' } }),
      'package-lock.json': JSON.stringify({
        name: 'x',
        lockfileVersion: 3,
        packages: {
          '': { name: 'x', dependencies: { express: '^4.18.0' } },
          'node_modules/express': { version: '4.21.2', license: 'MIT' },
        },
      }),
    });
    try {
      const expresses = analyse(root).components.filter((c) => c.name === 'express');
      expect(expresses.map((c) => [c.licence, c.locations.map((l) => l.file).sort()])).toEqual([
        ['MIT', ['package-lock.json', 'package.json']],
      ]);
    } finally {
      removeTempRepo(root);
    }
  });

  it('pins only what a declaration pins', () => {
    expect(pinnedVersion({ ecosystem: 'npm', version: '1.2.3' })).toBe('1.2.3');
    expect(pinnedVersion({ ecosystem: 'npm', version: '^1.2.3' })).toBeUndefined();
    expect(pinnedVersion({ ecosystem: 'pypi', version: '==4.40.0' })).toBe('4.40.0');
    expect(pinnedVersion({ ecosystem: 'pypi', version: '>=4.40' })).toBeUndefined();
    expect(pinnedVersion({ ecosystem: 'go', version: 'v0.3.1' })).toBe('v0.3.1');
    expect(pinnedVersion({ ecosystem: 'cargo', version: '1.2' })).toBeUndefined();
  });
});

describe('Maven coordinates', () => {
  const deps = new FakeDeps();
  let cache = '';
  afterAll(async () => {
    await deps.stop();
    fs.rmSync(cache, { recursive: true, force: true });
  });

  it('are looked up as group:artifact at the version a pom.xml or a Gradle file gives', async () => {
    await deps.start();
    deps.add('maven', 'dev.langchain4j:langchain4j', '0.36.0', { '0.36.0': ['Apache-2.0'] });
    deps.add('maven', 'com.google.guava:guava', '33.0.0-jre', { '33.0.0-jre': ['Apache-2.0'] });
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-resolve-maven-'));
    const root = makeTempRepo({
      'pom.xml': [
        '<project>',
        '  <properties><lc4j.version>0.36.0</lc4j.version></properties>',
        '  <dependencies>',
        '    <dependency>',
        '      <groupId>dev.langchain4j</groupId>',
        '      <artifactId>langchain4j</artifactId>',
        '      <version>${lc4j.version}</version>',
        '    </dependency>',
        '  </dependencies>',
        '</project>',
      ].join('\n'),
      'app/build.gradle.kts': 'dependencies {\n    implementation("com.google.guava:guava:33.0.0-jre")\n}\n',
    });
    try {
      const report = await analyseResolved(
        root,
        {},
        {},
        {
          online: true,
          env: { AI_OPENNESS_CACHE_DIR: cache, AI_OPENNESS_DEPS_URL: deps.url },
          remote: FAST,
        },
      );
      expect(deps.requests.map((r) => r.path).sort()).toEqual([
        '/v3/systems/maven/packages/com.google.guava%3Aguava/versions/33.0.0-jre',
        '/v3/systems/maven/packages/dev.langchain4j%3Alangchain4j/versions/0.36.0',
      ]);
      const dep = (name: string) => report.components.find((c) => c.type === 'dependency' && c.name === name);
      expect(dep('dev.langchain4j:langchain4j')).toMatchObject({
        licence: 'Apache-2.0',
        role: 'runtime',
        locations: [{ file: 'pom.xml', line: 4 }],
      });
      expect(dep('com.google.guava:guava')).toMatchObject({
        licence: 'Apache-2.0',
        locations: [{ file: 'app/build.gradle.kts', line: 2 }],
      });
      expect(dep('com.google.guava:guava')?.role).toBeUndefined(); // not an AI part
    } finally {
      removeTempRepo(root);
    }
  });
});
