// The one on-disk cache of remote answers, keyed by URL: a file per URL under the cache
// folder (src/util/cache-dir.ts), with the answer's ETag and when it was fetched, so an old
// entry is revalidated instead of fetched again. A damaged entry is a miss, never an error.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface CachedAnswer {
  url: string;
  status: number;
  etag?: string;
  /** ISO time of the last fetch or revalidation. */
  fetchedAt: string;
  body: string;
}

/** Largest answer kept; a registry's answer for one package is far smaller. */
const MAX_BODY = 4 * 1024 * 1024;

export class HttpCache {
  constructor(private readonly dir: string) {}

  private fileOf(url: string): string {
    const key = crypto.createHash('sha256').update(url).digest('hex');
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(url: string): CachedAnswer | null {
    try {
      const entry = JSON.parse(fs.readFileSync(this.fileOf(url), 'utf8')) as Partial<CachedAnswer>;
      if (entry.url !== url || typeof entry.body !== 'string' || typeof entry.status !== 'number')
        return null;
      if (typeof entry.fetchedAt !== 'string' || Number.isNaN(Date.parse(entry.fetchedAt))) return null;
      return entry as CachedAnswer;
    } catch {
      return null;
    }
  }

  /** Writes atomically (a temporary file renamed), so a reader never sees half an entry. */
  put(entry: CachedAnswer): void {
    if (entry.body.length > MAX_BODY) return;
    const file = this.fileOf(entry.url);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(entry));
      fs.renameSync(tmp, file);
    } catch {
      // An unwritable cache means no cache.
    }
  }
}
