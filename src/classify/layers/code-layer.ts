import type { LicenceEvidence } from '../../types/evidence.js';
import type { Contribution } from '../contribution.js';
import { describeLicence, licenceStatus, lookupExpression } from '../../knowledge/licences/catalogue.js';
import { projectLicenceEvidence } from '../project-licences.js';
import { groupBy } from '../../util/group-by.js';

const MAX_HEADER_LOCATIONS = 5;

/**
 * The project's own code: its root licence files, root manifests and SPDX headers. No
 * licence at all means all rights reserved (closed); an unidentified licence file is unknown.
 */
export function codeContributions(licences: readonly LicenceEvidence[]): Contribution[] {
  const relevant = projectLicenceEvidence(licences);
  if (relevant.length === 0) {
    return [
      {
        status: 'closed',
        licences: [],
        subject: "the project's code",
        reason: 'no licence file, manifest licence or SPDX header: all rights reserved',
        evidence: [],
      },
    ];
  }
  // One contribution per distinct licence, so the report lists each with its evidence.
  const byId = groupBy(relevant, (e) => e.id ?? '');
  const out: Contribution[] = [];
  for (const [id, items] of byId) {
    const where = items.slice(0, MAX_HEADER_LOCATIONS).map((e) => ({ file: e.file, line: e.line }));
    const first = items[0];
    const at = first ? `${first.file}${first.line ? `:${first.line}` : ''}` : '';
    if (id === '' && items.every((e) => e.noLicence)) {
      out.push({
        status: 'closed',
        licences: [],
        subject: "the project's code",
        reason: `${at} holds only a copyright notice: all rights reserved`,
        evidence: where,
      });
      continue;
    }
    if (id === '') {
      out.push({
        status: 'unknown',
        licences: [],
        subject: "the project's code",
        reason: `licence at ${at} not recognised`,
        evidence: where,
      });
      continue;
    }
    const facts = lookupExpression(id);
    out.push({
      status: licenceStatus(facts.category, 'code'),
      licences: facts.ids,
      subject: "the project's code",
      reason: `${describeLicence(facts)} (${at}${items.length > 1 ? ` and ${items.length - 1} more` : ''})`,
      evidence: where,
    });
  }
  return out;
}
