// AI and machine-learning libraries per package ecosystem. A dependency on one of these
// marks the project as containing an AI part (role 'ai-library'); closed-API SDKs live in
// api-providers.ts and win over this list. Data only: one entry per library, a one-line note.

export type AiEcosystem = 'pypi' | 'npm' | 'conda' | 'go' | 'cargo' | 'maven';

export interface AiPackage {
  /** Normalised name (see normalisePackageName); a Go module path for 'go'. */
  name: string;
  /** Match every package whose name starts with `name` (langchain-*, @tensorflow/tfjs-*). */
  prefix?: true;
  note: string;
  /** What the library is for when it is not building or running models: evaluating them. */
  purpose?: 'evaluation';
}

const PYPI: readonly AiPackage[] = [
  { name: 'transformers', note: 'Hugging Face model library (PyTorch/TF/JAX)' },
  { name: 'lm-eval', note: 'EleutherAI lm-evaluation-harness', purpose: 'evaluation' },
  { name: 'lighteval', note: 'Hugging Face LLM evaluation suite', purpose: 'evaluation' },
  { name: 'opencompass', note: 'LLM evaluation platform', purpose: 'evaluation' },
  { name: 'ragas', note: 'evaluation of retrieval-augmented generation', purpose: 'evaluation' },
  { name: 'deepeval', note: 'LLM evaluation framework', purpose: 'evaluation' },
  { name: 'llm-comparator', note: 'side-by-side LLM evaluation tool', purpose: 'evaluation' },
  { name: 'alpaca-eval', note: 'automatic instruction-following evaluation', purpose: 'evaluation' },
  { name: 'evaluate', note: 'Hugging Face evaluation metrics', purpose: 'evaluation' },
  { name: 'torch', note: 'PyTorch deep-learning framework' },
  { name: 'torchvision', note: 'PyTorch vision models and datasets' },
  { name: 'torchaudio', note: 'PyTorch audio models and datasets' },
  { name: 'tensorflow', prefix: true, note: 'TensorFlow framework (and -cpu/-gpu/-hub/-datasets)' },
  { name: 'tf-keras', note: 'Keras 2 for TensorFlow' },
  { name: 'keras', prefix: true, note: 'Keras framework (and keras-hub, keras-nlp, keras-cv)' },
  { name: 'jax', note: 'JAX numerical/ML framework' },
  { name: 'gemma', note: 'Google DeepMind Gemma library (JAX)' },
  { name: 'jaxlib', note: 'JAX runtime' },
  { name: 'flax', note: 'neural networks on JAX' },
  { name: 'diffusers', note: 'Hugging Face diffusion-model library' },
  { name: 'peft', note: 'parameter-efficient fine-tuning (LoRA adapters)' },
  { name: 'trl', note: 'reinforcement learning / preference tuning of language models' },
  { name: 'accelerate', note: 'Hugging Face distributed training and inference' },
  { name: 'optimum', prefix: true, note: 'Hugging Face hardware-optimised inference' },
  { name: 'sentence-transformers', note: 'embedding models' },
  { name: 'datasets', note: 'Hugging Face dataset loading' },
  { name: 'huggingface-hub', note: 'Hugging Face Hub client (downloads models and datasets)' },
  { name: 'tokenizers', note: 'Hugging Face fast tokenizers' },
  { name: 'safetensors', note: 'safe tensor (weights) file format' },
  { name: 'text-generation', note: 'Hugging Face TGI client' },
  { name: 'vllm', note: 'LLM inference server (OpenAI-compatible, local)' },
  { name: 'sglang', note: 'LLM inference server (OpenAI-compatible, local)' },
  { name: 'llama-cpp-python', note: 'llama.cpp bindings and local OpenAI-compatible server' },
  { name: 'ctransformers', note: 'GGML model bindings' },
  { name: 'gpt4all', note: 'local LLM runtime' },
  { name: 'mlx', note: 'Apple MLX array framework' },
  { name: 'mlx-lm', note: 'LLMs on Apple MLX' },
  { name: 'ollama', note: 'Ollama client for locally served models' },
  { name: 'litellm', note: 'one client for many LLM APIs, open and closed' },
  { name: 'langchain', prefix: true, note: 'LLM application framework (langchain-* integrations)' },
  { name: 'langgraph', prefix: true, note: 'LLM agent graphs (LangChain)' },
  { name: 'llama-index', prefix: true, note: 'LLM retrieval framework (llama-index-* integrations)' },
  { name: 'haystack-ai', note: 'LLM application framework (deepset)' },
  { name: 'dspy', prefix: true, note: 'LLM programming framework' },
  { name: 'bitsandbytes', note: 'quantisation for PyTorch models' },
  { name: 'auto-gptq', note: 'GPTQ quantisation' },
  { name: 'autoawq', note: 'AWQ quantisation' },
  { name: 'deepspeed', note: 'distributed training (Microsoft)' },
  { name: 'lightning', note: 'PyTorch Lightning training framework' },
  { name: 'pytorch-lightning', note: 'PyTorch Lightning (old name)' },
  { name: 'fastai', note: 'training library on PyTorch' },
  { name: 'timm', note: 'PyTorch image models' },
  { name: 'open-clip-torch', note: 'CLIP models' },
  { name: 'openai-whisper', note: 'local Whisper speech model (open weights, not the API)' },
  { name: 'faster-whisper', note: 'Whisper inference (CTranslate2)' },
  { name: 'ctranslate2', note: 'transformer inference engine' },
  { name: 'onnx', note: 'ONNX model format' },
  { name: 'onnxruntime', prefix: true, note: 'ONNX Runtime inference (and -gpu)' },
  { name: 'spacy', note: 'NLP pipelines with trained models' },
  { name: 'scikit-learn', note: 'classical machine learning' },
  { name: 'xgboost', note: 'gradient-boosted trees' },
  { name: 'lightgbm', note: 'gradient-boosted trees' },
  { name: 'catboost', note: 'gradient-boosted trees' },
  { name: 'ultralytics', note: 'YOLO vision models' },
  { name: 'kagglehub', note: 'Kaggle models and datasets download' },
];

