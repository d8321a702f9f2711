import type { CardEvidence } from '../types/evidence.js';
import type { LayerName, LayerReport, LayerStatus, Report, Verdict } from '../types/report.js';

type Layers = Record<LayerName, LayerReport>;

const AI_LAYERS: readonly LayerName[] = ['architecture', 'data', 'weights'];
const isOpenOrAbsent = (s: LayerStatus): boolean => s === 'open' || s === 'absent';

/**
 * The overall verdict, as DESIGN.md defines it. The model layers (architecture and weights)
 * decide between closed and restricted: code with no licence beside restricted weights is
 * restricted. Without model layers (a dataset project) the data layer decides.
 */
export function verdictOf(layers: Layers): Verdict {
  const { code, architecture, data, weights } = layers;
  if (AI_LAYERS.every((l) => layers[l].status === 'absent')) return 'not-ai';
  const model = [architecture.status, weights.status];
  if (model.includes('closed')) return 'closed';
  if (model.includes('restricted')) return 'restricted';
  // Beside open model layers, code that is all rights reserved keeps the system closed.
  if (code.status === 'closed') return 'closed';
  if (model.includes('unknown')) return 'unknown';
  if (weights.status === 'open') {
    // Open weights (and an open or absent architecture): open source AI only when the code
    // and data are open too; code we cannot read leaves it undecided.
    if (code.status === 'unknown') return 'unknown';
    if (isOpenOrAbsent(data.status) && isOpenOrAbsent(code.status)) return 'open-source-ai';
    return 'open-weights';
  }
  // No weights: the data (a dataset project) or the modelling code alone.
  if (data.status === 'closed') return 'closed';
  if (data.status === 'restricted' || code.status === 'restricted') return 'restricted';
  if (data.status === 'unknown' || code.status === 'unknown') return 'unknown';
  return 'open-source-ai';
}

const OSAID_REQUIREMENT: Record<LayerName, string> = {
  code: 'Code: the complete source to train and run the system under OSI-approved licences',
  architecture: 'Model: the architecture under an OSI-approved licence',
  data: 'Data information: enough detail about the training data to rebuild a substantially equivalent system',
  weights: 'Parameters: the weights under OSI-approved terms (use, study, modify and share for any purpose)',
};

/** The OSI Open Source AI Definition 1.0 result: every present layer must be open; unknown never passes. */
export function osaidOf(layers: Layers, verdict: Verdict): Report['osaid'] {
  if (verdict === 'not-ai')
    return { result: 'cannot-confirm', reasons: ['no AI system found: the definition does not apply'] };
  // The definition asks for the parameters; a repository that ships none (a framework, a
  // training codebase) cannot pass or fail it on its own.
  if (layers.weights.status === 'absent' && layers.data.status === 'absent')
    return {
      result: 'cannot-confirm',
      reasons: [
        'no model weights or training data here: the definition applies to a system with its parameters',
      ],
    };
  const failing = (Object.keys(layers) as LayerName[]).filter(
    (l) => layers[l].status === 'closed' || layers[l].status === 'restricted',
  );
  if (failing.length) {
    return {
      result: 'fail',
      reasons: failing.map(
        (l) => `${OSAID_REQUIREMENT[l]}: not met (${layers[l].status}: ${layers[l].reasons[0] ?? ''})`,
      ),
    };
  }
  const unknown = (Object.keys(layers) as LayerName[]).filter((l) => layers[l].status === 'unknown');
  if (unknown.length) {
    return {
      result: 'cannot-confirm',
      reasons: unknown.map(
        (l) => `${OSAID_REQUIREMENT[l]}: cannot be confirmed (${layers[l].reasons[0] ?? ''})`,
      ),
    };
  }
  return { result: 'pass', reasons: ['every layer present is available under open terms'] };
}

const EVALUATION_SECTIONS = ['Evaluation', 'Results', 'Testing Data, Factors & Metrics'];
const DATA_SECTIONS = ['Training Data', 'Dataset Card', 'Dataset Structure', 'Dataset Creation'];
const PAPER_SECTIONS = ['Citation', 'Technical Specifications', 'Paper'];

function sectionFilled(cards: readonly CardEvidence[], names: readonly string[]): boolean {
  return cards.some((c) =>
    c.sections.some(
      (s) => names.some((n) => s.toLowerCase().includes(n.toLowerCase())) && !c.emptySections.includes(s),
    ),
  );
}

/**
 * An estimate of the Model Openness Framework class from what the repository shows. The
 * classes are cumulative: III (open model), II (plus open tooling), I (plus open data).
 */
export function mofOf(layers: Layers, cards: readonly CardEvidence[], proseModelCard = false): Report['mof'] {
  const modelCards = cards.filter((c) => c.cardType === 'model');
  const open = (l: LayerName): boolean => layers[l].status === 'open';
  const classIII: [string, boolean][] = [
    ['model architecture (open licence)', open('architecture')],
    ['final model parameters (open licence)', open('weights')],
    ['model card', modelCards.length > 0 || proseModelCard],
    [
      'data card (or training-data section in the model card)',
      sectionFilled(cards, DATA_SECTIONS) || cards.some((c) => c.cardType === 'dataset'),
    ],
    ['technical report or paper', sectionFilled(modelCards, PAPER_SECTIONS)],
    ['evaluation results', sectionFilled(modelCards, EVALUATION_SECTIONS)],
  ];
  const classII: [string, boolean][] = [
    ['training, inference and evaluation code (OSI licence)', open('code')],
  ];
  const classI: [string, boolean][] = [['training datasets (open licences)', open('data')]];
  const missing = (items: [string, boolean][]): string[] =>
    items.filter(([, ok]) => !ok).map(([name]) => name);
  const m3 = missing(classIII);
  const m2 = missing(classII);
  const m1 = missing(classI);
  const all = [...m3, ...m2, ...m1];
  if (m3.length) return { class: null, missing: all };
  if (m2.length) return { class: 'III', missing: all };
  if (m1.length) return { class: 'II', missing: all };
  return { class: 'I', missing: [] };
}
