import { SCHEMA, type Settings } from './schema.js';

/** One setting a config file change moves: its key and both values, as written for people. */
export interface SettingChange {
  key: string;
  from: string;
  to: string;
}

/** A setting's value in one line: lists comma-separated, maps as `layer: a, b`, nothing as "(none)". */
function shown(value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : '(none)';
  if (typeof value === 'object' && value !== null) {
    const parts = Object.entries(value)
      .filter(([, v]) => !Array.isArray(v) || v.length > 0)
      .map(([k, v]) => `${k}: ${shown(v)}`);
    return parts.length ? parts.join('; ') : '(none)';
  }
  return String(value);
}

/**
 * Which settings differ between two versions of the config file (each over the defaults),
 * in schema order. Under `pull_request` the PR's own file judges it, so the comment shows a
 * reviewer what the PR changed about its own policy.
 */
export function settingChanges(
  defaults: Readonly<Settings>,
  before: Partial<Settings>,
  after: Partial<Settings>,
): SettingChange[] {
  const changes: SettingChange[] = [];
  for (const option of SCHEMA) {
    const from = shown(before[option.field] ?? defaults[option.field]);
    const to = shown(after[option.field] ?? defaults[option.field]);
    if (from !== to) changes.push({ key: option.key, from, to });
  }
  return changes;
}