const NPM: readonly AiPackage[] = [
  { name: '@huggingface/transformers', note: 'Transformers.js: models in JS (ONNX)' },
  { name: '@xenova/transformers', note: 'Transformers.js (old name)' },
  { name: '@huggingface/inference', note: 'Hugging Face inference client' },
  { name: '@huggingface/hub', note: 'Hugging Face Hub client' },
  { name: '@tensorflow/tfjs', prefix: true, note: 'TensorFlow.js (and -node, -backend-*)' },
  { name: 'onnxruntime-node', note: 'ONNX Runtime for Node' },
  { name: 'onnxruntime-web', note: 'ONNX Runtime for the browser' },
  { name: 'langchain', note: 'LangChain.js' },
  { name: '@langchain/', prefix: true, note: 'LangChain.js packages and integrations' },
  { name: 'llamaindex', note: 'LlamaIndex.TS' },
  { name: 'ollama', note: 'Ollama client for locally served models' },
  { name: 'node-llama-cpp', note: 'llama.cpp bindings for Node' },
  { name: '@mlc-ai/web-llm', note: 'LLMs in the browser (WebGPU)' },
  { name: 'ai', note: 'Vercel AI SDK core' },
  { name: '@ai-sdk/', prefix: true, note: 'Vercel AI SDK providers' },
  { name: 'ml5', note: 'friendly ML for the web' },
  { name: 'brain.js', note: 'neural networks in JS' },
];

const GO: readonly AiPackage[] = [
  { name: 'github.com/ollama/ollama', note: 'Ollama (local model server and client)' },
  { name: 'github.com/tmc/langchaingo', note: 'LangChain for Go' },
  { name: 'github.com/sashabaranov/go-openai', note: 'community OpenAI-API client (also for local servers)' },
  { name: 'github.com/gomlx/gomlx', note: 'ML framework for Go' },
  { name: 'github.com/yalue/onnxruntime_go', note: 'ONNX Runtime bindings' },
  { name: 'gorgonia.org/gorgonia', note: 'deep learning in Go' },
];

