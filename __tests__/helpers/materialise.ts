import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import spdxFull from 'spdx-license-list/full.js';

/**
 * Copies a fixture repository into a temporary folder. A `<NAME>.from-spdx` file holding
 * an SPDX id becomes a real <NAME> file with that licence's text from spdx-license-list, so
 * licence texts are never committed with the fixtures.
 */
export function materialise(fixtureDir: string): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), `aioc-${path.basename(fixtureDir)}-`));
  fs.cpSync(fixtureDir, target, { recursive: true });
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.name.endsWith('.from-spdx')) {
        const id = fs.readFileSync(abs, 'utf8').trim();
        fs.writeFileSync(path.join(dir, entry.name.slice(0, -'.from-spdx'.length)), licenceText(id));
        fs.rmSync(abs);
      }
    }
  };
  walk(target);
  return target;
}

export function licenceText(id: string, holder = 'Example Maintainers'): string {
  const entry = (spdxFull as Record<string, { licenseText: string } | undefined>)[id];
  if (!entry) throw new Error(`no SPDX text for ${id}`);
  return entry.licenseText
    .replace(/<\s*year\s*>|\[yyyy\]|\[year\]/gi, '2026')
    .replace(
      /<\s*(?:copyright holders?|owner|name of author)\s*>|\[name of copyright owner\]|\[fullname\]/gi,
      holder,
    );
}
