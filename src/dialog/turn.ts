// One handled message: who is speaking, in which language, what day it is for them,
// and small helpers every command and flow uses.
import type { AppDeps } from '../app/deps.js';
import type { Catalog, DialogState, Repositories } from '../app/ports.js';
import { completeOnboarding, updateSettings, userToday, type SettingsInput } from '../app/users.js';
import type { LocalDate, User } from '../core/types.js';
import type { ConversationDeps } from './deps.js';
import { createTranslator, type Translate } from './i18n/index.js';
import type { InboundMessage } from './messages.js';

export interface Turn {
  deps: ConversationDeps;
  /** What every use case is handed. */
  app: AppDeps;
  repos: Repositories;
  user: User;
  t: Translate;
  message: InboundMessage;
  /** Where flow state is kept: one flow per person per chat. */
  chatRef: string;
  now: Date;
  /** The person's current day: their zone, shifted by their day-start hour. */
  today: LocalDate;
  /** Derived from the platform update id: writes carrying it happen once, even when the update is redelivered. */
  idempotencyKey: string;
  /** Changes the person's settings (validated) and refreshes this turn's language and day. False when refused. */
  updateUser(patch: SettingsInput): Promise<boolean>;
  /** Marks onboarding done, keeping whatever was chosen so far. */
  completeOnboarding(): Promise<void>;
  state(): Promise<DialogState | null>;
  setState(flow: string, step: string, data?: Record<string, unknown>): Promise<void>;
  /**
   * Takes the step `state` is at, so that one answer (of two presses, two replicas) acts on it;
   * null when another answer took it first. The state stays until the flow changes or clears it.
   */
  claimState(state: DialogState): Promise<DialogState | null>;
  /** Its answer handled, the claimed step may be answered again (if the flow did not move on). */
  releaseState(claimed: DialogState): Promise<void>;
  clearState(): Promise<void>;
  /** The person's habits, goals and pauses as of this message (read again once a flow has run). */
  catalog(): Promise<Catalog>;
}

/** What the message's first statement already read (see TurnRepository.open). */
export interface Preloaded {
  state: DialogState | null;
  catalog: Catalog;
}

/** What the use cases are handed, from what the conversation was given. */
export function appDepsOf(deps: ConversationDeps): AppDeps {
  return { repos: deps.repos, clock: deps.clock, ...(deps.defaultTimeZone ? { defaultTimeZone: deps.defaultTimeZone } : {}) };
}

/** Where a chat's flow state is kept: one flow per person per chat. */
export function chatRefOf(message: Pick<InboundMessage, 'platform' | 'chat'>): string {
  return `${message.platform}:${message.chat.id}`;
}

export function createTurn(deps: ConversationDeps, user: User, message: InboundMessage, now: Date, preloaded?: Preloaded): Turn {
  const repos = deps.repos;
  // Read once at the start of the message. A flow that runs may write anything, so after the
  // state changes both are read from the database again.
  let knownState = preloaded?.state;
  let knownCatalog = preloaded?.catalog;
  const forgetPreloaded = () => {
    knownState = undefined;
    knownCatalog = undefined;
  };
  const chatRef = chatRefOf(message);
  const appDeps = appDepsOf(deps);
  const refresh = (updated: User) => {
    turn.user = updated;
    turn.t = createTranslator(updated.locale);
    turn.today = userToday(updated, now);
  };
  const turn: Turn = {
    deps,
    app: appDeps,
    repos,
    user,
    t: createTranslator(user.locale),
    message,
    chatRef,
    now,
    today: userToday(user, now),
    idempotencyKey: `${message.platform}:${message.updateId}`,
    async updateUser(patch) {
      const outcome = await updateSettings(appDeps, turn.user, patch);
      if (outcome.ok) refresh(outcome.user);
      return outcome.ok;
    },
    async completeOnboarding() {
      const outcome = await completeOnboarding(appDeps, turn.user);
      if (outcome.ok) refresh(outcome.user);
    },
    state: () => (knownState !== undefined ? Promise.resolve(knownState) : repos.dialogState.get(turn.user.id, chatRef)),
    async setState(flow, step, data = {}) {
      forgetPreloaded();
      await repos.dialogState.set(turn.user.id, chatRef, { flow, step, data });
    },
    async claimState(state) {
      const claimed = await repos.dialogState.claim(turn.user.id, chatRef, state.token);
      knownState = claimed ?? undefined;
      return claimed;
    },
    releaseState(claimed) {
      return repos.dialogState.release(turn.user.id, chatRef, claimed.token);
    },
    clearState() {
      forgetPreloaded();
      return repos.dialogState.clear(turn.user.id, chatRef);
    },
    catalog: () => (knownCatalog !== undefined ? Promise.resolve(knownCatalog) : repos.turns.catalog(turn.user.id)),
  };
  return turn;
}
