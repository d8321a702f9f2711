import { describe, expect, it } from '@jest/globals';
import { classifySentence } from '../src/extract/claims/classify-sentence.js';
import { proseParagraphs } from '../src/extract/claims/prose-paragraphs.js';
import { splitSentences } from '../src/extract/claims/sentences.js';
import type { ClaimKind } from '../src/types/evidence.js';

// Each row: a sentence as it could appear in a README, and the claim kind it makes
// (null: no claim). Sentences are run through the same Markdown reading the scan uses,
// so code spans, code blocks and comments are tested as they would be found.
type Row = [text: string, expected: ClaimKind | null];

const TRUE_CLAIMS: Row[] = [
  ['FooLM is an open-source large language model trained from scratch.', 'open-source-ai'],
  ['We release FooLM, a fully open language model with its data and code.', 'open-source-ai'],
  ['Our model is 100% open source.', 'open-source-ai'],
  ['The model weights are completely open-source under Apache-2.0.', 'open-source-ai'],
  ['This is a truly open LLM for European languages.', 'open-source-ai'],
  ['We have open-sourced the model and its training data.', 'open-source-ai'],
  ['FooChat is an opensource AI assistant for your terminal.', 'open-source-ai'],
  ['The dataset is open source and free to use.', 'open-source-ai'],
  ['Everything is open source: code, data and weights.', 'open-source-ai'],
  ['Our LLM project is fully open source.', 'open-source-ai'],
  ['FooLM: Open Source LLM for Chemistry', 'open-source-ai'],
  ['We release the checkpoints as open source.', 'open-source-ai'],
  ['It is the first open-source model to reach this score.', 'open-source-ai'],
  ['The model is free and open source.', 'open-source-ai'],
  ['We release open weights for all three sizes.', 'open-weights'],
  ['FooLM is an open-weight model with 7B parameters.', 'open-weights'],
  ['Our open-weights release includes a 70B variant.', 'open-weights'],
  ['- [Continue](https://github.com/continuedev/continue) - Open-source AI code assistant for any IDE', null],
  ['The tool flags projects labelled open source AI that are not.', null],
  ['Many repositories are marketed as open-source LLMs without their data.', null],
  ['BarNet is an open model for image segmentation.', 'open-model'],
  ['We present a family of open language models.', 'open-model'],
  ['We provide an open-access model for clinical notes.', 'open-model'],
  ['FooLM: Open Language Model', 'open-model'],
  ['FooLM is an open-access multilingual language model.', 'open-model'],
  ['An open source chatbot trained on public conversations.', 'open-source-ai'],
  ['This model is open sourced under the MIT license.', 'open-source-ai'],
];

const NOT_CLAIMS: Row[] = [
  // negations
  ['FooLM is not open source.', null],
  ["The model isn't open-source yet; weights are available on request.", null],
  ['There are no open weights for this release.', null],
  ['Our model is not fully open, as the data cannot be shared.', null],
  ['None of the checkpoints are open-sourced.', null],
  // other projects and comparisons
  ['Unlike Llama, which is not fully open, BarNet is a CNN.', null],
  ['Other open-source models such as Mistral score lower.', null],
  ['Compared with open-source LLMs, our API is faster.', null],
  ['Our model outperforms all open-source models on MMLU.', null],
  ['Run open-source LLMs locally with one command.', null],
  ['A chat interface for open-weight models.', null],
  ['This app uses open-source models like Llama and Mistral.', null],
  ['Many open models are released under restrictive licences.', null],
  // non-AI uses of "open source"
  ['We rely on the open-source library requests.', null],
  ['We use open-source tools for CI.', null],
  ['Thanks to the open-source community for their contributions.', null],
  ['This project is open source and welcomes contributions.', null],
  ['Contributions to this open-source project are welcome.', null],
  ['FooServe is an open-source LLM inference engine.', null],
  ['An open-source framework for building AI agents.', null],
  ['The paper is published in an open access journal.', null],
  ['We open source all our code.', null],
  ['The code is open source, and the model is available on request.', null],
  // Ambiguous: a company that builds AI is not a model; the noun after "AI" wins.
  ['We are an open-source AI company.', null],
  // About the field, not this project.
  ['Our mission is to make open-source AI accessible.', null],
  ['Open model settings and choose a theme.', null],
  ['OpenAI models are called through the API.', null],
  // questions, definitions and generic statements
  ['Is this model open source?', null],
  ['Whether a model is open source depends on its licence.', null],
  ['Open-source models are becoming more capable every year.', null],
  // Ambiguous: the licence is named open source, not the model itself. A licence claim is
  // graded by the licence layer; treating it as a model claim would double-count.
  ['The model is released under an open-source license.', null],
];

