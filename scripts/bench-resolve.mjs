// Resolve-stage benchmark: `node dist/cli.js scan --online` on a repository that declares
// 2,000 npm dependencies, against a stand-in deps.dev-compatible service on 127.0.0.1 that
// answers each request after 50 ms: cold (empty cache folder) and warm (the same folder).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout } from 'node:timers';

const DEPENDENCIES = 2000;
const ANSWER_MS = 50;

function standIn() {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    setTimeout(() => {
      const m = /^\/v3\/systems\/npm\/packages\/([^/]+)(\/versions\/([^/]+))?$/.exec(req.url ?? '');
      if (!m) return res.writeHead(404).end('{}');
      const name = decodeURIComponent(m[1]);
      const body = m[2]
        ? { versionKey: { name, version: m[3] }, licenses: ['MIT'] }
        : { versions: [{ versionKey: { name, version: '1.0.0' }, isDefault: true }] };
      res.writeHead(200, { 'content-type': 'application/json', etag: `"${name}"` }).end(JSON.stringify(body));
    }, ANSWER_MS);
  });
  return {
    server,
    count: () => requests,
    listen: () =>
      new Promise((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${server.address().port}`))),
  };
}

function scan(cli, dir, env) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, 'scan', dir, '--online', '-f', 'json', '--fail-on', 'none'], {
      env,
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0) return reject(new Error(`scan exited with ${code}`));
      const report = JSON.parse(out);
      const licensed = report.components.filter((c) => c.type === 'dependency' && c.licence).length;
      resolve({ ms, licensed });
    });
  });
}

/** Cold and warm wall times of an online scan; the figures, never an assertion. */
export async function resolveBench(cli, work) {
  const repo = path.join(work, 'resolve-2000');
  fs.mkdirSync(repo, { recursive: true });
  const dependencies = Object.fromEntries(
    Array.from({ length: DEPENDENCIES }, (_, i) => [`bench-pkg-${String(i).padStart(4, '0')}`, '^1.0.0']),
  );
  fs.writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'bench', dependencies }, null, 2));
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-bench-cache-'));
  const service = standIn();
  const url = await service.listen();
  try {
    const env = { ...process.env, AI_OPENNESS_CACHE_DIR: cache, AI_OPENNESS_DEPS_URL: url };
    const cold = await scan(cli, repo, env);
    const coldRequests = service.count();
    const warm = await scan(cli, repo, env);
    return {
      dependencies: DEPENDENCIES,
      answerMs: ANSWER_MS,
      cold: { ...cold, requests: coldRequests },
      warm: { ...warm, requests: service.count() - coldRequests },
    };
  } finally {
    service.server.close();
    fs.rmSync(cache, { recursive: true, force: true });
  }
}
