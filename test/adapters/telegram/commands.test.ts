// The command menus Telegram shows: every command in them is one the bot understands, and
// group chats get the group's commands first.
import { describe, expect, it } from 'vitest';
import { commandMenu, groupCommandMenu } from '../../../src/adapters/telegram/commands.js';
import { LOCALES } from '../../../src/core/languages.js';
import { COMMANDS } from '../../../src/dialog/commands/index.js';

describe('the Telegram command menus', () => {
  it.each(LOCALES)('in %s, every command of both menus is one the bot knows, and Telegram accepts its name', (locale) => {
    for (const { command, description } of [...commandMenu[locale], ...groupCommandMenu[locale]]) {
      expect(COMMANDS[command], `/${command}`).toBeDefined();
      expect(command).toMatch(/^[a-z0-9_]{1,32}$/);
      expect(description.length).toBeGreaterThanOrEqual(3);
      expect(description.length).toBeLessThanOrEqual(256);
    }
  });

  it('group chats get every group command, /group first; private chats get none of them', () => {
    expect(groupCommandMenu.en.map((entry) => entry.command)).toEqual(['group', 'join', 'members', 'share', 'unshare', 'commit', 'leaderboard', 'partner', 'leave', 'remove', 'log', 'undo', 'help']);
    // /partner is in both: in a direct chat it lists your partners.
    for (const name of ['group', 'join', 'leave', 'members', 'share', 'unshare', 'commit', 'remove', 'leaderboard']) {
      expect(commandMenu.en.map((entry) => entry.command)).not.toContain(name);
    }
  });
});
