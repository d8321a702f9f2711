import path from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../config/schema.js';
import { loadConfigFile } from '../config/load-config.js';
import { mergeSettings } from '../config/merge-settings.js';
import { readConfigFile } from '../config/read-config-file.js';

const DEFAULT_CONFIG = path.join('.github', 'ai-openness.yml');

/**
 * The same configuration file the Action reads: an explicit --config must exist; the
 * default one is used when the scanned directory has it.
 */
export function readCliConfig(dir: string, explicit?: string): { settings: Settings; errors: string[] } {
  const read = readConfigFile(explicit ?? path.join(dir, DEFAULT_CONFIG));
  const problem =
    read.error ?? (explicit && read.missing ? `cannot read config file "${explicit}"` : undefined);
  if (problem) return { settings: mergeSettings(DEFAULT_SETTINGS, {}, {}), errors: [problem] };
  const loaded = loadConfigFile(read.text, explicit ?? DEFAULT_CONFIG);
  return { settings: mergeSettings(DEFAULT_SETTINGS, loaded.settings, {}), errors: loaded.errors };
}
