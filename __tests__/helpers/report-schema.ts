// The report schema in docs/report.schema.json, checked with Ajv. Every report a test makes
// through `analyse` below, and the CLI's and the Action's JSON output, must satisfy it.

import { Ajv } from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse as analyseUnchecked } from '../../src/pipeline.js';

export const REPORT_SCHEMA_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'docs',
  'report.schema.json',
);
export const REPORT_SCHEMA = JSON.parse(fs.readFileSync(REPORT_SCHEMA_FILE, 'utf8')) as Record<
  string,
  unknown
>;

const validate = new Ajv({ allErrors: true, strict: true }).compile(REPORT_SCHEMA);

/** Throws with every schema error when `value` is not a valid report. */
export function assertReportSchema(value: unknown): void {
  if (validate(value)) return;
  const errors = (validate.errors ?? [])
    .slice(0, 10)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  throw new Error(`report does not match docs/report.schema.json:\n${errors.join('\n')}`);
}

/** `analyse`, with its report checked against the schema. */
export function analyse(...args: Parameters<typeof analyseUnchecked>): ReturnType<typeof analyseUnchecked> {
  const report = analyseUnchecked(...args);
  assertReportSchema(JSON.parse(JSON.stringify(report)));
  return report;
}
