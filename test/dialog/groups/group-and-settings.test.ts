// /group in a group chat: the chat becomes a group's home (named after the chat, or asked), its
// card, and its settings, which only the chat's admins change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGroupWorld, type GroupWorld } from './support.js';

describe('/group', () => {
  let world: GroupWorld;
  beforeEach(async () => {
    world = await startGroupWorld();
  });
  afterEach(() => world.close());

  it('makes the chat the home of a group named after the chat, with its maker as the first member; again, it shows the card', async () => {
    const ana = world.person('Ana');
    world.admins.add('id-Ana');
    await ana.say('/group');
    expect(ana.last()).toContain('**Runners** is now a group');
    expect(ana.last()).toContain('1 member');
    expect(ana.last()).toContain('No commitments yet');
    // Monday noon in the maker's zone (UTC for a new English speaker): the next proof is Friday, the recap Sunday.
    expect(ana.last()).toContain('Next proof: Fri 27 Nov, 18:00 (UTC)');
    expect(ana.last()).toMatch(/Next recap: Sun 29 Nov, 18:00/);
    expect(ana.buttons().map((b) => b.label)).toEqual(['👋 Join']);

    const bia = world.person('Bia');
    await bia.say('/group');
    expect(bia.last()).toContain('👥 **Runners**');
    expect(bia.last()).not.toContain('is now a group');
    expect(await world.count('groups')).toBe(1);
    expect(await world.count('group_chats')).toBe(1);
  });

  it('asks for a name when the platform gives no chat title', async () => {
    const ana = world.person('Ana', { title: '' });
    await ana.say('/group');
    expect(ana.last()).toContain('What should this group be called?');
    expect(await world.count('groups')).toBe(0);
    await ana.say('Morning crew');
    expect(ana.last()).toContain('**Morning crew** is now a group');
  });

  it('in a direct chat or on the console, says where groups live and writes nothing', async () => {
    const ana = world.person('Ana');
    await ana.dm('/group');
    expect(ana.last()).toContain('/group works in a group chat');
    const consoleAna = world.person('Cat', { platform: 'console' });
    await consoleAna.say('/group');
    expect(consoleAna.last()).toContain('this console has none');
    expect(await world.count('groups')).toBe(0);
  });

  it("an admin changes the settings; a non-admin is refused and nothing changes", async () => {
    const ana = world.person('Ana');
    const bia = world.person('Bia');
    world.admins.add('id-Ana');
    await ana.say('/group');
    await ana.say('/group settings recap sun 19:30');
    expect(ana.last()).toContain('✅ Saved.');
    expect(ana.last()).toContain('recap: Sunday 19:30');
    await ana.say('/group settings zone Lisbon');
    expect(ana.last()).toContain('zone: Europe/Lisbon');
    await ana.say('/group settings week sunday');
    await ana.say('/group settings language es');
    // From now on the group's posts are in Spanish, whatever language Ana speaks.
    expect(ana.last()).toContain('✅ Guardado.');
    expect(ana.last()).toContain('idioma: Español');
    await ana.say('/group settings coach yoda');
    await ana.say('/group settings proof thu 7:05');
    expect(ana.last()).toContain('prueba: jueves 07:05');
    const before = await world.db.repos.groups.findByChat({ platform: 'telegram', chatId: world.chatId });
    expect(before).toMatchObject({ timeZone: 'Europe/Lisbon', weekStart: 7, locale: 'es', personality: 'yoda', proofDay: 4, proofTime: '07:05', recapDay: 7, recapTime: '19:30' });

    await bia.say('/group settings recap mon 08:00');
    expect(bia.last()).toBe("Only this chat's admins change the group's settings. Nothing was changed.");
    await bia.say('/group settings zone Tokyo');
    expect(await world.db.repos.groups.findByChat({ platform: 'telegram', chatId: world.chatId })).toEqual(before);
    // Anyone may read them (in the group's language); a refusal is in the speaker's.
    await bia.say('/group settings');
    expect(bia.last()).toContain('zona: Europe/Lisbon');
  });

  it('a setting that does not read changes nothing', async () => {
    const ana = world.person('Ana');
    world.admins.add('id-Ana');
    await ana.say('/group');
    const before = await world.db.repos.groups.findByChat({ platform: 'telegram', chatId: world.chatId });
    await ana.say('/group settings zone Atlantis');
    expect(ana.last()).toContain('I don\'t know the time zone "Atlantis"');
    await ana.say('/group settings recap someday 25:00');
    expect(ana.last()).toContain("I couldn't read that setting");
    await ana.say('/group settings week wednesday');
    expect(await world.db.repos.groups.findByChat({ platform: 'telegram', chatId: world.chatId })).toEqual(before);
  });

  it('speaks Portuguese and Spanish, with their command names', async () => {
    const ana = world.person('Ana', { locale: 'pt-BR' });
    world.admins.add('id-Ana');
    await ana.say('/grupo');
    expect(ana.last()).toContain('agora é um grupo');
    await ana.say('/grupo config fuso Lisboa');
    expect(ana.last()).toContain('fuso: Europe/Lisbon');
    const bia = world.person('Bia', { locale: 'es' });
    await bia.say('/grupo ajustes resumen dom 18:00');
    expect(bia.last()).toBe('Solo los admins de este chat cambian los ajustes del grupo. No se cambió nada.');
  });
});
