import { parseYamlSafely } from '../extract/safe-yaml.js';
import {
  SCHEMA,
  checkValue,
  closest,
  describeGiven,
  isMapping,
  keysAt,
  optionFor,
  type Settings,
} from './schema.js';

export interface ConfigResult {
  /** Only the keys the file sets, each valid; a key with an error is left out. */
  settings: Partial<Settings>;
  /** One line each, starting with the file name. */
  errors: string[];
}

/**
 * Reads `.github/ai-openness.yml`. The file is untrusted (a PR can change it), so this never
 * throws: bad YAML, unknown keys and wrong types come back as errors and the rest still applies.
 */
export function loadConfigFile(text: string, fileName: string): ConfigResult {
  const settings: Partial<Settings> = {};
  const errors: string[] = [];
  try {
    // js-yaml rejects an empty stream; a file of only comments means "nothing configured".
    if (isBlank(text)) return { settings, errors };
    const parsed = parseYamlSafely(text);
    if (!parsed.ok) return { settings, errors: [`${fileName}: not valid YAML: ${parsed.error}`] };
    if (parsed.value === null || parsed.value === undefined) return { settings, errors };
    if (!isMapping(parsed.value)) {
      const problem = `the file must be a mapping of settings (such as "fail-on: mislabel"), got ${describeGiven(parsed.value)}`;
      return { settings, errors: [`${fileName}: ${problem}`] };
    }
    readSection(parsed.value, '', settings, (line) => errors.push(`${fileName}: ${line}`));
  } catch (err) {
    // Defensive only: the reading above is written not to throw.
    errors.push(`${fileName}: could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { settings, errors };
}

function isBlank(text: string): boolean {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .every((line) => line.trim() === '' || line.trim().startsWith('#'));
}

function readSection(
  mapping: Record<string, unknown>,
  section: string,
  settings: Partial<Settings>,
  report: (line: string) => void,
): void {
  for (const [key, value] of Object.entries(mapping)) {
    const full = section ? `${section}.${key}` : key;
    const option = optionFor(full);
    // A key with nothing after it (`ignore:`) is read as not set, so the default stays.
    if (option) {
      if (value === null || value === undefined) continue;
      const checked = checkValue(option, value);
      if (checked.ok) (settings as Record<string, unknown>)[option.field] = checked.value;
      else report(checked.problem);
      continue;
    }
    const inner = keysAt(full);
    if (inner.length > 0) {
      if (value === null || value === undefined) continue;
      if (isMapping(value)) readSection(value, full, settings, report);
      else report(sectionProblem(full, value));
      continue;
    }
    report(unknownKey(key, section));
  }
}

function sectionProblem(section: string, value: unknown): string {
  const example = SCHEMA.find((o) => o.key.startsWith(`${section}.`))?.example ?? '';
  return `${section}: got ${describeGiven(value)}; allowed: a mapping with ${keysAt(section).join(', ')} (example: ${example})`;
}

function unknownKey(key: string, section: string): string {
  const where = section ? `"${section}"` : 'the top level';
  const hint = suggestKey(key, section);
  return (
    `unknown key ${describeGiven(section ? `${section}.${key}` : key)}${hint ? `; did you mean ${hint}?` : ''}` +
    ` Allowed keys at ${where}: ${keysAt(section).join(', ')}`
  );
}

/** The likely intended key, already quoted for the message. */
function suggestKey(key: string, section: string): string | undefined {
  const spelled = key.trim().toLowerCase().replace(/_/g, '-');
  // A nested key written at the top level (`ignore-paths:` instead of `claims: { ignore-paths: }`).
  const nested = section
    ? undefined
    : SCHEMA.find((o) => o.key.includes('.') && o.key.endsWith(`.${spelled}`));
  if (nested) {
    const dot = nested.key.lastIndexOf('.');
    return `"${nested.key.slice(dot + 1)}" under "${nested.key.slice(0, dot)}"`;
  }
  const typo = closest(key, keysAt(section));
  if (typo) return `"${typo}"`;
  const aka = section ? undefined : SCHEMA.find((o) => o.aka?.includes(spelled));
  return aka ? `"${aka.key}"` : undefined;
}
