// A .gitignore keeps untracked files out of git, not committed ones: in a checkout, what the
// index lists is scanned whatever a .gitignore says; patterns given to the scan still apply.
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseIndex } from '../src/inventory/git-index.js';
import { walk } from '../src/inventory/walk.js';
import { makeTempRepo, removeTempRepo } from './helpers/temp-repo.js';

const made: string[] = [];
afterAll(() => made.forEach(removeTempRepo));

/** A git index (version 2, or 4 with prefix-compressed paths) listing `paths`, in git's layout. */
function indexOf(paths: string[], version: 2 | 4 = 2): Buffer {
  const parts: Buffer[] = [];
  const header = Buffer.alloc(12);
  header.write('DIRC', 0, 'latin1');
  header.writeUInt32BE(version, 4);
  header.writeUInt32BE(paths.length, 8);
  parts.push(header);
  let previous = '';
  for (const p of [...paths].sort()) {
    const fixed = Buffer.alloc(62);
    fixed.writeUInt32BE(0o100644, 24); // mode
    fixed.writeUInt32BE(p.length * 100, 36); // size: any number the test can tell apart
    fixed.writeUInt16BE(Math.min(p.length, 0xfff), 60); // flags: the name's length
    parts.push(fixed);
    if (version === 4) {
      let common = 0;
      while (common < previous.length && previous[common] === p[common]) common++;
      const drop = previous.length - common;
      if (drop >= 128) throw new Error('the test builder writes one-byte varints only');
      parts.push(Buffer.from([drop]), Buffer.from(`${p.slice(common)}\0`, 'utf8'));
    } else {
      const length = 62 + Buffer.byteLength(p);
      parts.push(Buffer.from(p, 'utf8'), Buffer.alloc(Math.ceil((length + 1) / 8) * 8 - length));
    }
    previous = p;
  }
  return Buffer.concat(parts);
}

describe('parseIndex', () => {
  it('reads the paths of version 2 and version 4 indexes, and the folders on their way', () => {
    const paths = ['README.md', 'sat/configs/a.yaml', 'sat/sgm/model.py', 'src/app.py'];
    for (const version of [2, 4] as const) {
      const tracked = parseIndex(indexOf(paths, version));
      expect([...(tracked?.files.keys() ?? [])].sort()).toEqual(paths);
      expect([...(tracked?.dirs ?? [])].sort()).toEqual(['sat', 'sat/configs', 'sat/sgm', 'src']);
      // The size git recorded for each file, so a scan need not stat a checkout's files.
      expect(Object.fromEntries(tracked?.files ?? [])).toEqual(
        Object.fromEntries(paths.map((p) => [p, p.length * 100])),
      );
    }
  });

  it('gives null for what is not an index, or is cut short', () => {
    expect(parseIndex(Buffer.from('not an index at all'))).toBeNull();
    const whole = indexOf(['a/b.py', 'c.py']);
    expect(parseIndex(whole.subarray(0, whole.length - 20))).toBeNull();
  });
});

describe('the walk of a checkout', () => {
  it('reads one folder of the index, relative to it, for a scan of that folder', () => {
    const paths = ['README.md', 'sat/configs/a.yaml', 'sat/sgm/model.py', 'satellite.py', 'src/app.py'];
    for (const version of [2, 4] as const) {
      const tracked = parseIndex(indexOf(paths, version), 'sat/');
      expect([...(tracked?.files.keys() ?? [])].sort()).toEqual(['configs/a.yaml', 'sgm/model.py']);
      expect([...(tracked?.dirs ?? [])].sort()).toEqual(['configs', 'sgm']);
    }
  });

  it('keeps committed files a .gitignore names, and still leaves out untracked ones and given patterns', () => {
    const root = makeTempRepo({
      '.gitignore': '**/sat\nbuild/\n',
      'README.md': '# x\n',
      'sat/train.py': 'print(1)\n',
      'sat/configs/run.yaml': 'a: 1\n',
      'build/out.py': 'print(2)\n',
      'notes/private.md': 'x\n',
      '.git/config': '[core]\n\trepositoryformatversion = 0\n',
      '.git/index': indexOf([
        '.gitignore',
        'README.md',
        'sat/train.py',
        'sat/configs/run.yaml',
        'notes/private.md',
      ]),
    });
    made.push(root);
    const paths = walk(root, { ignore: ['notes/'] }).files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['sat/train.py', 'sat/configs/run.yaml', 'README.md']));
    expect(paths).not.toContain('build/out.py');
    expect(paths).not.toContain('notes/private.md');
  });

  it('honours .gitignore as before where there is no index', () => {
    const root = makeTempRepo({ '.gitignore': '**/sat\n', 'sat/train.py': 'print(1)\n', 'a.py': 'x\n' });
    made.push(root);
    expect(walk(root).files.map((f) => f.path)).toEqual(['.gitignore', 'a.py']);
  });
});

describe('a scan of a sub-folder of a checkout', () => {
  it('reads the index of the checkout above it, for the paths below the folder', () => {
    const root = makeTempRepo({
      'pkg/.gitignore': 'sat/\n',
      'pkg/sat/train.py': 'print(1)\n',
      'pkg/sat/scratch.py': 'print(2)\n',
      '.git/config': '[core]\n',
      '.git/index': indexOf(['pkg/.gitignore', 'pkg/sat/train.py']),
    });
    made.push(root);
    const paths = walk(`${root}/pkg`).files.map((f) => f.path);
    expect(paths).toContain('sat/train.py');
    expect(paths).not.toContain('sat/scratch.py');
  });
});
