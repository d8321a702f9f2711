// The CLI runs its bundle from V8's code cache (src/launch/compiled-bundle.ts): the first run
// on a machine leaves compiled code in the cache folder, later runs load it, and nothing a
// broken, stale or unwritable cache holds changes what the CLI does.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../src/util/cache-dir.js';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
const example = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'tiny-open-lm');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-compile-cache-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function scan(env: Record<string, string>) {
  const { NODE_DISABLE_COMPILE_CACHE: _, ...inherited } = process.env;
  const run = spawnSync(process.execPath, [cli, 'scan', example, '--format', 'json', '--fail-on', 'none'], {
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout) as { stats: { durationMs?: number } };
  delete report.stats.durationMs;
  return JSON.stringify(report);
}

const compiledFiles = (dir: string): string[] => {
  const folder = path.join(dir, 'compiled');
  // The compiled code; beside each, a small count of the runs that used it.
  return fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .filter((f) => f.endsWith('.bin'))
        .map((f) => path.join(folder, f))
    : [];
};

describe('the compiled-code cache', () => {
  test('is written by the first run, again after the 1st, 2nd, 4th and 8th runs that use it, then left alone', () => {
    const dir = path.join(temp, 'fresh');
    const first = scan({ AI_OPENNESS_CACHE_DIR: dir });
    const [file, ...others] = compiledFiles(dir);
    expect(others).toEqual([]);
    expect(path.basename(file ?? '')).toMatch(new RegExp(`^cli-main\\.cjs-\\d+-\\d+-${process.version}-`));
    expect(fs.statSync(file ?? '').size).toBeGreaterThan(100_000);

    // A rewrite renames a new file into place: the inode tells it.
    const rewritten: number[] = [];
    let inode = fs.statSync(file ?? '').ino;
    for (let use = 1; use <= 10; use++) {
      expect(scan({ AI_OPENNESS_CACHE_DIR: dir })).toBe(first);
      const now = fs.statSync(file ?? '').ino;
      if (now !== inode) rewritten.push(use);
      inode = now;
    }
    expect(rewritten).toEqual([1, 2, 4, 8]);
  });

  test('each command fills its own: a first run of --version leaves a scan its whole cache', () => {
    const dir = path.join(temp, 'by-command');
    const { NODE_DISABLE_COMPILE_CACHE: _, ...inherited } = process.env;
    const version = spawnSync(process.execPath, [cli, '--version'], {
      encoding: 'utf8',
      env: { ...inherited, AI_OPENNESS_CACHE_DIR: dir },
    });
    expect(version.status).toBe(0);
    const [versionFile, ...none] = compiledFiles(dir);
    expect(none).toEqual([]);
    expect(path.basename(versionFile ?? '')).toMatch(/-option\.bin$/);

    scan({ AI_OPENNESS_CACHE_DIR: dir });
    const scanFile = compiledFiles(dir).find((f) => f.endsWith('-scan.bin'));
    // The scan's cache holds the functions a scan compiles, many more than --version does.
    expect(fs.statSync(scanFile ?? '').size).toBeGreaterThan(fs.statSync(versionFile ?? '').size * 1.2);
  });

  test('a damaged cache file is ignored and replaced', () => {
    const dir = path.join(temp, 'damaged');
    const first = scan({ AI_OPENNESS_CACHE_DIR: dir });
    const [file] = compiledFiles(dir);
    const garbage = Buffer.alloc(4096, 0x5a);
    fs.writeFileSync(file ?? '', garbage);
    expect(scan({ AI_OPENNESS_CACHE_DIR: dir })).toBe(first);
    const replaced = fs.readFileSync(file ?? '');
    expect(replaced.equals(garbage)).toBe(false);
    expect(replaced.length).toBeGreaterThan(100_000);
  });

  test('an unwritable cache folder only means no cache; NODE_DISABLE_COMPILE_CACHE turns it off', () => {
    const notAFolder = path.join(temp, 'a-file');
    fs.writeFileSync(notAFolder, 'not a folder\n');
    const reference = scan({ AI_OPENNESS_CACHE_DIR: path.join(temp, 'reference') });
    expect(scan({ AI_OPENNESS_CACHE_DIR: notAFolder })).toBe(reference);

    const off = path.join(temp, 'off');
    expect(scan({ AI_OPENNESS_CACHE_DIR: off, NODE_DISABLE_COMPILE_CACHE: '1' })).toBe(reference);
    expect(compiledFiles(off)).toEqual([]);
  });
});

describe('cacheDir', () => {
  test('AI_OPENNESS_CACHE_DIR, else $XDG_CACHE_HOME, else ~/.cache', () => {
    expect(cacheDir({ AI_OPENNESS_CACHE_DIR: '/tmp/x', XDG_CACHE_HOME: '/c' })).toBe(path.resolve('/tmp/x'));
    expect(cacheDir({ XDG_CACHE_HOME: '/c' })).toBe(path.join('/c', 'ai-openness-check'));
    expect(cacheDir({})).toBe(path.join(os.homedir(), '.cache', 'ai-openness-check'));
  });
});
