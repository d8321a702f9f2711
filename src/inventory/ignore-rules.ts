import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { TrackedPaths } from './git-index.js';

/** Directories that never hold the project's own AI parts: VCS data, installed packages, caches. */
const BUILTIN_IGNORED_DIRS = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.ipynb_checkpoints',
  '.cache',
  'site-packages',
  '.gradle',
  '.next',
  '.turbo',
  '.yarn',
  '.pnpm-store',
  '.eggs',
]);

const GITIGNORE_MAX_BYTES = 1024 * 1024;

/** True for a directory we skip by its name whatever the ignore files say. */
export function isBuiltinIgnoredDir(name: string): boolean {
  return BUILTIN_IGNORED_DIRS.has(name);
}

/**
 * A virtualenv, recognised by its pyvenv.cfg: skipped like a built-in directory. Told from the
 * listing the walk reads anyway, which saves a file-system call per directory.
 */
export function isVirtualenv(entries: readonly fs.Dirent[]): boolean {
  return entries.some((e) => e.name === 'pyvenv.cfg' && e.isFile());
}

interface Layer {
  /** Directory of the .gitignore, relative to the root ("" for the root). */
  base: string;
  rules: Pick<Ignore, 'ignores'>;
  /** Patterns given to the scan (configuration, --ignore), not a .gitignore. */
  given?: true;
}

/** The rules of one ignore file: our fast matcher when every line allows it, else the `ignore` package. */
function compileRules(patterns: string): Pick<Ignore, 'ignores'> {
  return BasenameRules.parse(patterns) ?? ignore().add(patterns);
}

/**
 * Ignore files made only of name patterns ("node_modules/", "*.log", "dist") match the last
 * path segment at any depth. Matching those directly, without the `ignore` package's per-path
 * parent walk and cache, takes a large share off the walk of a big tree. The walk never enters
 * an ignored directory, so the entry itself is all there is to test. Like the package's
 * default, matching ignores case.
 */
export class BasenameRules {
  private constructor(private readonly rules: ReadonlyArray<{ parts: string[]; dirOnly: boolean }>) {}

  /** Null when some line needs the full gitignore syntax (negation, a path, ?, [ ], escapes, **). */
  static parse(patterns: string): BasenameRules | null {
    const rules: Array<{ parts: string[]; dirOnly: boolean }> = [];
    for (const raw of patterns.split('\n')) {
      const line = trimTrailingSpaces(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
      if (line === '' || line.startsWith('#')) continue;
      const dirOnly = line.endsWith('/');
      const body = (dirOnly ? line.slice(0, -1) : line).toLowerCase();
      if (body === '' || body.startsWith('!') || /[/?[\]\\]|\*\*/.test(body)) return null;
      rules.push({ parts: body.split('*'), dirOnly });
    }
    return new BasenameRules(rules);
  }

  ignores(relPath: string): boolean {
    const isDir = relPath.endsWith('/');
    const path = isDir ? relPath.slice(0, -1) : relPath;
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    return this.rules.some((rule) => (!rule.dirOnly || isDir) && globMatch(rule.parts, name));
  }
}

/** Git drops unescaped trailing spaces. A loop, not / +$/: that pattern is quadratic on long runs of spaces. */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  return line.slice(0, end);
}

/** Matches a name against a pattern split at its '*'s: greedy, so linear in the name, with no backtracking. */
function globMatch(parts: readonly string[], name: string): boolean {
  const first = parts[0] ?? '';
  if (parts.length === 1) return name === first;
  const last = parts[parts.length - 1] ?? '';
  if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last))
    return false;
  let pos = first.length;
  const end = name.length - last.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i] ?? '';
    const at = name.indexOf(part, pos);
    if (at === -1 || at + part.length > end) return false;
    pos = at + part.length;
  }
  return true;
}

/**
 * The .gitignore files in force at the current point of the walk, nearest last, plus the
 * patterns given on the command line (which apply from the root).
 */
export class IgnoreStack {
  private readonly layers: Layer[] = [];

  /**
   * `tracked`: the paths git tracks, when the root is a checkout whose index could be read. A
   * .gitignore does not take out what a commit holds; the patterns given here always do.
   */
  constructor(
    extraPatterns: readonly string[],
    private readonly tracked: TrackedPaths | null = null,
  ) {
    if (extraPatterns.length > 0)
      this.layers.push({ base: '', rules: compileRules(extraPatterns.join('\n')), given: true });
  }

  /** Adds the directory's .gitignore, if it has one; returns true when a layer was pushed. */
  pushGitignore(absDir: string, relDir: string, entries: readonly fs.Dirent[]): boolean {
    const file = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (!file) return false;
    try {
      const abs = path.join(absDir, '.gitignore');
      if (fs.statSync(abs).size > GITIGNORE_MAX_BYTES) return false;
      this.layers.push({ base: relDir, rules: compileRules(fs.readFileSync(abs, 'utf8')) });
      return true;
    } catch {
      return false;
    }
  }

  pop(): void {
    this.layers.pop();
  }

  /**
   * Whether a .gitignore in force now names the path, tracked or not: worked out only when
   * asked (and then once), since a walk of a checkout needs it only where untracked files are.
   */
  gitignoredLater(relPath: string, isDir: boolean): () => boolean {
    const layers = this.layers.slice();
    let answer: boolean | undefined;
    return () => (answer ??= namedBy(layers, relPath, isDir));
  }

  ignores(relPath: string, isDir: boolean): boolean {
    // What a commit holds stays, whatever a .gitignore says: only the given patterns can take
    // it out, and the .gitignore rules are not even tried (most paths of a checkout).
    const committed = this.tracked !== null && (isDir ? this.tracked.dirs : this.tracked.files).has(relPath);
    for (const layer of this.layers) {
      if (committed && !layer.given) continue;
      const sub = layer.base ? relPath.slice(layer.base.length + 1) : relPath;
      if (layer.rules.ignores(isDir ? `${sub}/` : sub)) return true;
    }
    return false;
  }
}

/** Whether one of the .gitignore layers names the path. */
function namedBy(layers: readonly Layer[], relPath: string, isDir: boolean): boolean {
  return layers.some((layer) => {
    const sub = layer.base ? relPath.slice(layer.base.length + 1) : relPath;
    return !layer.given && layer.rules.ignores(isDir ? `${sub}/` : sub);
  });
}
