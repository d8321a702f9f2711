// Every finding rule, as data: its id (stable: code scanning matches alerts by it), a title,
// what it means and what to do. SARIF's rule list, docs/rules.md and the help links read it.

import type { Severity } from '../types/report.js';

export interface RuleInfo {
  id: string;
  /** PascalCase name for SARIF's reportingDescriptor.name. */
  name: string;
  title: string;
  /** What it finds, one or two sentences. */
  description: string;
  /** What to do about it. */
  fix: string;
  /** The usual severity (a finding may carry another). */
  severity: Severity;
  tags: string[];
}

export const DOCS_URL = 'https://github.com/ai-openness-check/ai-openness-check/blob/main/docs/rules.md';

export const RULES: readonly RuleInfo[] = [
  {
    id: 'mislabelled-open-source',
    name: 'MislabelledOpenSource',
    title: 'Labelled open source AI, but a layer is not open',
    description:
      'A README, card or package description calls the project open source AI (or open source, or fully open), but at least one of its graded layers (code, architecture, training data, weights) is restricted, closed or cannot be confirmed.',
    fix: 'Use the honest wording the finding suggests (for example "open weights under the Llama 3.1 Community License"), or make the layer open: publish the data, or build on a model whose licence is open.',
    severity: 'error',
    tags: ['ai', 'openness', 'licensing'],
  },
  {
    id: 'licence-conflict',
    name: 'LicenceConflict',
    title: 'Two licence statements disagree',
    description:
      "A model card declares a more open licence than its base model allows (a fine-tune, adapter, quantisation or merge carries its base model's terms), or the project's manifest and licence file name different licences.",
    fix: "Declare the base model's licence on the derived model, or make the manifest and the licence file agree.",
    severity: 'warning',
    tags: ['ai', 'licensing'],
  },
  {
    id: 'permissive-without-text',
    name: 'PermissiveWithoutText',
    title: 'A permissive licence is named but its text is missing',
    description:
      'A card or manifest names a permissive licence, but no licence file in the repository contains it. A tag without the licence text is weak evidence of the terms.',
    fix: 'Add a LICENSE file with the full text of the licence the tag names.',
    severity: 'warning',
    tags: ['licensing'],
  },
  {
    id: 'unknown-licence',
    name: 'UnknownLicence',
    title: 'A licence the knowledge base does not know',
    description:
      'A licence file is not a licence we recognise, a card or manifest names a licence id that is not in the knowledge base, or a card says license: other with no name or file beside it.',
    fix: 'Have a person read the terms. Name the licence by its SPDX id, or give the card a license_name and license_link.',
    severity: 'warning',
    tags: ['licensing'],
  },
  {
    id: 'dependency-licence',
    name: 'DependencyLicence',
    title: 'An AI dependency under a licence that is not open',
    description:
      "A model library, runtime or provider SDK the project depends on is under a licence that is not open (a non-commercial, research-only or proprietary licence). The project's own code layer is not changed by it, but its terms bind everyone who runs the project.",
    fix: 'Read the dependency licence and tell your users its terms, or replace it with an openly licensed package.',
    severity: 'warning',
    tags: ['ai', 'licensing', 'dependencies'],
  },
  {
    id: 'obligation',
    name: 'LicenceObligation',
    title: 'Terms a restricted licence imposes',
    description:
      'A restricted licence is in force on a layer (a usage cap, a commercial ban, an acceptable-use policy, attribution or naming terms). This is a notice of what users of the project must honour, not a defect.',
    fix: 'Tell your users these terms, and check that your use stays within them.',
    severity: 'notice',
    tags: ['ai', 'licensing'],
  },
];

export const ruleById = (id: string): RuleInfo | undefined => RULES.find((r) => r.id === id);

export const ruleHelpUri = (id: string): string => `${DOCS_URL}#${id}`;