/** Text that is not prose: nothing in it may become a claim. */
const NOT_PROSE: string[] = [
  '```bash\n# an open-source model\necho "fully open LLM"\n```',
  'Load it with `open_source_model = "an open-source model"` first.',
  '<!-- TODO: call this an open-source model once the data is out -->',
  '    an open-source model in an indented code block',
  '| Model | Open weights |\n|---|---|\n| FooLM | yes |',
];

function claimsIn(markdown: string): ClaimKind[] {
  const kinds: ClaimKind[] = [];
  for (const paragraph of proseParagraphs(markdown, 'markdown')) {
    for (const sentence of splitSentences(paragraph)) {
      for (const claim of classifySentence(sentence.text)) kinds.push(claim.claimKind);
    }
  }
  return kinds;
}

describe('claim table', () => {
  it.each([...TRUE_CLAIMS, ...NOT_CLAIMS])('%s -> %s', (text, expected) => {
    expect(claimsIn(text)).toEqual(expected === null ? [] : [expected]);
  });

  it.each(NOT_PROSE)('non-prose %#', (markdown) => {
    expect(claimsIn(`Intro paragraph.\n\n${markdown}\n`)).toEqual([]);
  });

  it('has at least 40 rows covering every kind', () => {
    const rows = [...TRUE_CLAIMS, ...NOT_CLAIMS];
    expect(rows.length + NOT_PROSE.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(rows.map((r) => r[1]));
    expect(kinds).toEqual(new Set(['open-source-ai', 'open-weights', 'open-model', null]));
  });
});

describe('classifySentence details', () => {
  it('returns the exact words as written', () => {
    expect(classifySentence('FooLM is a Fully Open-Source LLM.')).toEqual([
      { claimKind: 'open-source-ai', phrase: 'Fully Open-Source', offset: 11, about: 'FooLM' },
    ]);
  });

  it('names the noun in marketing wording', () => {
    expect(classifySentence('We present an open language model.')[0]?.phrase).toBe('open language model');
  });

  it('reads a tagline (the phrase opens a sentence with no verb after its noun) as the project label it is', () => {
    expect(classifySentence('Open-source LLM for code completion')).toHaveLength(1);
    expect(classifySentence('Fully open model, open weights and training data')).toHaveLength(1);
    expect(classifySentence('Open-source LLMs are everywhere now.')).toEqual([]);
    expect(classifySentence('Open-source models can be run locally.')).toEqual([]);
    expect(classifySentence('A chat UI for open-source LLMs', { labelsProject: true })).toEqual([]);
  });

  it("names the sentence's subject, and the model a phrase names, for the report to match against the project", () => {
    expect(
      classifySentence('Baichuan 2 is the new generation of open-source large language models.'),
    ).toEqual([expect.objectContaining({ claimKind: 'open-source-ai', about: 'Baichuan 2' })]);
    expect(
      classifySentence('Tern is a family of small, fast (and cheap) open-source language models.')[0]?.about,
    ).toBe('Tern');
    expect(classifySentence('This model is an open-source LLM.')[0]?.about).toBeUndefined();
    expect(classifySentence('We introduce Heron, a novel open-source text-to-image model.')).toHaveLength(1);
  });

  it('reads "we made X open source" as our claim about X, and not another maker\'s or a non-AI X', () => {
    expect(
      classifySentence('We have made the Tern LLM 7B Chat open source for the research community.'),
    ).toHaveLength(1);
    expect(classifySentence('Meta made Llama open source.')).toEqual([]);
    expect(classifySentence('We have made the training code open source.')).toEqual([]);
  });

  it('reads Chinese claims: 开源 before a model word, whose subject comes before 是', () => {
    expect(classifySentence('Tern 是新一代开源大语言模型。')).toEqual([
      expect.objectContaining({ claimKind: 'open-source-ai', about: 'Tern' }),
    ]);
    expect(classifySentence('我们开源了 Tern 7B 模型。')).toHaveLength(1);
    expect(classifySentence('Tern 不是开源模型。')).toEqual([]);
    expect(classifySentence('开源社区很活跃。')).toEqual([]);
  });

  it('reads the second clause after a comparison in the first', () => {
    expect(
      classifySentence('Unlike closed APIs, our model is fully open source.').map((c) => c.claimKind),
    ).toEqual(['open-source-ai']);
  });
});
