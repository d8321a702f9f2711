import fs from 'node:fs';

export const MAX_CONFIG_BYTES = 64 * 1024;

/**
 * Reads a configuration file as untrusted input: regular files only (no symlinks followed),
 * within a size limit. A missing file is `missing`, not an error; the caller decides.
 */
export function readConfigFile(file: string): { text: string; missing?: boolean; error?: string } {
  try {
    const stat = fs.lstatSync(file);
    if (!stat.isFile()) return { text: '', missing: true };
    if (stat.size > MAX_CONFIG_BYTES)
      return { text: '', error: `${file}: over ${MAX_CONFIG_BYTES} bytes; not read` };
    return { text: fs.readFileSync(file, 'utf8') };
  } catch {
    return { text: '', missing: true };
  }
}
