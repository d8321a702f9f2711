import fs from 'node:fs';
import path from 'node:path';
import type { FileInfo } from '../types/extractor.js';
import type { ScanWarning } from '../types/evidence.js';
import { IgnoreStack, isBuiltinIgnoredDir, isVirtualenv } from './ignore-rules.js';
import { trackedPaths } from './git-index.js';

export interface WalkOptions {
  /** Extra gitignore-style patterns, relative to the root. */
  ignore?: readonly string[];
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
  /** Stop after this many files, with a warning. */
  maxFiles?: number;
  /** Called for each file as soon as it is listed, so work on it can start before the walk ends. */
  onFile?: (entry: WalkEntry) => void;
}

export interface WalkEntry extends FileInfo {
  /** For a symlink inside the root: the absolute path of its target. Others are read at root + path. */
  target?: string;
}

export interface WalkResult {
  /** The real path of the root that was walked. */
  root: string;
  files: WalkEntry[];
  warnings: ScanWarning[];
  /** True when maxFiles stopped the walk early. */
  truncated: boolean;
  /** Tracked files' sizes from the checkout's git index, when there is one. */
  indexedSizes?: ReadonlyMap<string, number>;
}

export const DEFAULT_MAX_FILES = 1_000_000;

export function fileInfo(relPath: string): FileInfo {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  return { path: relPath, name, ext: dot > 0 ? name.slice(dot + 1) : '' };
}

/** True when `target` is `root` itself or lies under it. */
function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

const byName = (a: fs.Dirent, b: fs.Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Lists the files under `root` in a stable (sorted, depth-first) order. A symlink to a
 * file is followed only when it resolves inside the root; a symlink to a directory is
 * never followed (its target, if inside, is walked under its own path), so loops cannot
 * happen. Nothing outside the root is ever returned or named in a warning.
 */
export function walk(rootDir: string, options: WalkOptions = {}): WalkResult {
  const root = fs.realpathSync(rootDir);
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const files: WalkEntry[] = [];
  const warnings: ScanWarning[] = [];
  const useGitignore = options.gitignore ?? true;
  const tracked = useGitignore ? trackedPaths(root) : null;
  const ignores = new IgnoreStack(options.ignore ?? [], tracked);
  let truncated = false;

  // `gitignoredAbove`: a .gitignore names a folder above, which is walked only for the files
  // git tracks in it. Asked only of untracked paths, so a checkout's tracked tree never
  // evaluates a .gitignore rule.
  const visit = (absDir: string, relDir: string, gitignoredAbove: () => boolean = never): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(absDir, { withFileTypes: true });
    } catch (err) {
      warnings.push({
        file: relDir || '.',
        code: 'unreadable',
        message: `Could not list ${relDir || 'the root'}: ${errCode(err)}.`,
      });
      return;
    }
    if (relDir !== '' && isVirtualenv(entries)) return;
    entries.sort(byName);
    const pushed = useGitignore && ignores.pushGitignore(absDir, relDir, entries);

    for (const entry of entries) {
      if (truncated) break;
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      // Plain joins: both parts are already clean, and path.join's normalising shows up on big trees.
      const direct = absDir + path.sep + entry.name;
      let abs = direct;
      const isDir = entry.isDirectory();
      let isFile = entry.isFile();

      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = fs.realpathSync(abs);
        } catch (err) {
          const code = errCode(err);
          warnings.push({
            file: rel,
            code: code === 'ELOOP' ? 'symlink-loop' : 'unreadable',
            message:
              code === 'ELOOP' ? 'Symlink loop: not followed.' : 'Broken symlink: its target does not exist.',
          });
          continue;
        }
        if (!isInside(root, real)) {
          warnings.push({
            file: rel,
            code: 'symlink-outside',
            message: 'Symlink points outside the repository: not followed.',
          });
          continue;
        }
        let st: fs.Stats;
        try {
          st = fs.statSync(real);
        } catch (err) {
          warnings.push({
            file: rel,
            code: 'unreadable',
            message: `Could not read symlink target: ${errCode(err)}.`,
          });
          continue;
        }
        if (st.isDirectory()) {
          // The target lies inside the root, so it is scanned under its own path; following
          // the link would only duplicate it, or loop when it points at an ancestor.
          if (isInside(real, abs)) {
            warnings.push({
              file: rel,
              code: 'symlink-loop',
              message: 'Symlink to a directory that contains it (a loop): not followed.',
            });
          }
          continue;
        }
        abs = real;
        isFile = st.isFile();
      }

      if (isDir) {
        if (isBuiltinIgnoredDir(entry.name) || ignores.ignores(rel, true)) continue;
        if (tracked === null) {
          visit(abs, rel);
          continue;
        }
        if (!tracked.dirs.has(rel) && gitignoredAbove()) continue;
        const here = ignores.gitignoredLater(rel, true);
        let below: boolean | undefined;
        visit(abs, rel, () => (below ??= gitignoredAbove() || here()));
      } else if (isFile) {
        if (ignores.ignores(rel, false)) continue;
        if (tracked !== null && !tracked.files.has(rel) && gitignoredAbove()) continue;
        if (files.length >= maxFiles) {
          truncated = true;
          warnings.push({
            code: 'limit-reached',
            message: `File limit reached: only the first ${maxFiles} files were scanned.`,
          });
          break;
        }
        // The absolute path is not kept for every file (memory on huge trees): only a symlink's target.
        const file: WalkEntry = abs === direct ? fileInfo(rel) : { ...fileInfo(rel), target: abs };
        files.push(file);
        options.onFile?.(file);
      }
    }
    if (pushed) ignores.pop();
  };

  visit(root, '');
  return { root, files, warnings, truncated, ...(tracked ? { indexedSizes: tracked.files } : {}) };
}

const never = (): boolean => false;

/** Where to read a walked file from. */
export function absolutePath(root: string, entry: WalkEntry): string {
  return entry.target ?? root + path.sep + entry.path;
}

export function errCode(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return 'error';
}
