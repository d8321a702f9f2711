import type { Component, Role, Subject, SubjectKind } from '../types/report.js';
import type { EvidenceByKind } from '../classify/classify.js';
import type { ProjectIdentity } from './project-identity.js';
import { isOwn, ROLE_LABEL } from './role.js';
import type { PublishedPackage } from './published-package.js';

// What the repository is, from the roles of its parts: a project with models of its own
// releases them (or fine-tunes a base); one whose code runs models is an application; one
// with modelling code and no model of its own is a framework or training code.

const ofRole = (components: readonly Component[], role: Role): Component[] =>
  components.filter((c) => c.role === role);

const names = (components: readonly Component[]): string =>
  components
    .slice(0, 3)
    .map((c) => c.name)
    .join(', ') + (components.length > 3 ? ` and ${components.length - 3} more` : '');

export function subjectOf(
  identity: ProjectIdentity,
  components: readonly Component[],
  sorted: EvidenceByKind,
  published: PublishedPackage | null,
): Subject {
  const reasons: string[] = [];
  const ai = components.filter((c) => c.role !== undefined);
  const own = ai.filter((c) => isOwn(c));
  const base = ofRole(ai, 'base');
  const runtime = ofRole(ai, 'runtime').filter((c) => c.type === 'model' || c.type === 'api');
  const modelCards = sorted.cards.filter((c) => c.cardType === 'model');
  const datasetCards = sorted.cards.filter((c) => c.cardType === 'dataset');
  const modelCode = sorted.architectures.filter((a) => a.source === 'model-code');
  const pkg = published;
  let kind: SubjectKind;
  if (base.length && (own.length || modelCards.length)) {
    kind = 'fine-tune';
    reasons.push(`derives from ${names(base)}`);
  } else if (identity.examplesFirst && runtime.length) {
    kind = 'application';
    reasons.push(`a collection of examples that run ${names(runtime)}`);
  } else if (
    own.some((c) => c.type === 'model' && !(c.detail ?? '').startsWith('architecture from')) ||
    modelCards.length ||
    (identity.releases && !datasetCards.length)
  ) {
    kind = 'model-release';
    if (identity.releaseReason) reasons.push(`releases a model: ${identity.releaseReason}`);
    if (own.length) reasons.push(`its own: ${names(own)}`);
  } else if (datasetCards.length || own.some((c) => c.type === 'dataset')) {
    kind = 'dataset';
    reasons.push(`dataset cards: ${names(components.filter((c) => c.type === 'dataset-card'))}`);
  } else if (pkg?.kind === 'sdk') {
    kind = 'sdk';
    reasons.push(pkg.reason);
  } else if (runtime.length) {
    kind = 'application';
    reasons.push(`runs ${names(runtime)}`);
  } else if (modelCode.length || pkg) {
    kind = 'framework';
    reasons.push(pkg ? pkg.reason : `modelling code in ${modelCode[0]?.file ?? ''} and no model of its own`);
  } else if (ofRole(ai, 'evaluation').length > ai.length / 2) {
    kind = 'eval-harness';
    reasons.push(`most AI parts are used for evaluation: ${names(ofRole(ai, 'evaluation'))}`);
  } else {
    kind = 'not-ai';
    reasons.push(
      ai.length
        ? `no AI part is the project's own or what it runs; only ${[...new Set(ai.map((c) => ROLE_LABEL[c.role ?? 'mention']))].join(', ')} references`
        : 'no AI part found',
    );
  }
  return { kind, name: identity.name, reasons };
}
