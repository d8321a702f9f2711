// A Python requirement string (PEP 508) as used in requirements.txt, pyproject.toml,
// setup.cfg and conda's pip list: `name[extra1,extra2] >=1.0,<2 ; python_version<"3.12"`
// or `name @ https://...`. Only what the report needs: name, extras, version spec.

export interface Requirement {
  name: string;
  extras: string[];
  /** The version specifier as written (">=4.40,<5"), without spaces; absent when none. */
  version?: string;
  /** A direct reference (`name @ url`). */
  url?: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*/;

export function parseRequirement(spec: string): Requirement | undefined {
  const text = spec.trim();
  const m = NAME.exec(text);
  if (!m) return undefined;
  // Trailing separators trimmed by a loop: a regex anchored at $ is quadratic on long runs.
  let end = m[0].length;
  while (end > 0 && '._-'.includes(m[0][end - 1] ?? '')) end--;
  const name = m[0].slice(0, end);
  let rest = text.slice(m[0].length);
  const semicolon = rest.indexOf(';');
  if (semicolon !== -1) rest = rest.slice(0, semicolon);
  rest = rest.trim();

  let extras: string[] = [];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) return undefined;
    extras = rest
      .slice(1, close)
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e !== '');
    rest = rest.slice(close + 1).trim();
  }
  if (rest.startsWith('@')) {
    const url = rest.slice(1).trim();
    return url ? { name, extras, url } : { name, extras };
  }
  if (rest.startsWith('(') && rest.endsWith(')')) rest = rest.slice(1, -1);
  const version = rest.replace(/\s+/g, '');
  if (version !== '' && !/^[<>=!~]/.test(version)) return undefined;
  return version ? { name, extras, version } : { name, extras };
}
