// The platform-neutral conversation: one inbound message in, the replies out.
// It validates the message, makes a redelivered update harmless (the reply given the
// first time is returned and nothing is written twice), finds or creates the person,
// and hands the message to the router. Errors never escape: the person gets a clear
// reply and nothing half-written.
import { z } from 'zod';
import type { OpenedTurn, SavedReplyKey } from '../app/ports.js';
import { ensureUser } from '../app/users.js';
import { DEFAULT_LOCALE } from '../core/languages.js';
import { PLATFORMS } from '../core/types.js';
import type { ConversationDeps } from './deps.js';
import { startOnboarding } from './flows/onboarding.js';
import { privateFlowChatRef } from './private-data.js';
import { cleanInbound } from './clean-text.js';
import { createTranslator, localeFromHint } from './i18n/index.js';
import { memberLeftChat } from '../app/group-members.js';
import { createGroupActivityNoter, type GroupActivityNoter } from './group-activity.js';
import { MAX_IMPORT_FILE_BYTES, type ChatMemberLeft, type Conversation, type InboundMessage, type Reply } from './messages.js';
import { isCommand, route } from './router.js';
import { restoreReplies, storableReplies } from './saved-replies.js';
import { needsFlowToken, stampFlowButtons } from './buttons.js';
import { appDepsOf, chatRefOf, createTurn, type Turn } from './turn.js';

const inboundSchema = z.object({
  platform: z.enum(PLATFORMS),
  user: z.object({ externalId: z.string().trim().min(1).max(200), displayName: z.string().max(200).optional() }),
  chat: z.object({ id: z.string().min(1).max(200), kind: z.enum(['private', 'group']), title: z.string().max(256).optional() }),
  text: z.string().max(20_000).optional(),
  unreadableText: z.boolean().optional(),
  button: z.object({ data: z.string().max(256) }).optional(),
  attachment: z.object({ kind: z.literal('photo'), fileRef: z.string().max(1000), caption: z.string().max(4000).optional() }).optional(),
  document: z.union([
    z.object({ name: z.string().max(255), text: z.string().max(MAX_IMPORT_FILE_BYTES) }),
    z.object({ name: z.string().max(255), problem: z.enum(['too_big', 'unreadable']) }),
  ]).optional(),
  updateId: z.string().min(1).max(200),
  botId: z.string().max(200).optional(),
  localeHint: z.string().max(35).optional(),
  addressedToBot: z.boolean().optional(),
  audience: z.enum(['speaker', 'chat']).optional(),
  speakerIsAdmin: z.boolean().optional(),
});

const memberLeftSchema = z.object({ platform: z.enum(PLATFORMS), chatId: z.string().min(1).max(200), userExternalId: z.string().trim().min(1).max(200) });

export function createConversation(deps: ConversationDeps): Conversation {
  const noteActivity = createGroupActivityNoter(deps);
  return {
    handle: (message) => handleMessage(deps, noteActivity, message),
    memberLeft: (event) => handleMemberLeft(deps, event),
  };
}

/** Someone left a chat: out of its group. Never throws (a platform event must not crash the bot). */
async function handleMemberLeft(deps: ConversationDeps, raw: ChatMemberLeft): Promise<void> {
  const parsed = memberLeftSchema.safeParse(raw);
  if (!parsed.success) return;
  try {
    await memberLeftChat(appDepsOf(deps), parsed.data);
  } catch (error) {
    deps.logger?.error({ err: error, platform: parsed.data.platform }, 'failed to mark a member who left');
  }
}

