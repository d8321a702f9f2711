// The word lists the claim detector reasons with. Kept apart from the logic so a reviewer
// can see, and extend, exactly which words count.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Nouns that are the AI itself: an open-source word attached to one of these is a claim. */
export const AI_NOUNS = set(`
  model models llm llms lm lms slm slms vlm vlms ai weights checkpoint checkpoints dataset datasets
  data corpus corpora chatbot chatbots gpt embeddings
`);

/** Nouns that stand for the whole project: a claim only when the sentence is about AI. */
export const SYSTEM_NOUNS = set(`
  system systems project stack release alternative replacement reproduction assistant version family
  suite everything it this
`);

/**
 * Words that, following an AI noun, make the AI noun a mere modifier of something that is
 * not the AI: "open-source LLM framework", "open model zoo", "open-source AI community".
 */
export const NON_AI_CONTINUATIONS = set(`
  library libraries framework frameworks tool tools toolkit toolkits engine engines server servers hub
  zoo registry runner runners format formats card cards loader loaders api apis sdk sdks package packages
  interface interfaces repository repositories repo repos code codebase implementation implementations
  training inference serving gateway gateways router proxy platform platforms app apps application
  applications ui client clients cli pipeline pipelines benchmark benchmarks leaderboard leaderboards
  evaluation evaluations hosting marketplace catalog catalogue explorer viewer builder management ops
  community communities ecosystem ecosystems movement research researchers developers space spaces
  software infrastructure playground wrapper wrappers plugin plugins extension extensions orchestration
  compiler runtime runtimes license licence licenses licences standard standards specification spec
  tutorial tutorials course guide docs documentation conference summit projects contributors
  contributions settings setting file files folder folders menu directory dialog panel config page tab
  powered driven based native first ready generated assisted enabled friendly
`);

/** Words that end a noun phrase: prepositions, determiners, pronouns, auxiliaries, conjunctions. */
export const PHRASE_STOPS = set(`
  for with from to in on at by of via under into over about as than like including such versus vs
  the a an this that these those its their our your my his her we you they he she them us which who
  whose where when while whereas but so yet if because although though
  is are was were be been being am has have had can could will would should may might must do does did
  not no never
`);

/** Conjunctions that join noun phrases ("open-source code and weights"). */
export const CONJUNCTIONS = set(`and or & plus`);

/** Words just before the phrase that make the subject this project's own ("an open model"). */
export const SELF_MARKERS = set(`a an the our this its my first only`);

/** Verbs after which the phrase names what the project itself releases. */
export const RELEASE_VERBS = set(`
  release releases released releasing publish publishes published present presents presented
  introduce introduces introduced provide provides offer offers share shares shared build builds
  built open opened opens
`);

/** Linking words between a subject and a predicative phrase ("the weights are open source"). */
export const COPULAS = set(`is are was were be been being remains remain stays stay`);

/** Words that may stand between the copula (or "as") and the phrase. */
export const PREDICATE_FILLERS = set(`
  now also all both entirely fully completely totally truly released published made available
  licensed distributed provided shared and free openly
`);

/** Intensifiers that turn "open" into a full-openness claim ("fully open", "100% open"). */
export const INTENSIFIERS = set(`fully 100% truly completely totally entirely genuinely`);

/** Negation words; contractions ending in n't are caught separately. */
export const NEGATIONS = set(`not no never non none neither nor without cannot hardly nothing`);

/**
 * Cues that the phrase describes other projects, a comparison, a hypothetical or an
 * intention rather than this project as it is: "other open-source models", "compared with
 * open-source LLMs", "whether a model is open source", "run open-source LLMs locally", "we
 * intend to release a fully open-source model".
 */
export const OTHER_SUBJECT_CUES = set(`
  other others existing many most some several various numerous popular prior previous
  unlike than compared compare comparing comparison versus vs against outperform outperforms
  outperformed outperforming beat beats surpass surpasses rival rivals match matches among between
  whether if define defines defined definition called
  use uses using used run runs running serve serves serving deploy deploys deploying host hosts hosting
  support supports supported supporting load loads loading download downloads downloading integrate
  integrates integrating connect connects chat query call calls access accesses evaluate evaluates
  evaluating benchmark benchmarks benchmarking finetune finetuned tune tuned explore try leverage leverages
  their
  label labels labelled labeled branded marketed advertised claim claims claimed claiming flag flags flagged
  projects repositories repos
  implementation implementations implements implementing reimplementation reimplementations
  collection catalog catalogue zoo recipes
  intend intends intended plan plans planned planning aim aims hope hopes wish going soon
`);

/** Prepositions that, right before the phrase, make it an object of something else ("a UI for open-source LLMs"). */
export const OBJECT_PREPOSITIONS = set(
  `with for from to on via by across among between against than like versus vs through`,
);

/**
 * Words that mark a sentence as being about AI, for the "whole project" subjects. "model"
 * counts unless a non-AI modifier comes first ("data model", "business model").
 */
export const AI_CONTEXT_WORDS = set(`
  ai llm llms gpt chatgpt weights checkpoint checkpoints dataset datasets neural ml generative diffusion
  transformer transformers chatbot inference embeddings model models lm lms slm vlm multimodal
  finetuned finetuning pretrained pretraining
`);

/** Two-word forms of the same ("machine learning", "fine tuned" after hyphens split). */
export const AI_CONTEXT_PAIRS = set(`
  machine_learning deep_learning fine_tuned fine_tuning pre_trained pre_training language_model
`);

export const NON_AI_MODEL_MODIFIERS = set(`data object domain business threat view mental role pricing 3d`);
