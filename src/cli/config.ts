import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../config/schema.js';
import { loadConfigFile } from '../config/load-config.js';
import { mergeSettings } from '../config/merge-settings.js';

const DEFAULT_CONFIG = path.join('.github', 'ai-openness.yml');
const MAX_CONFIG_BYTES = 64 * 1024;

/**
 * The same configuration file the Action reads: an explicit --config must exist; the
 * default one is used when the scanned directory has it.
 */
export function readCliConfig(dir: string, explicit?: string): { settings: Settings; errors: string[] } {
  const file = explicit ?? path.join(dir, DEFAULT_CONFIG);
  let text = '';
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_CONFIG_BYTES)
      return {
        settings: mergeSettings(DEFAULT_SETTINGS, {}, {}),
        errors: [`${file}: over ${MAX_CONFIG_BYTES} bytes`],
      };
    text = fs.readFileSync(file, 'utf8');
  } catch {
    if (explicit)
      return {
        settings: mergeSettings(DEFAULT_SETTINGS, {}, {}),
        errors: [`cannot read config file "${explicit}"`],
      };
  }
  const loaded = loadConfigFile(text, explicit ?? DEFAULT_CONFIG);
  return { settings: mergeSettings(DEFAULT_SETTINGS, loaded.settings, {}), errors: loaded.errors };
}
