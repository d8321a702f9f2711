// The report as a CycloneDX 1.6 ML-BOM. The CycloneDX library builds and serialises what it
// models (components, services, licences, properties, dependencies); what it does not model
// yet (modelCard, componentData, pedigree) is added to its JSON output in `addUnmodelled`.

import crypto from 'node:crypto';
import {
  Bom,
  Component as CdxComponent,
  LicenseExpression,
  LicenseRepository,
  NamedLicense,
  Property,
  Service,
  SpdxLicense,
} from '@cyclonedx/cyclonedx-library/Models';
import { ComponentType } from '@cyclonedx/cyclonedx-library/Enums';
import { JSON as CdxJson, JsonSerializer } from '@cyclonedx/cyclonedx-library/Serialize';
import { Spec1dot6 } from '@cyclonedx/cyclonedx-library/Spec';
import { isSupportedSpdxId } from '@cyclonedx/cyclonedx-library/SPDX';
import type { CardFacts, Component, Report } from '../types/report.js';
import { LAYER_NAMES } from '../types/report.js';
import { lookupExpression } from '../knowledge/licences/catalogue.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { ownEntry } from '../util/own-entry.js';

/** Our property names: `ai-openness:<name>`. */
const NS = 'ai-openness';
const HUB_ID = /^[A-Za-z0-9][\w.-]{0,95}\/[\w.-]{1,96}$/;
const HTTP_URL = /^https?:\/\/[^\s]+$/;
/** Ecosystems in a dependency's detail, each to its purl type. */
const PURL_TYPES: Record<string, string> = {
  pypi: 'pypi',
  npm: 'npm',
  cargo: 'cargo',
  go: 'golang',
  maven: 'maven',
  gem: 'gem',
  conda: 'conda',
};

type Licences = CdxComponent['licenses'];

/** An SPDX id → `id`; an SPDX expression → `expression`; an AI licence SPDX lacks → `name` (and its URL). */
function addLicences(target: Licences, raw: string | null, card?: CardFacts): void {
  if (!raw || raw === 'NOASSERTION') return;
  const facts = lookupExpression(raw);
  const spdx = facts.parts.every((p) => p.known && isSupportedSpdxId(p.id));
  if (spdx && facts.parts.length === 1 && facts.parts[0]) {
    target.add(new SpdxLicense(facts.parts[0].id));
    return;
  }
  if (spdx && facts.parts.length > 1) {
    target.add(new LicenseExpression(facts.expression));
    return;
  }
  for (const part of facts.parts) {
    if (part.known && isSupportedSpdxId(part.id)) {
      target.add(new SpdxLicense(part.id));
      continue;
    }
    const url = [card?.licenceLink, ...part.sources].find((u) => u && HTTP_URL.test(u));
    const name = part.known ? part.name : (card?.licenceName ?? raw);
    target.add(new NamedLicense(name.slice(0, 300), url ? { url } : {}));
  }
}

function props(target: CdxComponent['properties'], values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') target.add(new Property(`${NS}:${name}`, value));
  }
}

/** The part's role and grading, as properties every AI component carries. */
function partProps(c: Component): Record<string, string | undefined> {
  const first = c.locations[0];
  return {
    status: c.status,
    role: c.role,
    'role-reason': c.roleReason,
    graded: c.graded === undefined ? undefined : String(c.graded),
    own: c.own ? 'true' : undefined,
    'found-as': c.detail,
    'found-at': first ? `${first.file}${first.line ? `:${first.line}` : ''}` : undefined,
  };
}

const CARD_TYPES: Record<string, ComponentType> = {
  model: ComponentType.MachineLearningModel,
  'model-card': ComponentType.MachineLearningModel,
  dataset: ComponentType.Data,
  'dataset-card': ComponentType.Data,
  'weights-file': ComponentType.File,
  dependency: ComponentType.Library,
};

function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i);
}

/** A card is named for what it describes: the project at the root, else its folder. */
function cardName(c: Component, report: Report): string {
  const dir = dirOf(c.name);
  return dir ? dir : report.subject.name || c.name;
}

function purlOf(c: Component): string | undefined {
  if (c.type === 'model' && HUB_ID.test(c.name) && c.detail !== 'prose') return `pkg:huggingface/${c.name}`;
  if (c.type === 'dependency') {
    const type = ownEntry(PURL_TYPES, (c.detail ?? '').split(',')[0]?.trim() ?? '');
    // Maven coordinates "group:artifact" are the purl's namespace and name.
    const path = type === 'maven' ? c.name.replace(':', '/') : c.name;
    if (type && /^[@\w.\-/]+$/.test(path))
      return `pkg:${type}/${path.split('/').map(encodeURIComponent).join('/')}`;
  }
  return undefined;
}

interface Unmodelled {
  modelCard?: object;
  data?: object[];
  pedigree?: object;
}

/** modelCard facts from a card: its task, its training datasets, the limitations it writes about. */
function modelCardOf(
  card: CardFacts,
  dataRefs: ReadonlyMap<string, string>,
  file: string,
): object | undefined {
  const datasets = card.datasets.map((name) => {
    const ref = dataRefs.get(name.toLowerCase());
    return ref ? { ref } : { type: 'dataset', name };
  });
  const limits = card.sections.filter((s) => /limitation|bias|risk|out-of-scope/i.test(s));
  const parameters = { ...(card.task ? { task: card.task } : {}), ...(datasets.length ? { datasets } : {}) };
  const out = {
    ...(Object.keys(parameters).length ? { modelParameters: parameters } : {}),
    ...(limits.length
      ? {
          considerations: {
            technicalLimitations: limits.map((s) => `The card ${file} describes this in its "${s}" section.`),
          },
        }
      : {}),
  };
  return Object.keys(out).length ? out : undefined;
}

