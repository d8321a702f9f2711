// Where the tool keeps what it may reuse between runs on one machine. One place for every
// cache, so a workflow can keep it with actions/cache: AI_OPENNESS_CACHE_DIR, else
// $XDG_CACHE_HOME/ai-openness-check, else ~/.cache/ai-openness-check.
import os from 'node:os';
import path from 'node:path';

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.AI_OPENNESS_CACHE_DIR;
  if (chosen) return path.resolve(chosen);
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'ai-openness-check');
}
