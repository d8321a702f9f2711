import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  baseUrl?: string;
  /** Base delay of retries in ms (tests shorten it). */
  retryAfterMs?: number;
  log?: (message: string) => void;
}

/**
 * The one GitHub client of a run, built by the entry point. Transient failures (5xx) are
 * retried with backoff; rate limits wait and retry a few times. Requests never log headers.
 */
export function createClient(options: ClientOptions): GitHubClient {
  const log = options.log ?? (() => undefined);
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      request: { retryAfter: options.retryAfterMs },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        onRateLimit: (after: number, req: { method: string; url: string }, _o: unknown, count: number) => {
          log(`Rate limit on ${req.method} ${req.url}; retrying in ${after} s (attempt ${count + 1}).`);
          return count < 2;
        },
        onSecondaryRateLimit: (
          after: number,
          req: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          log(
            `Secondary rate limit on ${req.method} ${req.url}; retrying in ${after} s (attempt ${count + 1}).`,
          );
          return count < 2;
        },
      },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(err: unknown): number | undefined {
  if (err && typeof err === 'object' && 'status' in err && typeof err.status === 'number') return err.status;
  return undefined;
}

/** An error message safe to print: the status and message, never the request or its headers. */
export function describeApiError(err: unknown): string {
  const status = statusOf(err);
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return status ? `HTTP ${status}: ${message}` : (message ?? 'unknown error');
}
