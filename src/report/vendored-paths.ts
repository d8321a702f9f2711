// Folders that, by convention, hold other projects' code copied into this one. An openness
// claim there ("X is an open-source model") is that project's claim, not this one's.

const VENDORED_DIRS = new Set([
  'third_party',
  'third-party',
  'thirdparty',
  '3rdparty',
  'vendor',
  'vendored',
  'external',
  'externals',
  'extern',
  'deps',
  'dependencies',
]);

/** True for one folder's name that holds vendored code ("third_party", "vendor"). */
export function isVendoredFolderName(name: string): boolean {
  return VENDORED_DIRS.has(name.toLowerCase());
}

/** True when a folder on the path (not the file name itself) is a vendored-code folder. */
export function isVendoredPath(file: string): boolean {
  const parts = file.split('/');
  for (let i = 0; i < parts.length - 1; i++)
    if (VENDORED_DIRS.has((parts[i] ?? '').toLowerCase())) return true;
  return false;
}
