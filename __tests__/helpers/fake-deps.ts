// A stand-in for a deps.dev-compatible dependency service on 127.0.0.1: packages with a
// default version and each version's licences, ETags, and failures on demand. It records
// every request (path and headers).

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DepsRequest {
  path: string;
  ifNoneMatch?: string;
  authorization?: string;
}

export class FakeDeps {
  readonly requests: DepsRequest[] = [];
  /** "system/name" → { default version, licences by version }. */
  packages = new Map<string, { defaultVersion: string; licences: Record<string, string[]> }>();
  /** Paths that answer with this status (times: how often; Infinity for always). */
  failures: { path: string; status: number; times: number }[] = [];
  /** Milliseconds before each answer (the benchmark's 50 ms server). */
  delayMs = 0;
  private server?: http.Server;
  url = '';

  add(system: string, name: string, defaultVersion: string, licences: Record<string, string[]>): void {
    this.packages.set(`${system}/${name}`, { defaultVersion, licences });
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const path = req.url ?? '/';
    this.requests.push({
      path,
      ifNoneMatch: req.headers['if-none-match'] as string | undefined,
      authorization: req.headers.authorization,
    });
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    const send = (status: number, body: unknown, etag?: string): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...(etag ? { etag } : {}) });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const failure = this.failures.find((f) => f.path === path && f.times > 0);
    if (failure) {
      failure.times--;
      return send(failure.status, { error: 'no' });
    }
    const m = /^\/v3\/systems\/([^/]+)\/packages\/([^/]+)(?:\/versions\/([^/]+))?$/.exec(path);
    const pkg = m ? this.packages.get(`${m[1]}/${decodeURIComponent(m[2] ?? '')}`) : undefined;
    if (!m || !pkg) return send(404, { error: 'not found' });
    const name = decodeURIComponent(m[2] ?? '');
    if (m[3] === undefined) {
      const versions = Object.keys(pkg.licences).map((version) => ({
        versionKey: { system: m[1]?.toUpperCase(), name, version },
        isDefault: version === pkg.defaultVersion,
      }));
      return send(200, { packageKey: { system: m[1]?.toUpperCase(), name }, versions });
    }
    const version = decodeURIComponent(m[3]);
    const licences = pkg.licences[version];
    if (!licences) return send(404, { error: 'not found' });
    const etag = `"${name}@${version}"`;
    if (req.headers['if-none-match'] === etag) return send(304, undefined, etag);
    return send(200, { versionKey: { name, version }, licenses: licences }, etag);
  }
}
