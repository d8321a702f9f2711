// Kept in step with package.json by the bundle script's check (scripts/bundle.mjs).
export const TOOL_NAME = 'ai-openness-check';
export const TOOL_VERSION = '0.1.0';
