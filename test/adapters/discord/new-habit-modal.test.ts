// /new opens a form with the main fields; submitting it creates the habit through the
// conversation's /new flow, and the rest (why, two-minute version...) continues there.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NEW_HABIT_MODAL_ID } from '../../../src/adapters/discord/new-habit-modal.js';
import type { User } from '../../../src/core/types.js';
import { buttonsOf, describeCalls } from './calls.js';
import { startHarness, type Harness } from './harness.js';
import { modalSubmit, person, slashCommand, type Person } from './payloads.js';

let h: Harness;
let ana: Person;
let anaUser: User;

beforeAll(async () => {
  h = await startHarness();
  ana = person();
  anaUser = await h.givenPerson(ana);
});
afterAll(async () => { await h?.close(); });

const habitsOf = (user: User) => h.db.repos.habits.list(user.id);

describe('/new', () => {
  test('given /new, then a modal is the immediate answer (callback type 9), with name, how often, target and reminder', async () => {
    const calls = await h.interact(slashCommand(ana, 'guild', 'new'));
    expect(describeCalls(calls)).toEqual(['modal']);
    const modal = calls[0]!.body.data;
    expect(modal).toMatchObject({ custom_id: NEW_HABIT_MODAL_ID, title: 'New habit' });
    const inputs = (modal.components as { type: number; label: string; component: { type: number; custom_id: string; required: boolean } }[]);
    expect(inputs.map((label) => [label.type, label.component.type, label.component.custom_id, label.component.required])).toEqual([
      [18, 4, 'name', true], [18, 4, 'frequency', false], [18, 4, 'target', false], [18, 4, 'reminder', false],
    ]);
    expect(inputs.map((label) => label.label)).toEqual(['Name', 'How often', 'Target (optional)', 'Reminder time (optional)']);
  });

  test('given a Portuguese client, then the modal speaks Portuguese', async () => {
    const calls = await h.interact(slashCommand(person({ locale: 'pt-BR' }), 'dm', 'new'));
    expect(calls[0]!.body.data.title).toBe('Novo hábito');
    expect(calls[0]!.body.data.components[0].label).toBe('Nome');
  });

  test('given the form filled in, then the habit is created with its frequency, target and reminder, and the flow offers the rest', async () => {
    const calls = await h.interact(modalSubmit(ana, 'guild', NEW_HABIT_MODAL_ID, {
      name: '💪 Pushups', frequency: '3 times a week', target: '20 pushups', reminder: '07:30',
    }));
    expect(describeCalls(calls)).toEqual(['defer reply (ephemeral)', 'edit original']);
    const habits = await habitsOf(anaUser);
    expect(habits).toHaveLength(1);
    expect(habits[0]).toMatchObject({
      name: 'Pushups', emoji: '💪', frequency: { kind: 'per_week', times: 3 },
      target: { quantity: 20, unit: 'pushups' }, reminderTimes: ['07:30'],
    });
    expect(buttonsOf(calls[1]).flat().length).toBeGreaterThan(0); // why, two-minute version, ... "that's all"
  });

  test('given only a name, then the habit waits for how often, asked with buttons', async () => {
    const calls = await h.interact(modalSubmit(ana, 'dm', NEW_HABIT_MODAL_ID, { name: 'Meditate', frequency: '', target: '', reminder: '' }));
    expect(describeCalls(calls)).toEqual(['defer reply', 'edit original']);
    expect(calls[1]!.body.content).toContain('Meditate');
    expect(buttonsOf(calls[1]).flat().length).toBeGreaterThanOrEqual(5); // the five frequency kinds
    expect((await habitsOf(anaUser)).map((habit) => habit.name)).toEqual(['Pushups']);
    await h.interact(slashCommand(ana, 'dm', 'habits')); // leaves the flow
  });

  test('given a frequency it cannot read, then the explanation fills the reply and the question follows up', async () => {
    const calls = await h.interact(modalSubmit(ana, 'dm', NEW_HABIT_MODAL_ID, { name: 'Stretch', frequency: 'whenever I feel like it', target: '20 min', reminder: '' }));
    expect(describeCalls(calls)).toEqual(['defer reply', 'edit original', 'follow-up']);
    expect(buttonsOf(calls[2]).flat().length).toBeGreaterThanOrEqual(5);
    expect((await habitsOf(anaUser)).map((habit) => habit.name)).toEqual(['Pushups']);
    await h.interact(slashCommand(ana, 'dm', 'habits'));
  });

  test('given the same form delivered twice, then the habit is created once', async () => {
    const form = modalSubmit(ana, 'dm', NEW_HABIT_MODAL_ID, { name: 'Floss', frequency: 'daily', target: '', reminder: '21:00' });
    await h.interact(form);
    h.api.fail('POST', new RegExp(`/interactions/${form.id}/`), 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    await h.interact(form);
    expect((await habitsOf(anaUser)).filter((habit) => habit.name === 'Floss')).toHaveLength(1);
  });
});