async function handleMessage(deps: ConversationDeps, noteActivity: GroupActivityNoter, raw: InboundMessage): Promise<Reply[]> {
  const parsed = inboundSchema.safeParse(raw);
  if (!parsed.success) {
    deps.logger?.warn({ issues: parsed.error.issues.map((issue) => issue.path.join('.')) }, 'invalid inbound message');
    return [{ text: createTranslator(localeFromHint(raw.localeHint) ?? DEFAULT_LOCALE)('error.bad_message') }];
  }
  const message: InboundMessage = cleanInbound(parsed.data);
  // Anyone speaking in a group's home chat keeps its posts coming, whether or not they spoke to the bot.
  await noteActivity(message);
  // In a group, only what is addressed to the bot is ours to answer.
  if (message.chat.kind === 'group' && !message.addressedToBot && !isCommand(message.text)) return [];

  const { platform, updateId } = message;
  // Before anything is read: a flood must not cost the database anything either. The console
  // is the operator's own terminal (a script pipes in as fast as it can), not open to the public.
  const limiter = platform === 'console' ? undefined : deps.rateLimiter;
  const allowed = limiter?.take(`${platform}:${message.user.externalId}`, deps.clock.now()) ?? 'allow';
  if (allowed === 'drop') return [];
  if (allowed === 'warn') return [{ text: createTranslator(localeFromHint(message.localeHint) ?? DEFAULT_LOCALE)('input.slow_down'), private: true }];
  const botId = message.botId ?? '';
  try {
    // One statement: an earlier reply to this update, and the person with their flow state and catalog.
    const opened = await deps.repos.turns.open({
      platform, botId, updateId, externalId: message.user.externalId, chatRef: chatRefOf(message), now: deps.clock.now(),
    });
    // A redelivered update gets the reply it got the first time. One that was never answered (the
    // first attempt stopped half-way) is handled again: every write carries an idempotency key
    // derived from the update id, so nothing is written twice.
    const saved = restoreReplies(opened.savedReply);
    if (saved) return saved;
    const { userId, replies } = await respond(deps, message, opened.person);
    if (userId) await saveReplies(deps, { platform, botId, updateId, userId }, replies);
    return replies;
  } catch (error) {
    deps.logger?.error({ err: error, platform, updateId }, 'failed to handle a message');
    return [{ text: createTranslator(localeFromHint(message.localeHint) ?? DEFAULT_LOCALE)('error.generic') }];
  }
}

/**
 * The work is done by now, so a reply that cannot be saved is still sent: telling the person
 * "nothing was changed" would be false. A redelivery is then handled again, and writes once
 * (idempotency keys).
 */
async function saveReplies(deps: ConversationDeps, key: SavedReplyKey, replies: Reply[]): Promise<void> {
  try {
    await deps.repos.processedUpdates.saveReply(key, storableReplies(replies), deps.clock.now());
  } catch (error) {
    deps.logger?.warn({ err: error, platform: key.platform, updateId: key.updateId }, 'could not save a reply for redelivery');
  }
}

async function respond(deps: ConversationDeps, message: InboundMessage, person: OpenedTurn['person']): Promise<{ userId: string | null; replies: Reply[] }> {
  if (person) {
    const turn = createTurn(deps, person.user, message, deps.clock.now(), person);
    return { userId: person.user.id, replies: await withFlowTokens(turn, await route(turn)) };
  }
  const ensured = await ensureUser(appDepsOf(deps), {
    platform: message.platform,
    externalId: message.user.externalId,
    ...(message.user.displayName?.trim() ? { displayName: message.user.displayName.trim().slice(0, 100) } : {}),
    ...(message.localeHint ? { localeHint: message.localeHint.slice(0, 35) } : {}),
  });
  if (!ensured.ok) return { userId: null, replies: [{ text: createTranslator(DEFAULT_LOCALE)('error.bad_message') }] };
  const turn = createTurn(deps, ensured.user, message, deps.clock.now());
  // First contact starts the short setup, unless the person opened with a command (/import, /help...) or their export file,
  // or spoke in a group: the setup asks private things (their zone) and would hold the group's messages as answers.
  const setUp = ensured.created && !isCommand(message.text) && !message.button && !message.document && message.chat.kind !== 'group';
  const replies = setUp ? await startOnboarding(turn) : await route(turn);
  return { userId: ensured.user.id, replies: await withFlowTokens(turn, replies) };
}

/** The active flow's buttons get the token of the question they answer (read once the flow has saved it). */
async function withFlowTokens(turn: Turn, replies: Reply[]): Promise<Reply[]> {
  if (!needsFlowToken(replies)) return replies;
  const state = await turn.repos.dialogState.get(turn.user.id, privateFlowChatRef(turn, replies));
  return state ? stampFlowButtons(replies, state.token) : replies;
}
