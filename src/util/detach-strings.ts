/**
 * A copy of `s` that does not keep a larger string alive. V8 represents a slice or regex
 * capture of a long text as a view into it; evidence holding such views would keep every
 * scanned file's text in memory for the whole scan.
 */
export function detach(s: string): string {
  return s.length === 0 ? s : (' ' + s).slice(1);
}

/** Detaches every string property of a flat record (evidence items). */
export function detachStrings<T extends object>(record: T): T {
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string') (record as Record<string, unknown>)[key] = detach(value);
  }
  return record;
}
