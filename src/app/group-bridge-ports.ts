// The port of bridged groups: one-time codes that give a group a second home chat on the
// other platform, and the chat they add. Codes are stored hashed (see app/group-bridge.ts).
import type { ChatRef } from './group-ports.js';

export interface GroupBridgeRepository {
  /** Stores a code (its hash) for the group; the group's earlier unused code is dropped. */
  createCode(groupId: string, codeHash: string, createdBy: string, expiresAt: Date): Promise<void>;
  /** The group of a code that exists and has not expired at `now`, leaving it unused; otherwise null. */
  findCode(codeHash: string, now: Date): Promise<{ groupId: string } | null>;
  /** Deletes the code and returns its group when it existed unexpired at `now`; otherwise null. Single use. */
  consumeCode(codeHash: string, now: Date): Promise<{ groupId: string } | null>;
  /** Adds a home chat to the group; false when the chat is already a home, or the group has one on that platform. */
  addChat(groupId: string, chat: ChatRef & { title: string | null }): Promise<boolean>;
}
