// Resolve-stage benchmark: `node dist/cli.js scan --online` on a repository that declares
// 2,000 npm dependencies and loads 500 Hub models the knowledge base does not know, against
// a stand-in dependency service and Hub on 127.0.0.1 that answer each request after 50 ms:
// cold (empty cache folder) and warm (the same folder).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout } from 'node:timers';

const DEPENDENCIES = 2000;
const HUB_MODELS = 500;
const ANSWER_MS = 50;

function standIn() {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    setTimeout(() => {
      const hubModel = /^\/api\/models\/(.+)$/.exec(req.url ?? '');
      if (hubModel) {
        const card = { id: hubModel[1], cardData: { license: 'apache-2.0', datasets: ['bench/corpus'] } };
        return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(card));
      }
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
      const models = report.components.filter(
        (c) => c.type === 'model' && c.name.startsWith('bench-org/') && c.licence,
      ).length;
      resolve({ ms, licensed, models });
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
  const loads = Array.from(
    { length: HUB_MODELS },
    (_, i) => `m${i} = AutoModel.from_pretrained("bench-org/model-${i}")`,
  );
  fs.writeFileSync(
    path.join(repo, 'models.py'),
    ['from transformers import AutoModel', ...loads, ''].join('\n'),
  );
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-bench-cache-'));
  const service = standIn();
  const url = await service.listen();
  try {
    const env = { ...process.env, AI_OPENNESS_CACHE_DIR: cache, AI_OPENNESS_DEPS_URL: url, HF_ENDPOINT: url };
    const cold = await scan(cli, repo, env);
    const coldRequests = service.count();
    const warm = await scan(cli, repo, env);
    return {
      dependencies: DEPENDENCIES,
      hubModels: HUB_MODELS,
      answerMs: ANSWER_MS,
      cold: { ...cold, requests: coldRequests },
      warm: { ...warm, requests: service.count() - coldRequests },
    };
  } finally {
    service.server.close();
    fs.rmSync(cache, { recursive: true, force: true });
  }
}
