import fs from 'node:fs';
import path from 'node:path';

// The files git tracks in a checkout, read from its index (.git/index). A .gitignore only
// keeps untracked files out of git: a file a commit holds is part of the repository whatever
// a .gitignore says, so it is scanned. Read as data only, with every length checked; any
// format this reader does not know gives null, and the walk then honours .gitignore as is.

/** Paths git tracks, and every folder on their way. */
export interface TrackedPaths {
  /** Each file, with its size when the index last saw it (a checkout's sizes, no stat each). */
  files: ReadonlyMap<string, number>;
  dirs: ReadonlySet<string>;
}

/** An index larger than this is not read (a checkout of millions of files). */
const MAX_INDEX_BYTES = 256 * 1024 * 1024;
/** ctime, mtime, dev, ino, mode, uid, gid, size (40 bytes), a SHA-1 (20) and the flags (2). */
const FIXED_ENTRY_BYTES = 62;
const SIZE_AT = 36;
const EXTENDED_FLAG = 0x4000;
const NAME_LENGTH_MASK = 0x0fff;

/** Folders looked up from the root for the checkout's .git (a scan of a sub-folder). */
const MAX_LEVELS_UP = 20;

/**
 * The tracked paths under `root` (relative to it) of the checkout that holds it, or null when
 * there is none or its index cannot be read.
 */
export function trackedPaths(root: string): TrackedPaths | null {
  let top = root;
  for (let n = 0; n < MAX_LEVELS_UP && !isGitDir(path.join(top, '.git')); n++) {
    const up = path.dirname(top);
    if (up === top) return null;
    top = up;
  }
  const prefix = path.relative(top, root).split(path.sep).join('/');
  return indexOfCheckout(top, prefix ? `${prefix}/` : '');
}

function isGitDir(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** The tracked paths under `prefix` of the checkout whose top folder is `top`. */
function indexOfCheckout(top: string, prefix: string): TrackedPaths | null {
  const gitDir = path.join(top, '.git');
  let buf: Buffer;
  try {
    if (!fs.statSync(gitDir).isDirectory()) return null;
    // A SHA-256 repository writes longer object ids into each entry.
    const config = fs.readFileSync(path.join(gitDir, 'config'), 'utf8');
    if (/objectformat\s*=\s*sha256/i.test(config)) return null;
    const file = path.join(gitDir, 'index');
    if (fs.statSync(file).size > MAX_INDEX_BYTES) return null;
    buf = fs.readFileSync(file);
  } catch {
    return null;
  }
  return parseIndex(buf, prefix);
}

/**
 * The paths an index buffer lists (versions 2 to 4) under `prefix` ("sub/dir/", or "" for all),
 * relative to it; null when it is not an index. Paths outside are not even decoded: a scan of
 * one folder of a big checkout reads only its part.
 */
export function parseIndex(buf: Buffer, prefix = ''): TrackedPaths | null {
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DIRC') return null;
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return null;
  const count = buf.readUInt32BE(8);
  const files = new Map<string, number>();
  const dirs = new Set<string>();
  const want = Buffer.from(prefix, 'utf8');
  let at = 12;
  let previous: Buffer = Buffer.alloc(0);
  for (let i = 0; i < count; i++) {
    const start = at;
    if (at + FIXED_ENTRY_BYTES > buf.length) return null;
    const flags = buf.readUInt16BE(at + FIXED_ENTRY_BYTES - 2);
    const size = buf.readUInt32BE(at + SIZE_AT);
    at += FIXED_ENTRY_BYTES;
    if (version >= 3 && flags & EXTENDED_FLAG) at += 2;
    let name: Buffer;
    if (version === 4) {
      // The path is the previous one less N trailing bytes, then a NUL-terminated suffix.
      let drop = 0;
      for (let c = 128, first = true; c & 128; first = false) {
        if (at >= buf.length) return null;
        c = buf[at++] ?? 0;
        drop = first ? c & 127 : ((drop + 1) << 7) + (c & 127);
      }
      const end = buf.indexOf(0, at);
      if (end < 0 || drop > previous.length) return null;
      name = Buffer.concat([previous.subarray(0, previous.length - drop), buf.subarray(at, end)]);
      at = end + 1;
    } else {
      const length = flags & NAME_LENGTH_MASK;
      const end = length < NAME_LENGTH_MASK ? at + length : buf.indexOf(0, at);
      if (end < 0 || end > buf.length) return null;
      name = buf.subarray(at, end);
      // Entries are padded with 1 to 8 NULs to a multiple of 8 bytes.
      at = start + Math.ceil((end - start + 1) / 8) * 8;
    }
    previous = name;
    if (want.length > 0 && (name.length <= want.length || want.compare(name, 0, want.length) !== 0)) continue;
    const file = name.toString('utf8', want.length);
    files.set(file, size);
    for (let slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1))
      dirs.add(file.slice(0, slash));
  }
  return { files, dirs };
}
