// Hosted model APIs: the packages, imports and environment keys that reveal each one.
// Used by the code-reference extractor (imports, calls) and the manifest extractor
// (dependencies). Source for the forms: ../shared/reference/frameworks.md section 5 and
// each vendor's SDK documentation listed in `sources`.

export interface ApiProvider {
  /** Stable id used in evidence: openai, anthropic, google-gemini, cohere, mistral, bedrock, xai. */
  id: string;
  name: string;
  /** PyPI distribution names of the official SDKs. */
  pypi: readonly string[];
  /** Python module paths whose import reveals the SDK ("google.generativeai"). */
  pythonModules: readonly string[];
  /** npm package names of the official SDKs and AI SDK provider packages. */
  npm: readonly string[];
  /** Environment variables holding the provider's key. */
  envKeys: readonly string[];
  sources: readonly string[];
}

export const API_PROVIDERS: readonly ApiProvider[] = [
  {
    id: 'openai',
    name: 'OpenAI API',
    pypi: ['openai'],
    pythonModules: ['openai'],
    npm: ['openai', '@ai-sdk/openai', '@langchain/openai'],
    envKeys: ['OPENAI_API_KEY'],
    sources: ['https://platform.openai.com/docs/libraries'],
  },
  {
    id: 'anthropic',
    name: 'Anthropic API',
    pypi: ['anthropic'],
    pythonModules: ['anthropic'],
    npm: ['@anthropic-ai/sdk', '@ai-sdk/anthropic', '@langchain/anthropic'],
    envKeys: ['ANTHROPIC_API_KEY'],
    sources: ['https://docs.anthropic.com/en/api/client-sdks'],
  },
  {
    id: 'google-gemini',
    name: 'Google Gemini API',
    pypi: ['google-genai', 'google-generativeai'],
    pythonModules: ['google.genai', 'google.generativeai'],
    npm: ['@google/genai', '@google/generative-ai', '@ai-sdk/google'],
    envKeys: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
    sources: ['https://ai.google.dev/gemini-api/docs/sdks'],
  },
  {
    id: 'cohere',
    name: 'Cohere API',
    pypi: ['cohere'],
    pythonModules: ['cohere'],
    npm: ['cohere-ai', '@ai-sdk/cohere'],
    envKeys: ['COHERE_API_KEY', 'CO_API_KEY'],
    sources: ['https://docs.cohere.com/docs/cohere-works-everywhere'],
  },
  {
    id: 'mistral',
    name: 'Mistral AI API',
    pypi: ['mistralai'],
    pythonModules: ['mistralai'],
    npm: ['@mistralai/mistralai', '@ai-sdk/mistral'],
    envKeys: ['MISTRAL_API_KEY'],
    sources: ['https://docs.mistral.ai/getting-started/clients/'],
  },
  {
    id: 'bedrock',
    name: 'Amazon Bedrock',
    pypi: [],
    pythonModules: [],
    npm: ['@aws-sdk/client-bedrock-runtime', '@ai-sdk/amazon-bedrock'],
    envKeys: [],
    sources: ['https://docs.aws.amazon.com/bedrock/latest/userguide/sdk-general-information-section.html'],
  },
  {
    id: 'xai',
    name: 'xAI API',
    pypi: ['xai-sdk'],
    pythonModules: ['xai_sdk'],
    npm: ['@ai-sdk/xai'],
    envKeys: ['XAI_API_KEY'],
    sources: ['https://docs.x.ai/docs/overview'],
  },
];

/** Provider whose SDK is this npm or PyPI package, if any. */
export function providerForPackage(ecosystem: 'npm' | 'pypi', name: string): ApiProvider | undefined {
  const n = name.toLowerCase();
  return API_PROVIDERS.find((p) => (ecosystem === 'npm' ? p.npm : p.pypi).includes(n));
}
