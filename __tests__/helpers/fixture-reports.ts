// The reports of every bundled example and every scenario fixture, for tests that check an
// output format over all of them.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from './report-schema.js';
import { materialise } from './materialise.js';
import { removeTempRepo } from './temp-repo.js';
import type { Report } from '../../src/types/report.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const EXAMPLES_DIR = path.join(HERE, '..', '..', 'examples');
export const SCENARIOS_DIR = path.join(HERE, '..', 'fixtures', 'scenarios');

export function exampleNames(): string[] {
  return fs.readdirSync(EXAMPLES_DIR).sort();
}

/** [name, report] for examples/<name> and each scenario fixture ("scenario:<name>"). */
export function fixtureReports(): [string, Report][] {
  const out: [string, Report][] = exampleNames().map((n) => [n, analyse(path.join(EXAMPLES_DIR, n))]);
  for (const name of fs.readdirSync(SCENARIOS_DIR).sort()) {
    const dir = materialise(path.join(SCENARIOS_DIR, name));
    try {
      out.push([`scenario:${name}`, analyse(dir)]);
    } finally {
      removeTempRepo(dir);
    }
  }
  return out;
}
