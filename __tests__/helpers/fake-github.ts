// A small stand-in for the GitHub REST API on 127.0.0.1: it keeps state (comments,
// reviews, check runs), records every request it was sent, and can be told to fail.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  authorization?: string;
}

export interface Failure {
  method: string;
  /** Requests whose path starts with this fail. */
  pathPrefix: string;
  status: number;
  /** How many times to fail before answering normally; Infinity for always. */
  times: number;
}

interface Comment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly issueComments: Comment[] = [];
  readonly reviewComments: { id: number; path: string; line: number; body: string }[] = [];
  readonly reviews: { id: number; event: string; commit_id: string; comments: unknown[] }[] = [];
  readonly checkRuns: {
    id: number;
    name: string;
    conclusion: string;
    head_sha?: string;
    outputs: { title?: string; summary?: string; annotations?: unknown[] }[];
  }[] = [];
  readonly reactions: { commentId: number; content: string }[] = [];
  failures: Failure[] = [];
  prFiles: { filename: string; patch?: string }[] = [];
  /** Repository permission by login (GET .../collaborators/{login}/permission); others get 404. */
  permissions: Record<string, { permission: string; role_name: string }> = {};
  /** The pull request GET .../pulls/{n} answers with; `nextHeadSha` replaces its head after one answer. */
  pull: { headSha: string; baseSha: string; nextHeadSha?: string } = { headSha: '', baseSha: '' };
  private nextId = 1000;
  private server?: http.Server;
  url = '';

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  reset(): void {
    this.requests.length = 0;
    this.reactions.length = 0;
    this.failures = [];
  }

  /** A comment someone wrote on the pull request; returns its id. */
  addComment(body: string, login: string, type = 'User'): number {
    const id = this.nextId++;
    this.issueComments.push({
      id,
      body,
      html_url: `https://github.example/pr#comment${id}`,
      user: { login, type },
    });
    return id;
  }

  /** Requests that change something (everything but GET). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private send(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    this.requests.push({ method, path, body, authorization: req.headers.authorization });

    const failure = this.failures.find(
      (f) => f.method === method && path.startsWith(f.pathPrefix) && f.times > 0,
    );
    if (failure) {
      failure.times--;
      this.send(res, failure.status, {
        message: failure.status === 403 ? 'Resource not accessible by integration' : 'Bad gateway',
      });
      return;
    }
    const b = (body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/user')
      return this.send(res, 403, { message: 'Resource not accessible by integration' });
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      if (method === 'GET') return this.send(res, 200, this.issueComments);
      const comment = {
        id: this.nextId++,
        body: String(b.body ?? ''),
        html_url: `https://github.example/pr/${m[1]}#comment`,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      };
      comment.html_url += comment.id;
      this.issueComments.push(comment);
      return this.send(res, 201, comment);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/collaborators\/([^/]+)\/permission$/.exec(path))) {
      const level = this.permissions[decodeURIComponent(m[1] ?? '')];
      if (!level) return this.send(res, 404, { message: 'Not Found' });
      return this.send(res, 200, { ...level, user: { login: m[1] } });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+$/.test(path) && method === 'GET') {
      const { headSha, baseSha, nextHeadSha } = this.pull;
      if (nextHeadSha) this.pull = { headSha: nextHeadSha, baseSha };
      return this.send(res, 200, {
        number: 7,
        state: 'open',
        head: { sha: headSha },
        base: { sha: baseSha },
      });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)\/reactions$/.exec(path)) && method === 'POST') {
      const reaction = { commentId: Number(m[1]), content: String(b.content) };
      this.reactions.push(reaction);
      return this.send(res, 201, { id: this.nextId++, content: reaction.content });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)) && method === 'DELETE') {
      const at = this.issueComments.findIndex((c) => c.id === Number(m?.[1]));
      if (at < 0) return this.send(res, 404, { message: 'Not Found' });
      this.issueComments.splice(at, 1);
      res.writeHead(204).end();
      return;
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const comment = this.issueComments.find((c) => c.id === Number(m?.[1]));
      if (!comment) return this.send(res, 404, { message: 'Not Found' });
      comment.body = String(b.body ?? '');
      return this.send(res, 200, comment);
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(path)) return this.send(res, 200, this.prFiles);
    if (/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/comments$/.test(path))
      return this.send(res, 200, this.reviewComments);
    if (/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/reviews$/.test(path) && method === 'POST') {
      const comments = (b.comments as { path: string; line: number; body: string }[] | undefined) ?? [];
      const review = { id: this.nextId++, event: String(b.event), commit_id: String(b.commit_id), comments };
      this.reviews.push(review);
      for (const c of comments)
        this.reviewComments.push({ id: this.nextId++, path: c.path, line: c.line, body: c.body });
      return this.send(res, 200, review);
    }
    if (/^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(path) && method === 'POST') {
      const run = {
        id: this.nextId++,
        name: String(b.name),
        conclusion: String(b.conclusion),
        head_sha: String(b.head_sha),
        outputs: [b.output as { title?: string; summary?: string; annotations?: unknown[] }],
      };
      this.checkRuns.push(run);
      return this.send(res, 201, { ...run, html_url: `https://github.example/runs/${run.id}` });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const run = this.checkRuns.find((r) => r.id === Number(m?.[1]));
      if (!run) return this.send(res, 404, { message: 'Not Found' });
      run.outputs.push(b.output as { title?: string; summary?: string; annotations?: unknown[] });
      return this.send(res, 200, { ...run, html_url: '' });
    }
    this.send(res, 404, { message: `fake GitHub has no ${method} ${path}` });
  }
}
