// The scan spreads reading and extraction over worker threads when it runs from the bundle
// (dist/scan-worker.mjs beside dist/cli.js). Whatever the threads do, the report must be the
// one a single thread gives, byte for byte, limits included.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';
import { NOT_READ, type Batch, type BatchOutcome } from '../src/scan/batch.js';
import { mergeOutcomes } from '../src/scan/merge.js';
import { wantsBytes } from '../src/scan.js';
import { packBatch, unpackBatch } from '../src/scan/shared-state.js';
import { WorkerPool } from '../src/scan/worker-pool.js';
import fs from 'node:fs';
import os from 'node:os';
import { fileInfo } from '../src/inventory/walk.js';
import type { Evidence } from '../src/types/evidence.js';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');

const PROSE = 'We evaluate the model on held-out data and describe how the weights were trained. ';

/** A repository big enough that worker threads take part: many small files and some long pages. */
function bigRepo(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {
    'README.md': '# Demo\n\nDemo is an open-source AI assistant built on Llama 3.1.\n',
    LICENSE: 'Licensed under the Apache License, Version 2.0\n',
    'requirements.txt': 'torch\ntransformers\nopenai\n',
    'pkg/binary.py': new Uint8Array([0x70, 0x00, 0x01, 0x02, 0x00]),
    'pkg/latin1.md': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
  };
  for (let i = 0; i < 1500; i++) {
    const dir = `pkg/m${i % 37}`;
    files[`${dir}/train_${i}.py`] =
      `from transformers import AutoModel\nmodel = AutoModel.from_pretrained("${i % 2 ? 'mistralai/Mistral-7B-v0.1' : 'meta-llama/Llama-3.1-8B'}")\n`;
    files[`${dir}/client_${i}.js`] =
      `import OpenAI from 'openai';\nconst c = new OpenAI();\nawait c.chat.completions.create({ model: 'gpt-4o', messages: [] });\n`;
  }
  for (let i = 0; i < 40; i++) {
    files[`docs/page-${i}.md`] =
      `# Page ${i}\n\n${PROSE.repeat(1500)}\n\nWe fine-tune google/gemma-2-9b here.\n`;
    files[`cards/m${i}/README.md`] =
      `---\nlicense: apache-2.0\nbase_model: mistralai/Mistral-7B-v0.1\n---\n# Model ${i}\n`;
    files[`cards/m${i}/LICENSE`] =
      i % 2
        ? 'MIT License\n\nCopyright (c) 2024 Someone\n'
        : 'Copyright 2024 Someone. All rights reserved.\n';
  }
  return files;
}

function scan(
  root: string,
  ...extra: string[]
): { report: Record<string, unknown>; stats: { threads: number } } {
  const run = spawnSync(
    process.execPath,
    [cli, 'scan', root, '--format', 'json', '--fail-on', 'none', ...extra],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout) as Record<string, unknown> & {
    stats: { threads: number; durationMs?: number };
  };
  const stats = { ...report.stats };
  delete report.stats.durationMs;
  delete (report.stats as { threads?: number }).threads;
  return { report, stats };
}

describe('scanning on several threads', () => {
  let root: string;
  beforeAll(() => {
    root = makeTempRepo(bigRepo());
  });
  afterAll(() => removeTempRepo(root));

  it('gives the single-thread report, and a worker thread took part', () => {
    const one = scan(root, '--threads', '1');
    const two = scan(root, '--threads', '2');
    expect(one.stats.threads).toBe(1);
    expect(two.stats.threads).toBe(2);
    expect(JSON.stringify(two.report)).toBe(JSON.stringify(one.report));
    // The report is a real one: files read, components found, per-file warnings kept in order.
    const warnings = (one.report.warnings as Array<{ code: string }>).map((w) => w.code);
    expect(warnings).toEqual(expect.arrayContaining(['binary', 'bad-encoding']));
    expect((one.report.components as unknown[]).length).toBeGreaterThan(3);
  }, 120_000);

  it('applies the per-file and total-bytes limits exactly as a single thread does', () => {
    const limits = ['--max-file-size', '60000', '--max-total-size', '400000'];
    const one = scan(root, '--threads', '1', ...limits);
    const two = scan(root, '--threads', '2', ...limits);
    expect(JSON.stringify(two.report)).toBe(JSON.stringify(one.report));
    const warnings = one.report.warnings as Array<{ code: string; message: string }>;
    expect(warnings.some((w) => w.code === 'too-large')).toBe(true);
    expect(warnings.find((w) => w.code === 'limit-reached')?.message).toMatch(/Total read limit/);
  }, 120_000);
});

describe('how many threads a scan starts by default', () => {
  let many: string;
  let big: string;
  beforeAll(() => {
    many = makeTempRepo(bigRepo());
    // A few hundred files, but 20 MiB of pages to read: ten batches, so a worker that starts
    // late (a loaded machine) still finds some left.
    const pages: Record<string, string> = { 'README.md': '# Pages\n' };
    for (let i = 0; i < 160; i++) pages[`docs/page-${i}.md`] = `# Page ${i}\n\n${PROSE.repeat(1_600)}\n`;
    big = makeTempRepo(pages);
  });
  afterAll(() => {
    removeTempRepo(many);
    removeTempRepo(big);
  });

  it('keeps some thousands of small files on one thread, and gives the same report', () => {
    const auto = scan(many);
    expect(auto.stats.threads).toBe(1);
    expect(JSON.stringify(auto.report)).toBe(JSON.stringify(scan(many, '--threads', '2').report));
  }, 120_000);

  it('starts workers for a few files that hold many megabytes', () => {
    const auto = scan(big);
    if (os.availableParallelism() > 1) expect(auto.stats.threads).toBeGreaterThan(1);
    expect(JSON.stringify(auto.report)).toBe(JSON.stringify(scan(big, '--threads', '1').report));
  }, 120_000);
});

