// The whole schema, one file per area. drizzle-kit reads this to generate migrations.
export * from './users.js';
export * from './habits.js';
export * from './entries.js';
export * from './pauses.js';
export * from './goals.js';
export * from './dialog.js';
export * from './coach.js';
export * from './schedules.js';
export * from './reviews.js';
export * from './groups.js';
export * from './events.js';
export * from './board.js';
