// The OpenAI SDK client from configuration: any OpenAI-compatible server (Ollama, vLLM,
// llama.cpp) through OPENAI_BASE_URL. No key: no client, and the coach speaks from templates.
import OpenAI from 'openai';
import type { Config } from '../config.js';

export function createOpenAiClient(config: Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'LLM_TIMEOUT_MS'>): OpenAI | null {
  if (!config.OPENAI_API_KEY) return null;
  return new OpenAI({
    apiKey: config.OPENAI_API_KEY,
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    // The coach's own deadline governs; no retries, so a slow server falls back in time.
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: 0,
  });
}
