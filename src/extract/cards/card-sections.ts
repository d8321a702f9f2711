// Which standard sections of the Hugging Face model and dataset card templates a card has,
// and which of them still hold the template's "[More Information Needed]" placeholder.

import { nonProseLines, splitLines } from '../markdown/structure.js';

/** Section names as the templates spell them; matching ignores case and punctuation. */
const STANDARD_SECTIONS = [
  // model card template
  'Model Details',
  'Model Description',
  'Model Sources',
  'Uses',
  'Direct Use',
  'Downstream Use',
  'Out-of-Scope Use',
  'Bias, Risks, and Limitations',
  'Recommendations',
  'How to Get Started with the Model',
  'Training Details',
  'Training Data',
  'Training Procedure',
  'Preprocessing',
  'Training Hyperparameters',
  'Speeds, Sizes, Times',
  'Evaluation',
  'Testing Data, Factors & Metrics',
  'Testing Data',
  'Factors',
  'Metrics',
  'Results',
  'Summary',
  'Model Examination',
  'Environmental Impact',
  'Technical Specifications',
  'Model Architecture and Objective',
  'Compute Infrastructure',
  'Hardware',
  'Software',
  'Citation',
  'Glossary',
  'More Information',
  'Model Card Authors',
  'Model Card Contact',
  // dataset card template
  'Dataset Details',
  'Dataset Description',
  'Dataset Sources',
  'Dataset Structure',
  'Dataset Creation',
  'Curation Rationale',
  'Source Data',
  'Data Collection and Processing',
  'Who are the source data producers?',
  'Annotations',
  'Annotation process',
  'Who are the annotators?',
  'Personal and Sensitive Information',
  'Dataset Card Authors',
  'Dataset Card Contact',
];

/** Common spellings outside the template that mean the same section. */
const ALIASES: Record<string, string> = {
  'bias risks limitations': 'Bias, Risks, and Limitations',
  'bias risks and limitations': 'Bias, Risks, and Limitations',
  limitations: 'Bias, Risks, and Limitations',
  'intended uses': 'Uses',
  'intended use': 'Uses',
  'model architecture': 'Model Architecture and Objective',
  'training dataset': 'Training Data',
  'citation information': 'Citation',
  bibtex: 'Citation',
};

const MORE_INFO_NEEDED = '[more information needed]';

/** "Bias, Risks, and Limitations [optional]" -> "bias risks and limitations". */
function normalise(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\[optional\]|\(optional\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_NORMALISED = new Map<string, string>([
  ...STANDARD_SECTIONS.map((s): [string, string] => [normalise(s), s]),
  ...Object.entries(ALIASES),
]);

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.{1,300})/;

export interface CardSections {
  sections: string[];
  emptySections: string[];
}

/** Reads the headings of the card's body (front matter and code blocks left out). */
export function cardSections(text: string): CardSections {
  const lines = splitLines(text);
  const skip = nonProseLines(text);
  const sections: string[] = [];
  const empty: string[] = [];
  let current: string | null = null;
  let currentSaysNeeded = false;

  const close = (): void => {
    if (current !== null && currentSaysNeeded && !empty.includes(current)) empty.push(current);
  };

  for (let i = 0; i < lines.length; i++) {
    if (skip[i + 1]) continue;
    const line = lines[i] ?? '';
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      close();
      // Trailing closing hashes ("## Uses ##") are part of the ATX syntax, not the title.
      const title = (heading[1] ?? '').replace(/#+\s*$/, '');
      current = BY_NORMALISED.get(normalise(title)) ?? null;
      currentSaysNeeded = false;
      if (current !== null && !sections.includes(current)) sections.push(current);
    } else if (current !== null && line.toLowerCase().includes(MORE_INFO_NEEDED)) {
      currentSaysNeeded = true;
    }
  }
  close();
  return { sections, emptySections: empty };
}
