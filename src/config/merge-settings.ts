import { SCHEMA, checkValue, type Settings } from './schema.js';

/**
 * Defaults, then the config file, then the Action inputs. A value that is not set (undefined,
 * or '' as the Action gives for an input nobody wrote) never overrides the layer below, so an
 * empty input cannot wipe out what the file says. Returns fresh arrays and objects.
 */
export function mergeSettings(
  defaults: Readonly<Settings>,
  fromFile: Partial<Settings>,
  fromInputs: Partial<Settings>,
): Settings {
  const merged = { ...defaults } as Record<string, unknown>;
  for (const layer of [fromFile, fromInputs]) {
    for (const [field, value] of Object.entries(layer)) {
      if (value === undefined || value === '') continue;
      merged[field] = value;
    }
  }
  for (const [field, value] of Object.entries(merged)) merged[field] = copy(value);
  return merged as unknown as Settings;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return [...(value as unknown[])];
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  }
  return value;
}

export interface InputsResult {
  /** Only the inputs that were set, each valid. */
  settings: Partial<Settings>;
  /** One line each, starting with `input `. */
  errors: string[];
}

/**
 * Reads the Action inputs that mirror file keys (same names, same types, same messages: the
 * schema marks which ones). `getInput` is `core.getInput`, passed in to keep this pure.
 */
export function settingsFromInputs(getInput: (name: string) => string): InputsResult {
  const settings: Partial<Settings> = {};
  const errors: string[] = [];
  for (const option of SCHEMA) {
    if (!option.input) continue;
    const raw = getInput(option.key) ?? '';
    if (raw.trim() === '') continue;
    const checked = checkValue(option, raw);
    if (checked.ok) (settings as Record<string, unknown>)[option.field] = checked.value;
    else errors.push(`input ${checked.problem}`);
  }
  return { settings, errors };
}
