// Runs the scanner's own code in a worker thread, so a test can put a time limit on it.
// A catastrophic regex backtrack or an endless loop inside Jest's thread would hang the
// whole run; in a worker it is cut off (terminate) and the test fails with a timing.
// The sources are bundled once with esbuild (a dev dependency) into a temporary folder.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What the worker does with one request. */
export type SandboxRequest =
  | {
      op: 'extract';
      /** Extractor name (Extractor.name) to run. */
      extractor: string;
      /** Path relative to the root; name and extension are derived as the walk does. */
      path: string;
      text: string;
    }
  | {
      op: 'scan';
      root: string;
    };

export interface ExtractResult {
  ms: number;
  added: number;
  warned: number;
  /** The extractor threw (it must not). */
  error?: string;
}

export interface ScanOutputs {
  ms: number;
  /** Growth of the worker's heapUsed from before the scan to just after it (bytes). */
  heapGrowth: number;
  json: string;
  text: string;
  markdown: string;
  comment: string;
  warnings: { file?: string; code: string; message: string }[];
}

export type Timed<T> = { timedOut: false; value: T } | { timedOut: true; ms: number };

// The worker: imports the bundle, answers one request per message.
const WORKER_SOURCE = `
import { parentPort } from 'node:worker_threads';
import * as src from './bundle.mjs';
parentPort.on('message', (req) => {
  try {
    if (req.op === 'extract') {
      const info = src.fileInfo(req.path);
      const extractor = src.defaultExtractors.find((e) => e.name === req.extractor);
      const bytes = Buffer.from(req.text, 'utf8');
      const file = { info, size: bytes.length, text: req.text, head: bytes.subarray(0, 65536), binary: false };
      let added = 0;
      let warned = 0;
      const sink = { add: () => added++, warn: () => warned++ };
      const t = performance.now();
      let error;
      try {
        extractor.extract(file, sink);
      } catch (err) {
        error = String(err && err.stack ? err.stack : err);
      }
      parentPort.postMessage({ ok: true, value: { ms: performance.now() - t, added, warned, error } });
      return;
    }
    const before = process.memoryUsage().heapUsed;
    const t = performance.now();
    const report = src.analyse(req.root);
    const ms = performance.now() - t;
    const heapGrowth = process.memoryUsage().heapUsed - before;
    parentPort.postMessage({
      ok: true,
      value: {
        ms,
        heapGrowth,
        json: src.renderJson(report),
        text: src.renderText(report),
        markdown: src.renderMarkdown(report),
        comment: src.buildCommentBody(report, null),
        warnings: report.warnings,
      },
    });
  } catch (err) {
    parentPort.postMessage({ ok: false, error: String(err && err.stack ? err.stack : err) });
  }
});
`;

const ENTRY_SOURCE = (root: string): string => `
export { defaultExtractors } from ${JSON.stringify(path.join(root, 'src/extract/index.ts'))};
export { analyse } from ${JSON.stringify(path.join(root, 'src/pipeline.ts'))};
export { fileInfo } from ${JSON.stringify(path.join(root, 'src/inventory/walk.ts'))};
export { renderJson } from ${JSON.stringify(path.join(root, 'src/render/json.ts'))};
export { renderText } from ${JSON.stringify(path.join(root, 'src/render/text.ts'))};
export { renderMarkdown } from ${JSON.stringify(path.join(root, 'src/render/markdown.ts'))};
export { buildCommentBody } from ${JSON.stringify(path.join(root, 'src/publish/comment-body.ts'))};
`;

export class Sandbox {
  private worker: Worker | null = null;

  private constructor(private readonly dir: string) {}

  /** Bundles the sources (about a second) into a fresh temporary folder. */
  static create(): Sandbox {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-sandbox-'));
    fs.writeFileSync(path.join(dir, 'entry.ts'), ENTRY_SOURCE(PROJECT));
    fs.writeFileSync(path.join(dir, 'worker.mjs'), WORKER_SOURCE);
    // The licence corpus is read beside the running module, as in dist/.
    fs.copyFileSync(
      path.join(PROJECT, 'node_modules', 'spdx-license-list', 'spdx-full.json'),
      path.join(dir, 'spdx-full.json'),
    );
    buildSync({
      entryPoints: [path.join(dir, 'entry.ts')],
      outfile: path.join(dir, 'bundle.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
      nodePaths: [path.join(PROJECT, 'node_modules')],
      banner: {
        js: `import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(${JSON.stringify(path.join(PROJECT, 'package.json'))});`,
      },
    });
    return new Sandbox(dir);
  }

  private ensureWorker(): Worker {
    if (this.worker === null) {
      // A heap cap turns memory exhaustion into a worker error instead of a crashed test run.
      this.worker = new Worker(path.join(this.dir, 'worker.mjs'), {
        resourceLimits: { maxOldGenerationSizeMb: 1024 },
      });
      this.worker.unref();
    }
    return this.worker;
  }

  /** Sends one request; resolves with the answer, or with timedOut after `timeoutMs` (the worker is killed). */
  run(req: SandboxRequest & { op: 'extract' }, timeoutMs: number): Promise<Timed<ExtractResult>>;
  run(req: SandboxRequest & { op: 'scan' }, timeoutMs: number): Promise<Timed<ScanOutputs>>;
  run(req: SandboxRequest, timeoutMs: number): Promise<Timed<ExtractResult | ScanOutputs>> {
    const worker = this.ensureWorker();
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const cleanup = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (msg: { ok: boolean; value?: ExtractResult | ScanOutputs; error?: string }): void => {
        cleanup();
        if (msg.ok && msg.value !== undefined) resolve({ timedOut: false, value: msg.value });
        else reject(new Error(`sandbox request failed: ${msg.error ?? 'unknown'}`));
      };
      const onError = (err: Error): void => {
        cleanup();
        this.worker = null;
        reject(err);
      };
      const onExit = (code: number): void => {
        cleanup();
        this.worker = null;
        reject(new Error(`sandbox worker exited with code ${code}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        this.worker = null;
        void worker.terminate();
        resolve({ timedOut: true, ms: performance.now() - started });
      }, timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(req);
    });
  }

  async close(): Promise<void> {
    if (this.worker !== null) await this.worker.terminate();
    this.worker = null;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
