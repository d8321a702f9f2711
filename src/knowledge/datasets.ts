// Datasets: how references look (Hub ids, TFDS names, torchvision classes, Kaggle slugs,
// prose) and the terms they come under. Data only; lookup-dataset.ts indexes it.
// Facts from ../shared/reference/ai-licences.md (sections 3, 5, 6) where it has them;
// everything else is marked `provisional` and cites the dataset's own page. Where no
// single licence applies or none is stated, `licence` is null and `openness` says
// 'unknown' (or 'restricted' when the terms are known to restrict use).

import type { DatasetEntry } from './model-entry.js';

export const DATASETS: readonly DatasetEntry[] = [
  // ── Pre-training text corpora ─────────────────────────────────────────────────────
  {
    id: 'the-pile',
    name: 'The Pile',
    patterns: {
      hub: ['EleutherAI/pile', 'EleutherAI/the_pile', 'EleutherAI/the_pile_deduplicated', 'the_pile', 'pile'],
      prose: [/^the pile\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'withdrawn',
    notes:
      "An 825 GiB mix of 22 sources, each under its own terms (no single licence). The Books3 component drew a DMCA takedown in 2023 and the original hosting was removed; Pythia's pre-tokenised shards remain public. Models trained on it (Pythia, GPT-J, GPT-NeoX) are still counted as having released training data.",
    sources: [
      'https://pile.eleuther.ai/',
      'https://arxiv.org/abs/2101.00027',
      'https://github.com/EleutherAI/pythia/blob/main/README.md',
    ],
    verification: 'secondary',
  },
  {
    id: 'c4',
    name: 'C4 (Colossal Clean Crawled Corpus)',
    patterns: {
      hub: ['allenai/c4', 'c4', 'legacy-datasets/c4'],
      tfds: ['c4'],
      prose: [/^c4\b/i, /^colossal clean crawled corpus\b/i],
    },
    licence: 'ODC-By-1.0',
    openness: 'open',
    access: 'public',
    notes:
      'Cleaned Common Crawl snapshot; reproducible through TFDS, published by AllenAI under ODC-By. Common Crawl terms of use also apply.',
    sources: ['https://huggingface.co/datasets/allenai/c4', 'https://www.tensorflow.org/datasets/catalog/c4'],
    verification: 'secondary',
  },
  {
    id: 'refinedweb',
    name: 'Falcon RefinedWeb',
    patterns: {
      hub: ['tiiuae/falcon-refinedweb'],
      prose: [/^(?:falcon[ -])?refinedweb\b/i],
    },
    licence: 'ODC-By-1.0',
    openness: 'open',
    access: 'public',
    notes:
      'A 600B-token public extract of the web corpus used for Falcon; Common Crawl terms also apply. Licence stated from the Hub card, not re-read (reference section 6).',
    sources: ['https://huggingface.co/datasets/tiiuae/falcon-refinedweb'],
    verification: 'secondary',
  },
  {
    id: 'dolma',
    name: 'Dolma',
    patterns: {
      hub: ['allenai/dolma'],
      prose: [/^dolma\b/i],
    },
    licence: 'ODC-By-1.0',
    openness: 'open',
    access: 'public',
    notes:
      'AI2 pre-training corpus behind OLMo. Under the AI2 ImpACT Medium-Risk licence from August 2023; moved to ODC-By in April 2024. Pinned older versions carry the ImpACT terms.',
    sources: [
      'https://github.com/allenai/dolma/blob/main/README.md',
      'https://huggingface.co/datasets/allenai/dolma',
    ],
    verification: 'primary',
  },
  {
    id: 'olmo-mix-1124',
    name: 'OLMo-mix-1124 / Dolmino-mix-1124',
    patterns: {
      hub: ['allenai/olmo-mix-1124', 'allenai/dolmino-mix-1124'],
    },
    licence: 'ODC-By-1.0',
    openness: 'open',
    access: 'public',
    notes:
      'OLMo 2 pre-training and mid-training mixes. Licence stated from memory of the Hub card (reference section 6).',
    sources: ['https://huggingface.co/datasets/allenai/olmo-mix-1124'],
    verification: 'secondary',
  },
  {
    id: 'redpajama-v1',
    name: 'RedPajama-Data-1T (v1)',
    patterns: {
      hub: ['togethercomputer/RedPajama-Data-1T', 'togethercomputer/RedPajama-Data-1T-Sample'],
      prose: [/^redpajama(?:[ -]data)?(?:[ -]1t|[ -]v1)?\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'public',
    notes:
      'Reproduction of the LLaMA data mix; each slice keeps its source terms (Common Crawl terms, C4 ODC-By, GitHub per-repository licences, arXiv per-paper terms, Wikipedia and StackExchange CC-BY-SA, books). No single licence.',
    sources: ['https://huggingface.co/datasets/togethercomputer/RedPajama-Data-1T'],
    verification: 'provisional',
  },
  {
    id: 'redpajama-v2',
    name: 'RedPajama-Data-V2',
    patterns: {
      hub: ['togethercomputer/RedPajama-Data-V2'],
      prose: [/^redpajama(?:[ -]data)?[ -]v2\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'public',
    notes:
      'Web text from Common Crawl with quality signals; use is subject to the Common Crawl terms of use. Processing code is separately licensed.',
    sources: ['https://huggingface.co/datasets/togethercomputer/RedPajama-Data-V2'],
    verification: 'provisional',
  },
  {
    id: 'slimpajama',
    name: 'SlimPajama-627B',
    patterns: {
      hub: ['cerebras/SlimPajama-627B'],
      prose: [/^slimpajama\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'public',
    notes: 'Deduplicated RedPajama v1; inherits the per-source terms of RedPajama v1.',
    sources: ['https://huggingface.co/datasets/cerebras/SlimPajama-627B'],
    verification: 'provisional',
  },
  {
    id: 'fineweb',
    name: 'FineWeb / FineWeb-2',
    patterns: {
      hub: ['HuggingFaceFW/fineweb', 'HuggingFaceFW/fineweb-2'],
      prose: [/^fineweb(?:-2)?$/i, /^fineweb(?:-2)? (?:dataset|corpus)\b/i],
    },
    licence: 'ODC-By-1.0',
    openness: 'open',
    access: 'public',
    notes: 'Filtered Common Crawl text; use is also subject to the Common Crawl terms of use.',
    sources: [
      'https://huggingface.co/datasets/HuggingFaceFW/fineweb',
      'https://huggingface.co/datasets/HuggingFaceFW/fineweb-2',
    ],
    verification: 'provisional',
  },
  {
    id: 'fineweb-edu',
    name: 'FineWeb-Edu',
    patterns: {
      hub: ['HuggingFaceFW/fineweb-edu', 'HuggingFaceFW/fineweb-edu-score-2'],
      prose: [/^fineweb-edu\b/i],
    },
    licence: 'ODC-By-1.0',
    openness: 'open',
    access: 'public',
    notes: 'Educational-quality subset of FineWeb; Common Crawl terms of use also apply.',
    sources: ['https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu'],
    verification: 'provisional',
  },
  {
    id: 'the-cauldron',
    name: 'The Cauldron',
    patterns: {
      hub: ['HuggingFaceM4/the_cauldron'],
      prose: [/^the cauldron\b/i],
    },
    licence: null,
    openness: 'restricted',
    access: 'public',
    notes:
      'A published collection of 50 vision-language datasets; each subset keeps the licence of its source, some of them non-commercial.',
    sources: ['https://huggingface.co/datasets/HuggingFaceM4/the_cauldron'],
    verification: 'provisional',
  },
  {
    id: 'common-crawl',
    name: 'Common Crawl',
    patterns: {
      prose: [/^common ?crawl\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'public',
    notes:
      "Raw web crawl archives under the Common Crawl terms of use; the crawled pages stay under their owners' rights.",
    sources: ['https://commoncrawl.org/terms-of-use'],
    verification: 'provisional',
  },
  {
    id: 'oscar',
    name: 'OSCAR',
    patterns: {
      hub: ['oscar', 'oscar-corpus/OSCAR-2301', 'oscar-corpus/OSCAR-2201', 'oscar-corpus/OSCAR-2109'],
      hubPrefixes: ['oscar-corpus/oscar-'],
      prose: [/^oscar corpus\b/i],
    },
    licence: 'CC0-1.0',
    openness: 'unknown',
    access: 'gated',
    notes:
      "Multilingual Common Crawl extract. CC0 covers only the packaging, metadata and annotations; the text itself stays under its authors' rights. Recent versions are gated.",
    sources: ['https://oscar-project.org/', 'https://huggingface.co/datasets/oscar-corpus/OSCAR-2301'],
    verification: 'provisional',
  },
  {
    id: 'openwebtext',
    name: 'OpenWebText',
    patterns: {
      hub: ['Skylion007/openwebtext', 'openwebtext'],
      prose: [/^openwebtext\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'public',
    notes:
      "Open recreation of OpenAI's WebText (pages linked from Reddit). The Hub card declares CC0-1.0, but that cannot cover the scraped pages, whose rights are unknown.",
    sources: [
      'https://huggingface.co/datasets/Skylion007/openwebtext',
      'https://skylion007.github.io/OpenWebTextCorpus/',
    ],
    verification: 'provisional',
  },
  {
    id: 'roots',
    name: 'BigScience ROOTS',
    patterns: {
      hubPrefixes: ['bigscience-data/roots_'],
      prose: [/^roots corpus\b/i],
    },
    licence: null,
    openness: 'restricted',
    access: 'gated',
    notes: 'BLOOM training corpus; documented, parts released under gated access with mixed licences.',
    sources: ['https://huggingface.co/bigscience-data', 'https://huggingface.co/spaces/bigscience/license'],
    verification: 'secondary',
  },
  {
    id: 'wikipedia',
    name: 'Wikipedia',
    patterns: {
      hub: ['wikimedia/wikipedia', 'wikipedia', 'legacy-datasets/wikipedia', 'olm/wikipedia'],
      tfds: ['wikipedia'],
      prose: [/^wikipedia\b/i],
    },
    licence: 'CC-BY-SA-3.0 OR GFDL-1.3-or-later',
    openness: 'open',
    access: 'public',
    notes:
      'Text dual-licensed under CC BY-SA and the GFDL; Wikipedia moved to CC BY-SA 4.0 for new text in June 2023. Share-alike and attribution apply.',
    sources: [
      'https://huggingface.co/datasets/wikimedia/wikipedia',
      'https://en.wikipedia.org/wiki/Wikipedia:Copyrights',
    ],
    verification: 'provisional',
  },
  {
    id: 'wikitext',
    name: 'WikiText-2 / WikiText-103',
    patterns: {
      hub: ['Salesforce/wikitext', 'wikitext'],
      torchvision: ['WikiText2', 'WikiText103'],
      prose: [/^wikitext(?:-?(?:2|103))?\b/i],
    },
    licence: 'CC-BY-SA-3.0',
    openness: 'open',
    access: 'public',
    notes: 'Verified Good and Featured Wikipedia articles; share-alike.',
    sources: ['https://huggingface.co/datasets/Salesforce/wikitext'],
    verification: 'provisional',
  },
  {
    id: 'bookcorpus',
    name: 'BookCorpus',
    patterns: {
      hub: ['bookcorpus/bookcorpus', 'bookcorpus', 'bookcorpusopen'],
      prose: [/^books?corpus\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'withdrawn',
    notes:
      "Self-published novels scraped from Smashwords without the authors' permission; the original distribution stopped and the copies in circulation are not redistributable. Problematic provenance.",
    sources: ['https://huggingface.co/datasets/bookcorpus/bookcorpus', 'https://arxiv.org/abs/2105.05241'],
    verification: 'provisional',
  },

  // ── Code ──────────────────────────────────────────────────────────────────────────
  {
    id: 'the-stack',
    name: 'The Stack (v1)',
    patterns: {
      hub: ['bigcode/the-stack', 'bigcode/the-stack-dedup', 'bigcode/the-stack-smol'],
      prose: [/^the stack(?: v1(?:\.\d)?)?$/i],
    },
    licence: null,
    openness: 'restricted',
    access: 'gated',
    notes:
      'Permissively licensed source files (each file keeps its own licence, opt-outs honoured); gated behind BigCode terms of use that require honouring licences and removal requests.',
    sources: [
      'https://huggingface.co/datasets/bigcode/the-stack',
      'https://github.com/bigcode-project/starcoder2',
    ],
    verification: 'secondary',
  },
  {
    id: 'the-stack-v2',
    name: 'The Stack v2',
    patterns: {
      hub: [
        'bigcode/the-stack-v2',
        'bigcode/the-stack-v2-dedup',
        'bigcode/the-stack-v2-train-full-ids',
        'bigcode/the-stack-v2-train-smol-ids',
      ],
      prose: [/^the stack v2\b/i],
    },
    licence: null,
    openness: 'restricted',
    access: 'gated',
    notes:
      'Software Heritage file ids with per-file licences; gated under terms of use, and the file contents must be fetched from Software Heritage under its own agreement.',
    sources: [
      'https://huggingface.co/datasets/bigcode/the-stack-v2',
      'https://github.com/bigcode-project/starcoder2',
    ],
    verification: 'secondary',
  },

  // ── Images ────────────────────────────────────────────────────────────────────────
  {
    id: 'laion-5b',
    name: 'LAION-5B',
    patterns: {
      hub: [
        'laion/laion2B-en',
        'laion/laion2B-multi',
        'laion/laion1B-nolang',
        'laion/laion-high-resolution',
        'laion/laion2B-en-aesthetic',
      ],
      prose: [/^laion-?(?:5b|2b)\b/i],
    },
    licence: 'CC-BY-4.0',
    openness: 'unknown',
    access: 'withdrawn',
    notes:
      'Image-text pairs as URL lists with metadata. CC-BY-4.0 covers the metadata only; the linked images are under unknown third-party rights. LAION withdrew the set in December 2023 after reports of abusive content and reissued it as Re-LAION-5B in 2024.',
    sources: ['https://laion.ai/blog/laion-5b/', 'https://laion.ai/blog/relaion-5b/'],
    verification: 'provisional',
  },
  {
    id: 're-laion-5b',
    name: 'Re-LAION-5B',
    patterns: {
      hub: [
        'laion/relaion2B-en-research',
        'laion/relaion2B-en-research-safe',
        'laion/relaion2B-multi-research',
        'laion/relaion2B-multi-research-safe',
      ],
      prose: [/^re-?laion(?:-5b)?\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'gated',
    notes:
      'Cleaned re-release of LAION-5B (August 2024). Licence of the new metadata not checked; linked images remain under third-party rights.',
    sources: ['https://laion.ai/blog/relaion-5b/'],
    verification: 'provisional',
  },
  {
    id: 'laion-400m',
    name: 'LAION-400M',
    patterns: {
      hub: ['laion/laion400m'],
      prose: [/^laion-?400m\b/i],
    },
    licence: 'CC-BY-4.0',
    openness: 'unknown',
    access: 'withdrawn',
    notes:
      'URL lists with CLIP-filtered captions; CC-BY-4.0 covers the metadata only, the images are under unknown third-party rights. Withdrawn with LAION-5B in December 2023.',
    sources: ['https://laion.ai/blog/laion-400-open-dataset/'],
    verification: 'provisional',
  },
  {
    id: 'imagenet',
    name: 'ImageNet (ILSVRC)',
    patterns: {
      hub: ['ILSVRC/imagenet-1k', 'imagenet-1k', 'imagenet'],
      tfds: ['imagenet2012', 'imagenet2012_subset', 'imagenet_v2', 'imagenet_resized'],
      torchvision: ['ImageNet'],
      prose: [/^imagenet(?:-1k|-21k)?\b/i, /^ilsvrc\b/i],
    },
    licence: null,
    openness: 'restricted',
    access: 'gated',
    notes:
      "Images from the web under their owners' rights; access requires agreeing to ImageNet's terms: non-commercial research and education use only.",
    sources: ['https://www.image-net.org/download.php', 'https://huggingface.co/datasets/ILSVRC/imagenet-1k'],
    verification: 'provisional',
  },
  {
    id: 'coco',
    name: 'COCO (Common Objects in Context)',
    patterns: {
      hub: ['detection-datasets/coco', 'HuggingFaceM4/COCO'],
      tfds: ['coco', 'coco_captions'],
      torchvision: ['CocoDetection', 'CocoCaptions'],
      prose: [/^(?:ms[ -])?coco\b/i],
    },
    licence: 'CC-BY-4.0',
    openness: 'restricted',
    notes:
      'CC-BY-4.0 covers the annotations. The images come from Flickr under per-image licences (some non-commercial) and the Flickr terms of use.',
    sources: ['https://cocodataset.org/#termsofuse'],
    verification: 'provisional',
  },
  {
    id: 'mnist',
    name: 'MNIST',
    patterns: {
      hub: ['ylecun/mnist', 'mnist'],
      tfds: ['mnist'],
      torchvision: ['MNIST'],
      prose: [/^mnist\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'public',
    notes:
      'The original site states no licence. The Hub card lists MIT and it is often quoted as CC BY-SA 3.0; neither comes from the authors.',
    sources: ['https://huggingface.co/datasets/ylecun/mnist'],
    verification: 'provisional',
  },
  {
    id: 'fashion-mnist',
    name: 'Fashion-MNIST',
    patterns: {
      hub: ['zalando-datasets/fashion_mnist', 'fashion_mnist'],
      tfds: ['fashion_mnist'],
      torchvision: ['FashionMNIST'],
      prose: [/^fashion-?mnist\b/i],
    },
    licence: 'MIT',
    openness: 'open',
    access: 'public',
    notes: 'Zalando article images released with the repository under MIT.',
    sources: ['https://github.com/zalandoresearch/fashion-mnist'],
    verification: 'provisional',
  },
  {
    id: 'cifar-10',
    name: 'CIFAR-10',
    patterns: {
      hub: ['uoft-cs/cifar10', 'cifar10'],
      tfds: ['cifar10'],
      torchvision: ['CIFAR10'],
      prose: [/^cifar-?10\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'public',
    notes: 'Subset of the 80 Million Tiny Images collection; the authors state no licence.',
    sources: [
      'https://www.cs.toronto.edu/~kriz/cifar.html',
      'https://huggingface.co/datasets/uoft-cs/cifar10',
    ],
    verification: 'provisional',
  },
  {
    id: 'cifar-100',
    name: 'CIFAR-100',
    patterns: {
      hub: ['uoft-cs/cifar100', 'cifar100'],
      tfds: ['cifar100'],
      torchvision: ['CIFAR100'],
      prose: [/^cifar-?100\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'public',
    notes: 'Subset of the 80 Million Tiny Images collection; the authors state no licence.',
    sources: [
      'https://www.cs.toronto.edu/~kriz/cifar.html',
      'https://huggingface.co/datasets/uoft-cs/cifar100',
    ],
    verification: 'provisional',
  },

  // ── NLP benchmarks ────────────────────────────────────────────────────────────────
  {
    id: 'squad',
    benchmark: true,
    name: 'SQuAD (v1.1, v2.0)',
    patterns: {
      hub: ['rajpurkar/squad', 'rajpurkar/squad_v2', 'squad', 'squad_v2'],
      tfds: ['squad'],
      torchvision: ['SQuAD1', 'SQuAD2'],
      prose: [/^squad\b/i],
    },
    licence: 'CC-BY-SA-4.0',
    openness: 'open',
    access: 'public',
    notes: 'Questions on Wikipedia articles; share-alike.',
    sources: [
      'https://rajpurkar.github.io/SQuAD-explorer/',
      'https://huggingface.co/datasets/rajpurkar/squad',
    ],
    verification: 'provisional',
  },
  {
    id: 'glue',
    benchmark: true,
    name: 'GLUE',
    patterns: {
      hub: ['nyu-mll/glue', 'glue'],
      tfds: ['glue'],
      prose: [/^glue benchmark\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'public',
    notes: 'A collection of nine tasks, each under its own source terms (mixed; some state none).',
    sources: ['https://gluebenchmark.com/', 'https://huggingface.co/datasets/nyu-mll/glue'],
    verification: 'provisional',
  },
  {
    id: 'super-glue',
    benchmark: true,
    name: 'SuperGLUE',
    patterns: {
      hub: ['aps/super_glue', 'super_glue'],
      tfds: ['super_glue'],
      prose: [/^superglue\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'public',
    notes: 'A collection of tasks, each under its own source terms (mixed).',
    sources: ['https://super.gluebenchmark.com/', 'https://huggingface.co/datasets/aps/super_glue'],
    verification: 'provisional',
  },
  {
    id: 'imdb',
    benchmark: true,
    name: 'IMDB Large Movie Review Dataset',
    patterns: {
      hub: ['stanfordnlp/imdb', 'imdb'],
      tfds: ['imdb_reviews'],
      torchvision: ['IMDB'],
      kaggle: ['lakshmi25npathi/imdb-dataset-of-50k-movie-reviews'],
      prose: [/^imdb (?:dataset|reviews)\b/i, /^large movie review dataset\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'public',
    notes:
      "Reviews scraped from IMDb; the authors state no licence and IMDb's own terms restrict reuse of its content.",
    sources: [
      'https://ai.stanford.edu/~amaas/data/sentiment/',
      'https://huggingface.co/datasets/stanfordnlp/imdb',
    ],
    verification: 'provisional',
  },
  {
    id: 'ms-marco',
    benchmark: true,
    name: 'MS MARCO',
    patterns: {
      hub: ['microsoft/ms_marco', 'ms_marco'],
      prose: [/^ms ?marco\b/i],
    },
    licence: null,
    openness: 'restricted',
    access: 'public',
    notes: 'Microsoft terms: non-commercial research purposes only.',
    sources: ['https://microsoft.github.io/msmarco/', 'https://huggingface.co/datasets/microsoft/ms_marco'],
    verification: 'provisional',
  },
  {
    id: 'gsm8k',
    benchmark: true,
    name: 'GSM8K',
    patterns: {
      hub: ['openai/gsm8k', 'gsm8k'],
      prose: [/^gsm8k\b/i],
    },
    licence: 'MIT',
    openness: 'open',
    access: 'public',
    notes: 'Grade-school maths word problems.',
    sources: ['https://huggingface.co/datasets/openai/gsm8k', 'https://github.com/openai/grade-school-math'],
    verification: 'provisional',
  },
  {
    id: 'mmlu',
    benchmark: true,
    name: 'MMLU',
    patterns: {
      hub: ['cais/mmlu', 'hendrycks_test'],
      prose: [/^mmlu\b/i],
    },
    licence: 'MIT',
    openness: 'open',
    access: 'public',
    notes: 'Multiple-choice benchmark over 57 subjects.',
    sources: ['https://huggingface.co/datasets/cais/mmlu', 'https://github.com/hendrycks/test'],
    verification: 'provisional',
  },
  {
    id: 'humaneval',
    benchmark: true,
    name: 'HumanEval',
    patterns: {
      hub: ['openai/openai_humaneval', 'openai_humaneval'],
      prose: [/^humaneval\b/i],
    },
    licence: 'MIT',
    openness: 'open',
    access: 'public',
    notes: 'Hand-written Python programming problems.',
    sources: [
      'https://huggingface.co/datasets/openai/openai_humaneval',
      'https://github.com/openai/human-eval',
    ],
    verification: 'provisional',
  },

  // ── Instruction and preference data ───────────────────────────────────────────────
  {
    id: 'alpaca',
    name: 'Stanford Alpaca',
    patterns: {
      hub: ['tatsu-lab/alpaca'],
      prose: [/^(?:stanford )?alpaca (?:data(?:set)?|52k)\b/i],
    },
    licence: 'CC-BY-NC-4.0',
    openness: 'restricted',
    access: 'public',
    notes:
      "52k instructions generated with OpenAI text-davinci-003; released for non-commercial research, and OpenAI's terms on using outputs apply.",
    sources: [
      'https://huggingface.co/datasets/tatsu-lab/alpaca',
      'https://github.com/tatsu-lab/stanford_alpaca',
    ],
    verification: 'provisional',
  },
  {
    id: 'sharegpt',
    name: 'ShareGPT conversations',
    patterns: {
      hub: ['anon8231489123/ShareGPT_Vicuna_unfiltered'],
      prose: [/^sharegpt\b/i],
    },
    licence: null,
    openness: 'unknown',
    access: 'public',
    notes:
      "ChatGPT conversations users shared on sharegpt.com, collected without a clear grant from the users; OpenAI's terms on outputs apply. The Hub card's own licence tag does not settle the rights.",
    sources: ['https://huggingface.co/datasets/anon8231489123/ShareGPT_Vicuna_unfiltered'],
    verification: 'provisional',
  },
  {
    id: 'oasst',
    name: 'OpenAssistant Conversations (oasst1, oasst2)',
    patterns: {
      hub: ['OpenAssistant/oasst1', 'OpenAssistant/oasst2'],
      prose: [/^oasst[12]?\b/i, /^openassistant conversations\b/i],
    },
    licence: 'Apache-2.0',
    openness: 'open',
    access: 'public',
    notes: 'Human-written, crowd-sourced assistant conversations.',
    sources: ['https://huggingface.co/datasets/OpenAssistant/oasst1'],
    verification: 'provisional',
  },
  {
    id: 'dolly-15k',
    name: 'databricks-dolly-15k',
    patterns: {
      hub: ['databricks/databricks-dolly-15k'],
      prose: [/^(?:databricks-)?dolly[ -]15k\b/i],
    },
    licence: 'CC-BY-SA-3.0',
    openness: 'open',
    access: 'public',
    notes: 'Human-written by Databricks employees; some answers quote Wikipedia, hence share-alike.',
    sources: ['https://huggingface.co/datasets/databricks/databricks-dolly-15k'],
    verification: 'provisional',
  },
  {
    id: 'ultrachat',
    name: 'UltraChat / UltraChat 200k',
    patterns: {
      hub: ['stingning/ultrachat', 'HuggingFaceH4/ultrachat_200k'],
      prose: [/^ultrachat\b/i],
    },
    licence: 'MIT',
    openness: 'open',
    access: 'public',
    notes:
      "Multi-turn dialogues generated with ChatGPT; the MIT grant does not lift OpenAI's terms on using outputs.",
    sources: [
      'https://huggingface.co/datasets/stingning/ultrachat',
      'https://huggingface.co/datasets/HuggingFaceH4/ultrachat_200k',
    ],
    verification: 'provisional',
  },
  {
    id: 'hh-rlhf',
    name: 'Anthropic HH-RLHF',
    patterns: {
      hub: ['Anthropic/hh-rlhf'],
      prose: [/^hh-rlhf\b/i],
    },
    licence: 'MIT',
    openness: 'open',
    access: 'public',
    notes: 'Human preference data on helpfulness and harmlessness.',
    sources: ['https://huggingface.co/datasets/Anthropic/hh-rlhf'],
    verification: 'provisional',
  },

  // ── Speech ────────────────────────────────────────────────────────────────────────
  {
    id: 'librispeech',
    name: 'LibriSpeech',
    patterns: {
      hub: ['openslr/librispeech_asr', 'librispeech_asr'],
      tfds: ['librispeech'],
      torchvision: ['LIBRISPEECH'],
      prose: [/^librispeech\b/i],
    },
    licence: 'CC-BY-4.0',
    openness: 'open',
    access: 'public',
    notes: 'Read English speech from LibriVox public-domain audiobooks.',
    sources: ['https://www.openslr.org/12', 'https://huggingface.co/datasets/openslr/librispeech_asr'],
    verification: 'provisional',
  },
  {
    id: 'common-voice',
    name: 'Mozilla Common Voice',
    patterns: {
      hubPrefixes: ['mozilla-foundation/common_voice_'],
      tfds: ['common_voice'],
      torchvision: ['COMMONVOICE'],
      prose: [/^(?:mozilla )?common voice\b/i],
    },
    licence: 'CC0-1.0',
    openness: 'open',
    access: 'gated',
    notes:
      'Crowd-sourced voice recordings. The Hub copies ask users to agree not to try to identify speakers.',
    sources: [
      'https://commonvoice.mozilla.org/en/datasets',
      'https://huggingface.co/datasets/mozilla-foundation/common_voice_17_0',
    ],
    verification: 'provisional',
  },
];
