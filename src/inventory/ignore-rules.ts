import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

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

/** True for a directory we skip whatever the ignore files say (a virtualenv is recognised by its pyvenv.cfg). */
export function isBuiltinIgnoredDir(name: string, absDir: string): boolean {
  if (BUILTIN_IGNORED_DIRS.has(name)) return true;
  return fs.existsSync(path.join(absDir, 'pyvenv.cfg'));
}

interface Layer {
  /** Directory of the .gitignore, relative to the root ("" for the root). */
  base: string;
  rules: Ignore;
}

/**
 * The .gitignore files in force at the current point of the walk, nearest last, plus the
 * patterns given on the command line (which apply from the root).
 */
export class IgnoreStack {
  private readonly layers: Layer[] = [];

  constructor(extraPatterns: readonly string[]) {
    if (extraPatterns.length > 0) this.layers.push({ base: '', rules: ignore().add([...extraPatterns]) });
  }

  /** Adds the directory's .gitignore, if it has one; returns true when a layer was pushed. */
  pushGitignore(absDir: string, relDir: string, entries: readonly fs.Dirent[]): boolean {
    const file = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (!file) return false;
    try {
      const abs = path.join(absDir, '.gitignore');
      if (fs.statSync(abs).size > GITIGNORE_MAX_BYTES) return false;
      this.layers.push({ base: relDir, rules: ignore().add(fs.readFileSync(abs, 'utf8')) });
      return true;
    } catch {
      return false;
    }
  }

  pop(): void {
    this.layers.pop();
  }

  ignores(relPath: string, isDir: boolean): boolean {
    for (const layer of this.layers) {
      const sub = layer.base ? relPath.slice(layer.base.length + 1) : relPath;
      if (layer.rules.ignores(isDir ? `${sub}/` : sub)) return true;
    }
    return false;
  }
}
