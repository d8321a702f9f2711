import type { ScanResult } from '../scan.js';
import { SCHEMA_VERSION, type Report, type Role } from '../types/report.js';
import type { ResolvedModels } from '../classify/model-facts.js';
import type { DatasetEntry } from '../knowledge/model-entry.js';
import type { ClaimEvidence, Evidence } from '../types/evidence.js';
import type { RoleAssignment } from '../roles/role.js';
import { subjectOf } from '../roles/subject.js';
import { namesProject } from '../roles/project-identity.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { buildComponents } from './components.js';
import { classify, sortEvidence, type Classification } from '../classify/classify.js';
import { dependencyRoles } from '../roles/dependency-role.js';
import { mofOf, osaidOf, verdictOf } from '../classify/verdict.js';
import { judge } from '../judge/findings.js';
import { componentStatuses } from './component-status.js';
import ignore from 'ignore';
import { isVendoredPath } from './vendored-paths.js';
import { isOtherWorkPath } from './other-work-paths.js';
import { isTestOrCiPath } from '../extract/test-paths.js';
import { namesOwnModel } from '../judge/claim-scope.js';

const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 } as const;

export interface ReportOptions {
  /** gitignore-style paths whose openness claims are not checked (pages comparing other projects). */
  claimIgnorePaths?: readonly string[];
  /** owner/name of the repository, when known (the Action's GITHUB_REPOSITORY). */
  repository?: string;
  /** Models the resolve stage looked up on the Hub. */
  resolvedModels?: ResolvedModels;
  /** Datasets the resolve stage looked up on the Hub, by lower-cased id. */
  resolvedDatasets?: ReadonlyMap<string, DatasetEntry>;
  /** Roles that grade the layers besides own, base and runtime (`grade-roles`). */
  gradeRoles?: readonly Role[];
}

/** Cards, weights files and modelling code in the repository are the project's own. */
const OWN_ARTEFACT: RoleAssignment = { role: 'own', reason: 'in the repository' };
const TEST_ARTEFACT: RoleAssignment = { role: 'test', reason: 'a test fixture' };
const VENDORED_ARTEFACT: RoleAssignment = {
  role: 'mention',
  reason: "another project's code, vendored here",
};

/** The role the classification gave an evidence item, when it is an AI part. */
function roleLookup(c: Classification): (e: Evidence) => RoleAssignment | undefined {
  const ofDependency = dependencyRoles(c.roles.ofApi, c.roles.identity.examplesFirst);
  return (e) => {
    switch (e.kind) {
      case 'model':
        return c.roles.ofModel.get(e);
      case 'dataset':
        return c.roles.ofDataset.get(e);
      case 'api':
        return c.roles.ofApi.get(e);
      case 'architecture':
        if (isTestOrCiPath(e.file)) return TEST_ARTEFACT;
        return isVendoredPath(e.file) ? VENDORED_ARTEFACT : OWN_ARTEFACT;
      case 'card':
      case 'weights':
        return OWN_ARTEFACT;
      case 'dependency':
        return ofDependency(e);
      default:
        return undefined;
    }
  };
}

/** classify + judge: turns scan evidence into the report contract. */
export function buildReport(scan: ScanResult, durationMs: number, options: ReportOptions = {}): Report {
  const sorted = sortEvidence(scan.evidence);
  const classification = classify(sorted, {
    ...(options.repository ? { repository: options.repository } : {}),
    ...(options.gradeRoles ? { extraGraded: options.gradeRoles } : {}),
    ...(options.resolvedModels ? { resolvedModels: options.resolvedModels } : {}),
    ...(options.resolvedDatasets ? { resolvedDatasets: options.resolvedDatasets } : {}),
  });
  const verdict = verdictOf(classification.layers);
  const skipClaims = options.claimIgnorePaths?.length ? ignore().add([...options.claimIgnorePaths]) : null;
  // Claims in vendored code speak for the vendored project, those in test fixtures for
  // whatever the tests feed in, those in research notes, comparisons and news for the work
  // they discuss, and a sentence whose named subject is not this project ("Llama 3 is an
  // open-weight model") for that subject, unless that subject is one of its own models; the
  // configured paths are skipped too.
  const claims = scan.evidence.filter(
    (e): e is ClaimEvidence =>
      e.kind === 'claim' &&
      !isVendoredPath(e.file) &&
      !isTestOrCiPath(e.file) &&
      !isOtherWorkPath(e.file) &&
      (e.about === undefined ||
        namesProject(e.about, classification.roles.identity) ||
        namesOwnModel(e.about, classification)) &&
      !(skipClaims?.ignores(e.file) ?? false),
  );
  const judged = judge(sorted, claims, verdict, classification);
  const components = componentStatuses(
    buildComponents(scan.evidence, roleLookup(classification), classification.roles.graded),
    classification,
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    ...(options.repository ? { repository: options.repository } : {}),
    verdict,
    subject: subjectOf(classification.roles.identity, components, sorted, classification.roles.published),
    layers: classification.layers,
    osaid: osaidOf(classification.layers, verdict),
    mof: mofOf(
      classification.layers,
      sorted.cards,
      sorted.projects.some((p) => p.signal === 'model-card'),
    ),
    components,
    claims: judged.claims,
    findings: judged.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    warnings: scan.warnings,
    stats: {
      filesSeen: scan.filesSeen,
      filesRead: scan.filesRead,
      bytesRead: scan.bytesRead,
      durationMs,
      threads: scan.threads,
    },
  };
}
