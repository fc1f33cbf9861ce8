// The Repositories bundle over one database handle (or one transaction).
import type { Repositories } from '../../app/ports.js';
import type { Database, DatabaseHandle } from '../client.js';
import { createBoardRepository } from './board.js';
import { createCategoryRepository } from './categories.js';
import { createCorrectionRepository } from './corrections.js';
import { createDialogStateRepository, createProcessedUpdateRepository } from './dialog.js';
import { createEntryRepository } from './entries.js';
import type { OutboxOption } from './event-writes.js';
import { createGoalRepository } from './goals.js';
import { createGroupBridgeRepository } from './group-bridges.js';
import { createGroupActivityRepository } from './group-recap.js';
import { createGroupSharingRepository } from './group-sharing.js';
import { createGroupRepository } from './groups.js';
import { createHabitRepository } from './habits.js';
import { createLinkCodeRepository } from './link-codes.js';
import { createPartnershipRepository } from './partnerships.js';
import { createPauseRepository } from './pauses.js';
import { createReviewRepository } from './reviews.js';
import { createScheduleRepository } from './schedules.js';
import { createTurnRepository } from './turns.js';
import { createUserDataRepository } from './user-data.js';
import { createUserRepository } from './users.js';

export function createRepositories(handle: Pick<DatabaseHandle, 'db'>, options: OutboxOption = {}): Repositories {
  return repositoriesOver(handle.db, options);
}

/**
 * Repositories bound to `db`; inside `transaction`, bound to the transaction (nested ones use
 * savepoints). `outbox: false` (bench only) writes entries without their domain events.
 */
export function repositoriesOver(db: Database, options: OutboxOption = {}): Repositories {
  return {
    users: createUserRepository(db),
    habits: createHabitRepository(db),
    entries: createEntryRepository(db, options),
    pauses: createPauseRepository(db),
    categories: createCategoryRepository(db),
    goals: createGoalRepository(db),
    dialogState: createDialogStateRepository(db),
    processedUpdates: createProcessedUpdateRepository(db),
    userData: createUserDataRepository(db),
    linkCodes: createLinkCodeRepository(db),
    corrections: createCorrectionRepository(db),
    schedules: createScheduleRepository(db),
    reviews: createReviewRepository(db),
    board: createBoardRepository(db),
    turns: createTurnRepository(db),
    groups: createGroupRepository(db),
    groupSharing: createGroupSharingRepository(db),
    partnerships: createPartnershipRepository(db),
    groupBridges: createGroupBridgeRepository(db),
    groupActivity: createGroupActivityRepository(db),
    transaction: (work) => db.transaction((tx) => work(repositoriesOver(tx, options))),
  };
}