/** The base models a card names, as full ancestor components (licence from the report when it has them). */
function pedigreeOf(card: CardFacts, report: Report): object | undefined {
  if (!card.baseModels.length) return undefined;
  const ancestors = card.baseModels.map((name) => {
    const known = report.components.find(
      (c) => c.type === 'model' && c.name.toLowerCase() === name.toLowerCase(),
    );
    const licenses = new LicenseRepository();
    addLicences(licenses, known?.licence ?? null);
    return {
      type: 'machine-learning-model',
      name,
      ...(HUB_ID.test(name) ? { purl: `pkg:huggingface/${name}` } : {}),
      ...(licenses.size ? { licenses: licenceJson(licenses) } : {}),
    };
  });
  return {
    ancestors,
    ...(card.baseModelRelation ? { notes: `base_model_relation: ${card.baseModelRelation}` } : {}),
  };
}

/** A licence repository in JSON, through the library's own normaliser. */
function licenceJson(licenses: Licences): unknown {
  const factory = new CdxJson.Normalize.Factory(Spec1dot6);
  return factory.makeForLicense().normalizeIterable(licenses, {});
}

export function buildBom(report: Report): { bom: Bom; unmodelled: Map<string, Unmodelled> } {
  const bom = new Bom();
  bom.serialNumber = `urn:uuid:${crypto.randomUUID()}`;
  bom.metadata.timestamp = new Date();
  bom.metadata.tools.components.add(
    new CdxComponent(ComponentType.Application, TOOL_NAME, { version: TOOL_VERSION }),
  );
  const ownModel = report.subject.kind === 'model-release' || report.subject.kind === 'fine-tune';
  const root = new CdxComponent(
    ownModel
      ? ComponentType.MachineLearningModel
      : report.subject.kind === 'dataset'
        ? ComponentType.Data
        : ComponentType.Application,
    report.subject.name || 'project',
    { bomRef: 'project' },
  );
  for (const id of report.layers.code.licences) addLicences(root.licenses, id);
  const mislabelled = report.findings.some(
    (f) => f.rule === 'mislabelled-open-source' && f.severity === 'error',
  );
  props(root.properties, {
    verdict: report.verdict,
    subject: report.subject.kind,
    mislabelled: String(mislabelled),
    osaid: report.osaid.result,
    'mof-class': report.mof.class ?? 'none',
  });
  for (const layer of LAYER_NAMES) {
    props(root.properties, {
      [`layer:${layer}`]: report.layers[layer].status,
      [`layer:${layer}:licences`]: report.layers[layer].licences.join(' ') || undefined,
    });
  }
  bom.metadata.component = root;

  const unmodelled = new Map<string, Unmodelled>();
  const dataRefs = new Map<string, string>();
  const cards: { ref: string; c: Component }[] = [];
  report.components.forEach((c, i) => {
    const ref = `${c.type}-${i + 1}`;
    if (c.type === 'api') {
      const service = new Service(c.name, { bomRef: ref });
      props(service.properties as CdxComponent['properties'], partProps(c));
      bom.services.add(service);
      root.dependencies.add(service.bomRef);
      return;
    }
    const type = CARD_TYPES[c.type];
    if (!type) return; // licences are evidence for the layers, not parts
    const isCard = c.type === 'model-card' || c.type === 'dataset-card';
    const component = new CdxComponent(type, isCard ? cardName(c, report) : c.name, {
      bomRef: ref,
      purl: purlOf(c),
    });
    addLicences(component.licenses, c.licence, c.card);
    props(component.properties, {
      ...partProps(c),
      ...(isCard ? { card: c.name, gated: c.card ? String(c.card.gated) : undefined } : {}),
    });
    bom.components.add(component);
    root.dependencies.add(component.bomRef);
    if (type === ComponentType.Data) {
      dataRefs.set(c.name.toLowerCase(), ref);
      unmodelled.set(ref, { data: [{ type: 'dataset', name: c.name }] });
    }
    if (c.type === 'model-card' && c.card) cards.push({ ref, c });
  });
  for (const { ref, c } of cards) {
    const card = c.card as CardFacts;
    const modelCard = modelCardOf(card, dataRefs, c.name);
    const pedigree = pedigreeOf(card, report);
    unmodelled.set(ref, { ...(modelCard ? { modelCard } : {}), ...(pedigree ? { pedigree } : {}) });
  }
  return { bom, unmodelled };
}

/** The one place that adds what the library does not model to its JSON, by bom-ref. */
function addUnmodelled(
  json: { components?: { 'bom-ref'?: string }[] },
  unmodelled: ReadonlyMap<string, Unmodelled>,
): void {
  for (const component of json.components ?? []) {
    const extra = component['bom-ref'] ? unmodelled.get(component['bom-ref']) : undefined;
    if (extra) Object.assign(component, extra);
  }
}

export function renderCycloneDx(report: Report): string {
  const { bom, unmodelled } = buildBom(report);
  const serializer = new JsonSerializer(new CdxJson.Normalize.Factory(Spec1dot6));
  const json = JSON.parse(serializer.serialize(bom, { sortLists: false })) as Parameters<
    typeof addUnmodelled
  >[0];
  addUnmodelled(json, unmodelled);
  return `${JSON.stringify(json, null, 2)}\n`;
}
