import { load, CORE_SCHEMA } from 'js-yaml';

export const MAX_YAML_BYTES = 256 * 1024;

export type YamlResult = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Parses untrusted YAML: the core schema only (no custom tags, no code), a size cap, and
 * errors returned as a one-line message instead of thrown.
 */
export function parseYamlSafely(text: string, maxBytes = MAX_YAML_BYTES): YamlResult {
  if (text.length > maxBytes) return { ok: false, error: `YAML block is over the ${maxBytes}-byte limit` };
  try {
    return { ok: true, value: load(text, { schema: CORE_SCHEMA }) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: message.split('\n')[0] ?? 'invalid YAML' };
  }
}
