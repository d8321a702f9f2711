// The lines a pull request adds or changes, per file, read from the unified-diff `patch`
// that GitHub's "list pull request files" returns. Review comments may only sit on them.

export type AddedLines = Map<string, Set<number>>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

export function addedLinesOfPatch(patch: string): Set<number> {
  const added = new Set<number>();
  let line = 0;
  for (const row of patch.split('\n')) {
    const hunk = HUNK.exec(row);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (line === 0) continue;
    if (row.startsWith('+')) added.add(line++);
    else if (row.startsWith('-')) continue;
    else if (!row.startsWith('\\')) line++;
  }
  return added;
}

export function addedLines(files: readonly { filename: string; patch?: string }[]): AddedLines {
  const out: AddedLines = new Map();
  for (const f of files) if (f.patch) out.set(f.filename, addedLinesOfPatch(f.patch));
  return out;
}
