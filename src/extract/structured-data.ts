import { parse as parseToml } from 'smol-toml';
import type { EvidenceSink } from '../types/extractor.js';
import { parseYamlSafely } from './safe-yaml.js';

// Parsing untrusted manifests and configs: a parse error becomes one 'malformed' warning
// naming the file and the parser's message, and the caller moves on with `undefined`.

export type Format = 'JSON' | 'TOML' | 'YAML';

export function parseOrWarn(text: string, format: Format, file: string, sink: EvidenceSink): unknown {
  try {
    if (format === 'JSON') return JSON.parse(text);
    if (format === 'TOML') return parseToml(text);
    const yaml = parseYamlSafely(text);
    if (yaml.ok) return yaml.value;
    throw new Error(yaml.error);
  } catch (err) {
    const message =
      (err instanceof Error ? err.message : String(err)).split('\n')[0]?.trim() || 'parse error';
    sink.warn({
      file,
      code: 'malformed',
      message: `${file} is not valid ${format} (${message}); what it declares was not read.`,
    });
    return undefined;
  }
}

export type Rec = Record<string, unknown>;

/** A plain object (not an array, not null). */
export function asRecord(value: unknown): Rec | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Rec) : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The strings of an array, skipping anything else; [] when it is not an array. */
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Own entries of a plain object; [] for anything else. */
export function entriesOf(value: unknown): [string, unknown][] {
  const rec = asRecord(value);
  return rec ? Object.entries(rec) : [];
}
