// Which files are licence files, scored like licensee: how surely the name says "this is
// the licence" (LICENSE 1.0 ... COPYRIGHT-MIT 0.2). Files at any depth count, since model
// folders ship their own LICENSE. Acceptable-use policies are scored too: AI licences
// ship them, and their phrases name the licence.

/** Extensions of the preferred licence file formats. */
const PREFERRED_EXT = '(?:md|markdown|txt|html)';
/** Any other extension that is not code or data (a "license.py" is code, not a licence). */
const NOT_LICENCE_EXT = new Set([
  'py',
  'js',
  'mjs',
  'cjs',
  'ts',
  'tsx',
  'jsx',
  'go',
  'rs',
  'java',
  'kt',
  'c',
  'h',
  'cc',
  'cpp',
  'hpp',
  'cs',
  'rb',
  'php',
  'swift',
  'scala',
  'sh',
  'json',
  'yaml',
  'yml',
  'toml',
  'xml',
  'css',
  'scss',
  'vue',
  'svelte',
  'spdx',
  'header',
  'gemspec',
  'lock',
  'png',
  'jpg',
  'jpeg',
  'svg',
  'gif',
  'pdf',
]);

interface NameRule {
  pattern: RegExp;
  score: number;
}

// Checked in order; the first rule that matches gives the score. Names are lower-case.
const RULES: readonly NameRule[] = [
  { pattern: /^(?:un)?licen[sc]e$/, score: 1.0 },
  { pattern: new RegExp(`^(?:un)?licen[sc]e\\.${PREFERRED_EXT}$`), score: 0.95 },
  { pattern: /^copying$/, score: 0.9 },
  { pattern: new RegExp(`^copying\\.${PREFERRED_EXT}$`), score: 0.85 },
  { pattern: /^(?:un)?licen[sc]e\.[^.]{1,10}$/, score: 0.8 },
  { pattern: /^copying\.[^.]{1,10}$/, score: 0.75 },
  // LICENSE-MIT, LICENSE-APACHE, LICENSE_MODEL, LICENSE-MODEL.md
  { pattern: new RegExp(`^licen[sc]e[-_][^.]{1,40}(?:\\.${PREFERRED_EXT})?$`), score: 0.7 },
  { pattern: new RegExp(`^copying[-_][^.]{1,40}(?:\\.${PREFERRED_EXT})?$`), score: 0.65 },
  // MIT-LICENSE, model_license.txt, "Tongyi Qianwen LICENSE AGREEMENT"
  { pattern: new RegExp(`^[^.]{1,40}[-_ ]licen[sc]e(?: agreement)?(?:\\.${PREFERRED_EXT})?$`), score: 0.6 },
  { pattern: new RegExp(`^[^.]{1,40}[-_]copying(?:\\.${PREFERRED_EXT})?$`), score: 0.55 },
  { pattern: /^ofl\.md$/, score: 0.5 },
  { pattern: /^ofl\.[^.]{1,10}$/, score: 0.45 },
  { pattern: /^ofl$/, score: 0.4 },
  { pattern: /^copyright$/, score: 0.35 },
  { pattern: /^copyright\.txt$/, score: 0.3 },
  // copyright.html is a website's footer fragment far more often than a licence.
  { pattern: /^copyright\.(?!html?$)[^.]{1,10}$/, score: 0.25 },
  { pattern: /^copyright[-_][^.]{1,40}$/, score: 0.2 },
];

// license_header.txt, LICENSE-TEMPLATE: what a tool stamps on source files, not a licence.
const TOOLING =
  /^(?:licen[sc]e|copyright)[-_. ]?(?:header|template|check|checker|notice[-_. ]template)s?(?:\.|$)/;

// Llama's USE_POLICY.md, Falcon's ACCEPTABLE_USE_POLICY.txt: a policy, not a licence.
const POLICY = new RegExp(
  `^(?:acceptable[-_ ]use[-_ ]policy|use[-_ ]policy|prohibited[-_ ]use[-_ ]policy)(?:\\.${PREFERRED_EXT})?$`,
);
const POLICY_SCORE = 0.5;

// REUSE: LICENSES/<SPDX id or LicenseRef-...>.<ext>
const REUSE = /(?:^|\/)LICENSES\/((?:LicenseRef-)?[A-Za-z0-9][A-Za-z0-9.+-]{0,80})\.(?:txt|md)$/;

export type LicenceFileKind = 'licence' | 'policy' | 'reuse';

export interface LicenceFileName {
  score: number;
  kind: LicenceFileKind;
  /** For REUSE files: the licence id the file name declares. */
  declaredId?: string;
}

/**
 * How surely a file is a licence file, from its path (relative, POSIX, original case);
 * null when it is not one.
 */
export function scoreLicenceFileName(path: string): LicenceFileName | null {
  const reuse = REUSE.exec(path);
  if (reuse) return { score: 1.0, kind: 'reuse', declaredId: reuse[1] };

  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name.length > 80) return null;
  const dot = name.lastIndexOf('.');
  if (dot > 0 && NOT_LICENCE_EXT.has(name.slice(dot + 1))) return null;
  if (TOOLING.test(name)) return null;
  if (POLICY.test(name)) return { score: POLICY_SCORE, kind: 'policy' };
  for (const rule of RULES) {
    if (rule.pattern.test(name)) return { score: rule.score, kind: 'licence' };
  }
  return null;
}
