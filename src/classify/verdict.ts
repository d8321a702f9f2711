import type { CardEvidence } from '../types/evidence.js';
import type { LayerName, LayerReport, LayerStatus, Report, Verdict } from '../types/report.js';

type Layers = Record<LayerName, LayerReport>;

const AI_LAYERS: readonly LayerName[] = ['architecture', 'data', 'weights'];
const isOpenOrAbsent = (s: LayerStatus): boolean => s === 'open' || s === 'absent';

/** The overall verdict, as DESIGN.md defines it. */
export function verdictOf(layers: Layers): Verdict {
  const { code, architecture, data, weights } = layers;
  if (AI_LAYERS.every((l) => layers[l].status === 'absent')) return 'not-ai';
  if (weights.status === 'closed' || architecture.status === 'closed' || code.status === 'closed')
    return 'closed';
  if ([code, architecture, weights].some((l) => l.status === 'restricted')) return 'restricted';
  const modelOpen = isOpenOrAbsent(architecture.status) && isOpenOrAbsent(weights.status);
  if (modelOpen && weights.status === 'open' && data.status !== 'open' && data.status !== 'absent') {
    // Open weights (and an open or absent architecture) with data that is not open: open
    // weights, whatever the data is. With no weights at all there is nothing "open-weight".
    return code.status === 'unknown' ? 'unknown' : 'open-weights';
  }
  if (data.status === 'restricted') return 'restricted';
  if (Object.values(layers).every((l) => isOpenOrAbsent(l.status))) return 'open-source-ai';
  return 'unknown';
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
export function mofOf(layers: Layers, cards: readonly CardEvidence[]): Report['mof'] {
  const modelCards = cards.filter((c) => c.cardType === 'model');
  const open = (l: LayerName): boolean => layers[l].status === 'open';
  const classIII: [string, boolean][] = [
    ['model architecture (open licence)', open('architecture')],
    ['final model parameters (open licence)', open('weights')],
    ['model card', modelCards.length > 0],
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
