// What a group chat is told for everyone (the card, settings, welcomes, new commitments,
// adoptions, the member list) is in the group's language; what is said to one person (a
// refusal, "you're already in") stays in theirs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { givenGroup, startGroupWorld, type GroupWorld } from './support.js';

describe("a group's language", () => {
  let world: GroupWorld;
  beforeEach(async () => {
    world = await startGroupWorld();
  });
  afterEach(() => world.close());

  it('a Spanish group speaks Spanish to everyone, and each person hears their own refusals in their language', async () => {
    const ana = world.person('Ana');
    const bia = world.person('Bia', { locale: 'pt-BR' });
    await givenGroup(world, ana);
    await ana.say('/group settings language es');

    await ana.say('/group');
    expect(ana.last()).toContain('1 miembro');
    expect(ana.buttons().map((button) => button.label)).toEqual(['👋 Unirme']);
    await bia.say('/join');
    expect(bia.last()).toContain('👋 ¡Bienvenido(a) a **Runners**, Bia!');
    await bia.say('/join');
    expect(bia.last()).toBe('Você já está em **Runners**, Bia.');
    await bia.say('/members');
    expect(bia.last()).toContain('👥 **Runners**, miembros y lo que comparten:');
    await bia.say('/group settings recap mon 08:00');
    expect(bia.last()).toBe('Só os admins deste chat mudam as configurações do grupo. Nada foi alterado.');
    await bia.say('/group settings');
    expect(bia.last()).toContain('resumen: domingo 18:00');

    await ana.say('/commit Read | daily | skip');
    expect(ana.last()).toMatch(/^🤝 Nuevo compromiso de \*\*Runners\*\*: \*\*Read\*\*/);
    expect(ana.buttons().map((button) => button.label)).toEqual(['🤝 Adoptar']);
    await bia.pressData(ana.buttons()[0]!.data);
    expect(bia.last()).toMatch(/^✅ Bia adoptó \*\*Read\*\*/);

    await bia.say('/leave');
    expect(bia.last()).toContain('Bia salió de **Runners**.');
    await world.person('Caio').say('/join');
    await ana.say('/remove Caio');
    expect(ana.last()).toBe('Caio ya no es miembro de este grupo.');
  });
});
