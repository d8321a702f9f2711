// A stand-in Hugging Face Hub on 127.0.0.1: /api/models/{org}/{name} (and /api/datasets/...,
// kept under "datasets/{org}/{name}") answers with the card data it was given, or a status;
// it records each request's path and Authorization header.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export class FakeHub {
  readonly requests: { path: string; authorization?: string }[] = [];
  readonly models = new Map<string, unknown>();
  readonly statuses = new Map<string, number>();
  private server?: http.Server;
  url = '';

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const path = req.url ?? '/';
      this.requests.push({ path, authorization: req.headers.authorization });
      const id = decodeURIComponent(
        path.replace(/^\/api\/models\//, '').replace(/^\/api\/datasets\//, 'datasets/'),
      );
      const status = this.statuses.get(id) ?? (this.models.has(id) ? 200 : 404);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status === 200 ? this.models.get(id) : { error: 'Repository not found' }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
