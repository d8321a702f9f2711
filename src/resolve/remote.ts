// Every remote call of the resolve stage goes through here: one cache, one retry policy, a
// timeout per request and a bound on how many run at once. Answers are data: a body that is
// not JSON, a status we do not expect, a slow or dead server each become an outcome with a
// reason, and nothing is thrown at the caller.

import { HttpCache } from './http-cache.js';

export type Outcome =
  | { ok: true; status: number; json: unknown; url: string; fetchedAt: string; cached: boolean }
  | { ok: false; status?: number; reason: string; url: string };

export interface RemoteOptions {
  cache: HttpCache | null;
  /** Entries younger than this are used without asking the server. */
  ttlMs: number;
  timeoutMs: number;
  /** Retries after the first try, for network errors, 429 and 5xx. */
  retries: number;
  /** Base delay of the retries (doubled each time); Retry-After wins when shorter than maxDelayMs. */
  retryDelayMs: number;
  maxDelayMs: number;
  concurrency: number;
  /** Headers for every request (an Authorization header is never logged or cached). */
  headers?: Record<string, string>;
  now?: () => number;
}

export const DEFAULT_REMOTE: Omit<RemoteOptions, 'cache'> = {
  ttlMs: 7 * 24 * 3600 * 1000,
  timeoutMs: 10_000,
  retries: 2,
  retryDelayMs: 500,
  maxDelayMs: 5_000,
  concurrency: 8,
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Statuses whose answer is worth keeping: a package that exists, or one that does not. */
const CACHEABLE = new Set([200, 404]);

export class RemoteClient {
  private running = 0;
  private readonly queue: (() => void)[] = [];
  /** Requests actually sent, for the report's figures and the tests. */
  sent = 0;
  /** Set when a request found the server unreachable after every retry: the rest fail fast. */
  private down: string | null = null;

  constructor(private readonly options: RemoteOptions) {}

  private async slot<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.options.concurrency) await new Promise<void>((r) => this.queue.push(r));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }

  /** GET a JSON document, from the cache when it is fresh, revalidated with its ETag when not. */
  getJson(url: string): Promise<Outcome> {
    const now = this.options.now ?? Date.now;
    const cached = this.options.cache?.get(url) ?? null;
    if (cached && now() - Date.parse(cached.fetchedAt) < this.options.ttlMs)
      return Promise.resolve(this.fromCache(cached, true));
    return this.slot(async () => {
      if (this.down) return cached ? this.fromCache(cached, true) : { ok: false, reason: this.down, url };
      const outcome = await this.fetchWithRetries(url, cached);
      // A dead or unreachable server answers no one: do not wait out every timeout again.
      if (!outcome.ok && outcome.status === undefined) {
        this.down = outcome.reason;
        if (cached) return this.fromCache(cached, true);
      }
      return outcome;
    });
  }

  private fromCache(
    entry: { status: number; body: string; url: string; fetchedAt: string },
    cached: boolean,
  ): Outcome {
    if (entry.status !== 200)
      return { ok: false, status: entry.status, reason: reasonOf(entry.status), url: entry.url };
    try {
      return {
        ok: true,
        status: 200,
        json: JSON.parse(entry.body),
        url: entry.url,
        fetchedAt: entry.fetchedAt,
        cached,
      };
    } catch {
      return { ok: false, status: 200, reason: 'the answer is not JSON', url: entry.url };
    }
  }

  private async fetchWithRetries(url: string, cached: ReturnType<HttpCache['get']>): Promise<Outcome> {
    const now = this.options.now ?? Date.now;
    let last: Outcome = { ok: false, reason: 'not tried', url };
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      const headers: Record<string, string> = { accept: 'application/json', ...this.options.headers };
      if (cached?.etag) headers['if-none-match'] = cached.etag;
      let response: Response;
      try {
        this.sent++;
        response = await fetch(url, {
          headers,
          signal: AbortSignal.timeout(this.options.timeoutMs),
          redirect: 'follow',
        });
      } catch (err) {
        const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
        last = {
          ok: false,
          reason: timedOut
            ? `no answer within ${this.options.timeoutMs} ms`
            : 'the server could not be reached',
          url,
        };
        if (attempt < this.options.retries) await sleep(this.delay(attempt));
        continue;
      }
      const fetchedAt = new Date(now()).toISOString();
      if (response.status === 304 && cached) {
        await response.body?.cancel();
        const refreshed = { ...cached, fetchedAt };
        this.options.cache?.put(refreshed);
        return this.fromCache(refreshed, true);
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        last = { ok: false, status: response.status, reason: reasonOf(response.status), url };
        if (attempt < this.options.retries)
          await sleep(this.delay(attempt, response.headers.get('retry-after')));
        continue;
      }
      const body = CACHEABLE.has(response.status) ? await response.text() : '';
      if (!CACHEABLE.has(response.status)) await response.body?.cancel();
      const entry = {
        url,
        status: response.status,
        fetchedAt,
        body,
        ...(response.headers.get('etag') ? { etag: response.headers.get('etag') as string } : {}),
      };
      if (CACHEABLE.has(response.status)) this.options.cache?.put(entry);
      return this.fromCache(entry, false);
    }
    return last;
  }

  private delay(attempt: number, retryAfter?: string | null): number {
    const asked = retryAfter ? Number(retryAfter) * 1000 : NaN;
    const backoff = this.options.retryDelayMs * 2 ** attempt;
    return Math.min(Number.isFinite(asked) && asked >= 0 ? asked : backoff, this.options.maxDelayMs);
  }
}

function reasonOf(status: number): string {
  if (status === 404) return 'not found (404)';
  if (status === 401 || status === 403) return `refused (${status}): private, gated, or a token is needed`;
  if (status === 429) return 'rate-limited (429)';
  if (status >= 500) return `server error (${status})`;
  return `unexpected answer (${status})`;
}