describe('what a scan expects to read, when it weighs starting threads', () => {
  const batchOf = (files: Record<string, number>): Batch => ({
    entries: Object.keys(files).map((p) => fileInfo(p)),
    needs: Object.keys(files).map(() => 'text' as const),
    takers: Object.keys(files).map(() => 1),
  });
  const sized = (files: Record<string, number>) => new Map(Object.entries(files));
  const limit = 2 * 1024 * 1024;
  const many = (n: number, name: (i: number) => string, size: number): Record<string, number> =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [name(i), size]));

  it('counts a file over the per-file limit by its head alone, and a notebook by what its cells hold', () => {
    const pages = many(20, (i) => `docs/p${i}.md`, 1024 * 1024);
    expect(wantsBytes('/', [batchOf(pages)], limit, sized(pages))).toBe(true);
    const dumps = many(20, (i) => `dumps/d${i}.md`, 3 * 1024 * 1024);
    expect(wantsBytes('/', [batchOf(dumps)], limit, sized(dumps))).toBe(false);
    const notebooks = many(20, (i) => `nb/n${i}.ipynb`, 1024 * 1024);
    expect(wantsBytes('/', [batchOf(notebooks)], limit, sized(notebooks))).toBe(false);
  });
});

describe('mergeOutcomes', () => {
  const batch = (...paths: string[]): Batch => ({
    entries: paths.map((p) => ({ path: p, name: p, ext: '' })),
    needs: paths.map(() => 'text' as const),
    takers: paths.map(() => 1),
  });
  const found = (file: string): Evidence => ({ kind: 'claim', file, line: 1 }) as unknown as Evidence;
  /** One evidence item and 10 bytes per read file; NOT_READ where a thread found the budget spent. */
  const outcome = (paths: string[], skipped: string[] = []): BatchOutcome => {
    const out: BatchOutcome = { evidence: [], warnings: [], bytes: [], evidenceEnd: [], warningsEnd: [] };
    for (const p of paths) {
      if (skipped.includes(p)) out.bytes.push(NOT_READ);
      else {
        out.bytes.push(10);
        out.evidence.push(found(p));
      }
      out.evidenceEnd.push(out.evidence.length);
      out.warningsEnd.push(0);
    }
    return out;
  };

  it('keeps walk order, reads late what a thread skipped before the limit, and drops what comes after it', () => {
    const late: string[] = [];
    const readLate = (single: Batch): BatchOutcome => {
      const p = single.entries[0]?.path ?? '';
      late.push(p);
      return outcome([p]);
    };
    // The second thread read batch 2 first and spent the budget, so the first skipped b and c.
    const merged = mergeOutcomes(
      [batch('a', 'b', 'c'), batch('d', 'e')],
      [outcome(['a', 'b', 'c'], ['b', 'c']), outcome(['d', 'e'])],
      30,
      readLate,
    );
    expect(late).toEqual(['b', 'c']);
    expect(merged.evidence.map((e) => e.file)).toEqual(['a', 'b', 'c']);
    expect(merged).toMatchObject({ filesRead: 3, bytesRead: 30, unread: ['d', 'e'] });
  });
});

describe('packBatch / unpackBatch', () => {
  it('carries every entry, symlink target, need and taker set between threads unchanged', () => {
    const batch: Batch = {
      entries: [
        fileInfo('README.md'),
        { ...fileInfo('docs/link.md'), target: '/repo/docs/real.md' },
        fileInfo('odd\nname with spaces.PY'),
        fileInfo('model.gguf'),
      ],
      needs: ['text', 'text', 'text', 'head'],
      // Extractors past the eighth (bit 8 and up) must cross too.
      takers: [0b1010_0001, 1 << 9, 255 | (1 << 15), 2 ** 31],
    };
    expect(unpackBatch(packBatch(batch))).toEqual(batch);
  });
});

describe('WorkerPool when a worker fails on a batch', () => {
  // A stand-in worker that claims every batch and fails on it: it marks the batch done, posts
  // nothing, and leaves a file behind so the test knows it got that far.
  const failing = (doneFile: string): string => `import fs from 'node:fs';
import { workerData, parentPort } from 'node:worker_threads';
const { state } = workerData;
parentPort.on('message', (m) => {
  if (m.type === 'batch' && Atomics.compareExchange(state.claims, m.k, 0, 1) === 0) {
    Atomics.store(state.claims, m.k, 3);
    Atomics.add(state.progress, 0, 1);
    Atomics.notify(state.progress, 0);
    fs.writeFileSync(${JSON.stringify(doneFile)}, 'done');
  }
  if (m.type === 'end') parentPort.close();
});
`;

  it('returns no outcome for that batch, so the main thread reads it, and counts no helper', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-worker-'));
    const script = path.join(dir, 'failing-worker.mjs');
    const doneFile = path.join(dir, 'done');
    fs.writeFileSync(script, failing(doneFile));
    try {
      const pool = WorkerPool.start(
        1,
        { root: dir, maxFileBytes: 1000, maxTotalBytes: 1000 },
        4,
        pathToFileURL(script),
      );
      if (pool === null) throw new Error('the pool did not start');
      pool.post(0, { entries: [fileInfo('a.md')], needs: ['text'], takers: [1] });
      pool.end();
      for (let i = 0; i < 250 && !fs.existsSync(doneFile); i++) await new Promise((r) => setTimeout(r, 20));
      const { outcomes, helped } = pool.collect(1);
      expect(pool.claimForMain(0)).toBe(false); // the worker had taken it
      pool.close();
      expect(outcomes.has(0)).toBe(false);
      expect(helped).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
