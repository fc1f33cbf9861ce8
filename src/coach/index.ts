// The coach's public surface. Nothing is loaded at import: call the factories.
export { loadPersonalities, parsePersonality, defaultPromptsDir, PromptFileError } from './templates.js';
export type { Personalities, PersonalityPack } from './templates.js';
export { createTemplateCoach } from './template-coach.js';
export type { TemplateCoach } from './template-coach.js';
export { MOMENT_VARS, KNOWN_VARS } from './placeholders.js';
export type { CoachVar } from './placeholders.js';
export { loadReviewQuestions, parseReviewQuestions } from './review-questions.js';
export type { ReviewQuestion, ReviewQuestions, ReviewAnswerType } from './review-questions.js';
export { createLlmCoach, DEFAULT_MODEL_MOMENTS } from './llm-coach.js';
export type { LlmCoach, LlmCoachOptions, CoachLogger } from './llm-coach.js';
export { createOpenAiClient } from './openai-client.js';
export { undoCoachWrites } from './undo.js';
export type { UndoneWrites } from './undo.js';
export { DEFAULT_MEMORY_LIMITS } from './chat-memory.js';
export type { MemoryLimits } from './chat-memory.js';
