/**
 * A copy of `s` that does not keep a larger string alive. V8 represents a slice or regex
 * capture of a long text as a view into it; evidence holding such views would keep every
 * scanned file's text in memory for the whole scan.
 */
export function detach(s: string): string {
  return s.length < SHORTEST_VIEW ? s : (' ' + s).slice(1);
}
/** V8 copies any shorter substring outright: only longer ones can be views. */
const SHORTEST_VIEW = 13;

/**
 * Detaches every string property of a flat record (evidence items). A property equal to
 * `shared` (the file's path, which is no view of its text) is set to that very string.
 */
export function detachStrings<T extends object>(record: T, shared?: string): T {
  const fields = record as Record<string, unknown>;
  for (const key in fields) {
    const value = fields[key];
    if (typeof value !== 'string' || value.length < SHORTEST_VIEW) continue;
    fields[key] = value === shared ? shared : detach(value);
  }
  return record;
}
