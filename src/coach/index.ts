// The coach's public surface: load personalities from prompts/, then build a coach.
export { loadPersonalities, parsePersonality, defaultPromptsDir, PromptFileError } from './templates.js';
export type { Personalities, PersonalityPack } from './templates.js';
export { createTemplateCoach } from './template-coach.js';
export type { TemplateCoach } from './template-coach.js';
export { MOMENT_VARS, KNOWN_VARS } from './placeholders.js';
export type { CoachVar } from './placeholders.js';
export { loadReviewQuestions, parseReviewQuestions } from './review-questions.js';
export type { ReviewQuestion, ReviewQuestions, ReviewAnswerType } from './review-questions.js';
