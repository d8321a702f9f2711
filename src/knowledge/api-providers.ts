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
  /** Go module paths of the SDKs, without a /vN major-version suffix. */
  go: readonly string[];
  /**
   * crates.io names of official SDK crates. Community OpenAI-API clients (go-openai,
   * async-openai) are AI libraries instead (ai-packages.ts): they serve local servers as often.
   */
  cargo: readonly string[];
  /** Maven coordinates ("groupId:artifactId") of official Java SDKs, where there are any. */
  maven?: readonly string[];
  /** Environment variables holding the provider's key. */
  envKeys: readonly string[];
  /**
   * Host names of the API's endpoints, as regular-expression sources that start with a
   * literal: code that sends requests there uses the API with or without an SDK.
   */
  hosts: readonly string[];
  sources: readonly string[];
}

export const API_PROVIDERS: readonly ApiProvider[] = [
  {
    id: 'openai',
    name: 'OpenAI API',
    pypi: ['openai'],
    pythonModules: ['openai'],
    npm: ['openai', '@ai-sdk/openai', '@langchain/openai'],
    go: ['github.com/openai/openai-go'],
    cargo: [],
    maven: ['com.openai:openai-java'],
    envKeys: ['OPENAI_API_KEY'],
    hosts: [String.raw`api\.openai\.com`],
    sources: [
      'https://platform.openai.com/docs/api-reference',
      'https://github.com/openai/openai-java',
      'https://platform.openai.com/docs/libraries',
      'https://github.com/openai/openai-go',
    ],
  },
  {
    id: 'anthropic',
    name: 'Anthropic API',
    pypi: ['anthropic'],
    pythonModules: ['anthropic'],
    npm: ['@anthropic-ai/sdk', '@ai-sdk/anthropic', '@langchain/anthropic'],
    go: ['github.com/anthropics/anthropic-sdk-go'],
    cargo: [],
    maven: ['com.anthropic:anthropic-java'],
    envKeys: ['ANTHROPIC_API_KEY'],
    hosts: [String.raw`api\.anthropic\.com`],
    sources: [
      'https://docs.anthropic.com/en/api/overview',
      'https://github.com/anthropics/anthropic-sdk-java',
      'https://docs.anthropic.com/en/api/client-sdks',
      'https://github.com/anthropics/anthropic-sdk-go',
    ],
  },
  {
    id: 'google-gemini',
    name: 'Google Gemini API',
    pypi: ['google-genai', 'google-generativeai'],
    pythonModules: ['google.genai', 'google.generativeai'],
    npm: ['@google/genai', '@google/generative-ai', '@ai-sdk/google'],
    go: ['google.golang.org/genai', 'github.com/google/generative-ai-go'],
    cargo: [],
    maven: ['com.google.genai:google-genai'],
    envKeys: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
    hosts: [String.raw`generativelanguage\.googleapis\.com`],
    sources: [
      'https://ai.google.dev/api',
      'https://github.com/googleapis/java-genai',
      'https://ai.google.dev/gemini-api/docs/sdks',
      'https://github.com/googleapis/go-genai',
    ],
  },
  {
    id: 'cohere',
    name: 'Cohere API',
    pypi: ['cohere'],
    pythonModules: ['cohere'],
    npm: ['cohere-ai', '@ai-sdk/cohere'],
    go: ['github.com/cohere-ai/cohere-go'],
    cargo: [],
    envKeys: ['COHERE_API_KEY', 'CO_API_KEY'],
    hosts: [String.raw`api\.cohere\.(?:com|ai)`],
    sources: [
      'https://docs.cohere.com/reference/about',
      'https://docs.cohere.com/docs/cohere-works-everywhere',
      'https://github.com/cohere-ai/cohere-go',
    ],
  },
  {
    id: 'mistral',
    name: 'Mistral AI API',
    pypi: ['mistralai'],
    pythonModules: ['mistralai'],
    npm: ['@mistralai/mistralai', '@ai-sdk/mistral'],
    go: [],
    cargo: [],
    envKeys: ['MISTRAL_API_KEY'],
    hosts: [String.raw`api\.mistral\.ai`],
    sources: ['https://docs.mistral.ai/api/', 'https://docs.mistral.ai/getting-started/clients/'],
  },
  {
    id: 'bedrock',
    name: 'Amazon Bedrock',
    pypi: [],
    pythonModules: [],
    npm: ['@aws-sdk/client-bedrock-runtime', '@ai-sdk/amazon-bedrock'],
    go: ['github.com/aws/aws-sdk-go-v2/service/bedrockruntime'],
    cargo: ['aws-sdk-bedrockruntime'],
    maven: ['software.amazon.awssdk:bedrockruntime'],
    envKeys: [],
    // The Runtime and Mantle (OpenAI-compatible) endpoints, per region: bedrock-runtime.us-east-1.amazonaws.com.
    hosts: [String.raw`bedrock-(?:runtime|mantle)(?:-fips)?\.[^\s"'\`/]{1,80}?\.(?:amazonaws\.com|api\.aws)`],
    sources: [
      'https://docs.aws.amazon.com/general/latest/gr/bedrock.html',
      'https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/java_bedrock-runtime_code_examples.html',
      'https://docs.aws.amazon.com/bedrock/latest/userguide/sdk-general-information-section.html',
      'https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/go_bedrock-runtime_code_examples.html',
    ],
  },
  {
    id: 'xai',
    name: 'xAI API',
    pypi: ['xai-sdk'],
    pythonModules: ['xai_sdk'],
    npm: ['@ai-sdk/xai'],
    go: [],
    cargo: [],
    envKeys: ['XAI_API_KEY'],
    hosts: [String.raw`api\.x\.ai`],
    sources: ['https://docs.x.ai/docs/overview'],
  },
];

export type SdkRegistry = 'npm' | 'pypi' | 'go' | 'cargo' | 'maven';

/** Provider whose SDK is this package (npm, PyPI, crates.io, Maven) or Go module, if any. */
export function providerForPackage(registry: SdkRegistry, name: string): ApiProvider | undefined {
  // Go modules from v2 on end in /vN; the path before it names the SDK.
  const n = registry === 'go' ? name.replace(/\/v\d+$/, '') : name.toLowerCase();
  return API_PROVIDERS.find((p) => (p[registry] ?? []).includes(n));
}
