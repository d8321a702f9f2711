import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes a small repository into a fresh temporary folder; values are text or raw bytes. */
export function makeTempRepo(files: Record<string, string | Uint8Array>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-repo-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return root;
}

export function removeTempRepo(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}
