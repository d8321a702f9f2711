// The published package: `npm pack` makes a tarball that installs into a clean directory
// with nothing else (the bundles in dist/ carry every dependency), and its `ai-openness`
// command scans and summarizes there. No registry is asked: the tarball has no dependencies.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the npm package', () => {
  let tmp = '';
  let tarball = '';
  let installed = '';
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-pack-'));
    const out = execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(tmp, info?.filename ?? '');
    const app = path.join(tmp, 'clean');
    fs.mkdirSync(app);
    fs.writeFileSync(
      path.join(app, 'package.json'),
      '{ "name": "clean", "version": "1.0.0", "private": true }\n',
    );
    execFileSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
      cwd: app,
      encoding: 'utf8',
      env: { ...process.env, npm_config_cache: path.join(tmp, 'npm-cache') },
    });
    installed = app;
  }, 120_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('is publishable and ships the bundles, the action, the docs and nothing from the tests', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.private).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.scripts.prepublishOnly).toMatch(/check-dist/);
    const list = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(list).toEqual(
      expect.arrayContaining([
        'package/dist/cli.js',
        'package/dist/cli-main.cjs',
        'package/dist/index.mjs',
        'package/dist/spdx-index.bin',
        'package/action.yml',
        'package/docs/report.schema.json',
        'package/LICENSE',
      ]),
    );
    expect(list.some((f) => f.startsWith('package/__tests__/') || f.startsWith('package/src/'))).toBe(false);
  });

  it('installs with no other package and its ai-openness command scans an example', () => {
    expect(fs.readdirSync(path.join(installed, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual([
      'ai-openness-check',
    ]);
    const bin = path.join(installed, 'node_modules', '.bin', 'ai-openness');
    const env = { PATH: process.env.PATH, HOME: tmp, AI_OPENNESS_CACHE_DIR: path.join(tmp, 'cache') };
    const scan = spawnSync(
      bin,
      ['scan', path.join(ROOT, 'examples', 'llama-chat-app'), '-f', 'json', '-o', 'r.json'],
      { cwd: installed, env, encoding: 'utf8' },
    );
    expect(scan.stderr).toMatch(/failing \(fail-on mislabel\)/);
    expect(scan.status).toBe(1);
    const report = JSON.parse(fs.readFileSync(path.join(installed, 'r.json'), 'utf8'));
    expect(report.verdict).toBe('restricted');
    const sarif = spawnSync(bin, ['scan', path.join(ROOT, 'examples', 'tiny-open-lm'), '-f', 'cyclonedx'], {
      cwd: installed,
      env,
      encoding: 'utf8',
    });
    expect(sarif.status).toBe(0);
    expect(JSON.parse(sarif.stdout).specVersion).toBe('1.6');
    const summary = spawnSync(bin, ['summarize', 'r.json'], { cwd: installed, env, encoding: 'utf8' });
    expect(summary.stdout).toMatch(/\| r \| restricted \|/);
  });
});