const CARGO: readonly AiPackage[] = [
  {
    name: 'candle-',
    prefix: true,
    note: 'Hugging Face Candle ML framework (candle-core, -nn, -transformers)',
  },
  { name: 'burn', note: 'Burn deep-learning framework' },
  { name: 'burn-', prefix: true, note: 'Burn backends and parts' },
  { name: 'ort', note: 'ONNX Runtime bindings' },
  { name: 'tch', note: 'PyTorch (libtorch) bindings' },
  { name: 'tokenizers', note: 'Hugging Face tokenizers' },
  { name: 'safetensors', note: 'safe tensor (weights) file format' },
  { name: 'hf-hub', note: 'Hugging Face Hub client' },
  { name: 'llama-cpp-2', note: 'llama.cpp bindings' },
  { name: 'mistralrs', prefix: true, note: 'mistral.rs LLM inference' },
  { name: 'rust-bert', note: 'transformer models in Rust' },
  { name: 'async-openai', note: 'community OpenAI-API client (also for local servers)' },
  { name: 'ollama-rs', note: 'Ollama client' },
  { name: 'linfa', prefix: true, note: 'classical machine learning' },
];

// Maven coordinates ("groupId:artifactId"); a prefix ending in ":" takes every artifact of the group.
const MAVEN: readonly AiPackage[] = [
  { name: 'ai.djl:', prefix: true, note: 'Deep Java Library (DJL) and its engines' },
  { name: 'ai.djl.', prefix: true, note: 'Deep Java Library (DJL) engines and model zoos' },
  { name: 'dev.langchain4j:', prefix: true, note: 'LangChain4j' },
  { name: 'org.deeplearning4j:', prefix: true, note: 'Deeplearning4j' },
  { name: 'org.tensorflow:', prefix: true, note: 'TensorFlow for Java' },
  { name: 'org.pytorch:', prefix: true, note: 'PyTorch for Java and Android' },
  { name: 'com.microsoft.onnxruntime:', prefix: true, note: 'ONNX Runtime for Java' },
  { name: 'io.github.ollama4j:ollama4j', note: 'Ollama client for Java' },
  { name: 'org.springframework.ai:', prefix: true, note: 'Spring AI' },
];

// Conda names that differ from PyPI; other conda packages are looked up in the PyPI list.
const CONDA: readonly AiPackage[] = [
  { name: 'pytorch', note: 'PyTorch (conda name)' },
  { name: 'pytorch-gpu', note: 'PyTorch (conda name)' },
  { name: 'pytorch-cuda', note: 'PyTorch CUDA runtime' },
  { name: 'huggingface-hub', note: 'Hugging Face Hub client' },
];

export const AI_PACKAGES: Readonly<Record<AiEcosystem, readonly AiPackage[]>> = {
  pypi: PYPI,
  npm: NPM,
  conda: [...CONDA, ...PYPI],
  go: GO,
  cargo: CARGO,
  maven: MAVEN,
};

/**
 * The form names are compared in: PyPI and conda per PEP 503 (case, `_` and `.` fold to
 * `-`), Cargo `_` to `-`, npm, Go and Maven lower-cased.
 */
export function normalisePackageName(ecosystem: AiEcosystem, name: string): string {
  const lower = name.trim().toLowerCase();
  if (ecosystem === 'pypi' || ecosystem === 'conda') return lower.replace(/[-_.]+/g, '-');
  if (ecosystem === 'cargo') return lower.replace(/_/g, '-');
  return lower;
}

const EXACT = new Map<AiEcosystem, Map<string, AiPackage>>();
for (const [eco, list] of Object.entries(AI_PACKAGES) as [AiEcosystem, readonly AiPackage[]][]) {
  EXACT.set(eco, new Map(list.map((p) => [p.name, p])));
}

/** The AI library this package is, if any. Go modules also match their sub-packages (".../v2"). */
export function aiPackageFor(ecosystem: AiEcosystem, name: string): AiPackage | undefined {
  const n = normalisePackageName(ecosystem, name);
  const exact = EXACT.get(ecosystem)?.get(n);
  if (exact) return exact;
  return AI_PACKAGES[ecosystem].find(
    (p) => (p.prefix && n.startsWith(p.name)) || (ecosystem === 'go' && n.startsWith(`${p.name}/`)),
  );
}
