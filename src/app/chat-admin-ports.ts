// Who may change a group: the chat's own admins, as the platform says (Telegram chat
// administrators, Discord members with Manage Channel). Adapters provide it.
import type { Platform } from '../core/types.js';

export interface ChatAdmins {
  /** True when the person is an admin of the chat; false (never a throw) when it cannot be told. */
  isAdmin(chat: { platform: Platform; chatId: string }, userExternalId: string): Promise<boolean>;
}
