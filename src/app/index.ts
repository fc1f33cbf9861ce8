// The use cases, one module per capability. Each takes `deps` ({ repos, clock }), the person
// (a User, or the fields it needs) and a plain input validated with zod, and returns an outcome:
// `{ ok: true, ... }` or `{ ok: false, error: '...' }` — data for the dialog to phrase.
export type { AppDeps } from './deps.js';
export type { InvalidInput } from './outcome.js';
export * from './users.js';
export * from './habits.js';
export { normalizeName } from './habit-input.js';
export * from './logging.js';
export { BACKDATE_DAYS_WITHOUT_CONFIRMATION, type LogRuleFailure } from './log-rules.js';
export { isMilestone, milestoneReached, type Milestone } from './habit-stats.js';
export * from './pauses.js';
export * from './queries.js';
export * from './goals.js';
export { exportUserData } from './export.js';
export { openExport, exportText } from './export-stream.js';
export { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema, type ExportFile } from './export-format.js';
export { importUserData, type ImportOutcome } from './import.js';
export { deleteUser, type DeleteUserOutcome } from './delete.js';
export * from './linking.js';
// Domain events: consumers register named handlers at composition time (see events.ts).
export { createEventHandlers, EVENT_KINDS, type DomainEvent, type EventHandler, type EventHandlers, type EventKind, type EventPayloads, type EntryFacts } from './events.js';
export { createEventDispatcher, type EventDispatcher, type EventDispatcherOptions, type DispatchReport } from './event-dispatcher.js';
