// The repository contract: every implementation (PostgreSQL through postgres.js, PGlite)
// must pass it. Run by postgres.test.ts and pglite.test.ts.
import { boardContract } from './contract/board.js';
import { useContractDatabase, type DatabaseFactory } from './contract/context.js';
import { conversationContract } from './contract/conversation.js';
import { entryContract } from './contract/entries.js';
import { eventContract } from './contract/events.js';
import { goalContract } from './contract/goals.js';
import { groupContract } from './contract/groups.js';
import { habitContract } from './contract/habits.js';
import { mergeContract } from './contract/merge.js';
import { turnContract } from './contract/turns.js';
import { userContract } from './contract/users.js';

export type { DatabaseFactory };

/** Registers the whole contract against databases made by `factory` (one per suite run). */
export function repositoryContract(factory: DatabaseFactory): void {
  const ctx = useContractDatabase(factory);
  userContract(ctx);
  habitContract(ctx);
  entryContract(ctx);
  eventContract(ctx);
  goalContract(ctx);
  conversationContract(ctx);
  mergeContract(ctx);
  turnContract(ctx);
  groupContract(ctx);
  boardContract(ctx);
}
