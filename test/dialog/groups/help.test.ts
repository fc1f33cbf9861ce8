// /help names the group commands: first when asked in a group chat (that is what people there
// need), after the personal ones in a direct chat; in every language, with that language's
// command names, each of which the bot understands.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/languages.js';
import { COMMANDS } from '../../../src/dialog/commands/index.js';
import { catalogs } from '../../../src/dialog/i18n/index.js';
import { startGroupWorld, type GroupWorld } from './support.js';

describe('/help and the group commands', () => {
  let world: GroupWorld;
  beforeEach(async () => {
    world = await startGroupWorld();
  });
  afterEach(() => world.close());

  it('in a group chat the group commands come first; in a direct chat they follow the personal ones', async () => {
    const ana = world.person('Ana');
    await ana.say('/help');
    expect(ana.last()).toMatch(/^\*\*In a group chat\*\*/);
    expect(ana.last()).toContain('/group bridge: one group in a Telegram group and a Discord channel');
    expect(ana.last()).toContain('**What I can do**');
    await ana.dm('/help');
    expect(ana.last()).toMatch(/^\*\*What I can do\*\*/);
    expect(ana.last().indexOf('**In a group chat**')).toBeGreaterThan(ana.last().indexOf('/export'));
  });

  it('speaks Portuguese and Spanish, with their own command names', async () => {
    const bia = world.person('Bia', { locale: 'pt-BR' });
    await bia.say('/ajuda');
    expect(bia.last()).toMatch(/^\*\*Num chat de grupo\*\*/);
    expect(bia.last()).toContain('/grupo ponte');
    const caio = world.person('Caio', { locale: 'es' });
    await caio.say('/ayuda');
    expect(caio.last()).toMatch(/^\*\*En un chat de grupo\*\*/);
    expect(caio.last()).toContain('/grupo puente');
  });

  it.each(LOCALES)('every command the %s group help names is one the bot knows', (locale) => {
    const text = catalogs[locale]['help.groups'] as string;
    const named = [...text.matchAll(/\/([a-zà-ú]+)/giu)].map((match) => match[1]!.toLowerCase());
    expect(named.length).toBeGreaterThan(8);
    for (const name of named) expect(COMMANDS[name], `/${name} in ${locale}`).toBeDefined();
  });
});
