// The Discord bot: a discord.js client with only the gateway intents it needs, wired to
// the conversation. Nothing connects until start().
//
// Intents: Guilds (slash commands and channels), DirectMessages (DMs reach us) and
// MessageContent. Message content is a global privileged intent, but it is read only in
// direct messages (direct-messages.ts ignores every guild message).
import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { Conversation, Notifier } from '../../dialog/messages.js';
import { createDirectMessageHandler } from './direct-messages.js';
import { createInteractionHandler } from './interactions.js';
import { createDiscordNotifier } from './notifier.js';
import type { ShardAssignment } from './sharding.js';
import type { DiscordLogger, HabitSuggestions } from './types.js';

export const DISCORD_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent] as const;

export interface DiscordBotOptions {
  token: string;
  /** The application the slash commands are registered to; interactions for any other are ignored. */
  applicationId?: string;
  conversation: Conversation;
  logger: DiscordLogger;
  habitSuggestions?: HabitSuggestions;
  /** The shards this client serves (a shard process of a ShardingManager); default all of one. */
  shard?: ShardAssignment;
  /** Extra discord.js client options (tests, proxies). */
  clientOptions?: Partial<ClientOptions>;
}

export interface DiscordBot {
  client: Client;
  /** Sends first (reminders) through this bot's REST client. */
  notifier: Notifier;
  /** Logs in to the gateway. */
  start(): Promise<void>;
  /** Waits for the messages being handled, then disconnects. */
  stop(): Promise<void>;
  /** Resolves when no interaction or message is being handled. */
  idle(): Promise<void>;
}

export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  const { token, applicationId, conversation, logger, habitSuggestions } = options;
  const client = new Client({
    intents: [...DISCORD_INTENTS],
    // DM channels are not cached before their first message arrives.
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    ...(options.shard ? { shards: options.shard.ids, shardCount: options.shard.count } : {}),
    ...options.clientOptions,
  });
  client.rest.setToken(token);

  const deps = { conversation, logger, ...(habitSuggestions ? { habitSuggestions } : {}) };
  const onInteraction = createInteractionHandler(deps);
  const onDirectMessage = createDirectMessageHandler(deps, () => client.user?.id);

  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  client.on(Events.InteractionCreate, (interaction) => {
    if (applicationId && interaction.applicationId !== applicationId) return;
    track(onInteraction(interaction));
  });
  // Received only with the privileged Guild Members intent (not asked for by default): someone who
  // left the server is out of every group whose home is one of its channels.
  client.on(Events.GuildMemberRemove, (member) => {
    const channels = [...member.guild.channels.cache.keys()];
    const leaving = channels.map(async (chatId) => { await conversation.memberLeft?.({ platform: 'discord', chatId, userExternalId: member.id }); });
    track(Promise.all(leaving).then(() => undefined));
  });
  client.on(Events.MessageCreate, (message) => {
    track(onDirectMessage(message).catch((error: unknown) => logger.error({ err: error, messageId: message.id }, 'discord: message handler failed')));
  });
  client.on(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, ...(options.shard ? { shards: options.shard.ids, of: options.shard.count } : {}) }, 'discord: connected'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord: client error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'discord: client warning'));
  client.rest.on('rateLimited', (info) => logger.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'discord: rate limited, waiting'));

  const idle = async (): Promise<void> => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };

  return {
    client,
    notifier: createDiscordNotifier({ rest: client.rest, logger }),
    async start() {
      try {
        await client.login(token);
      } catch (error) {
        // A bad token or intents not enabled for the application (MessageContent is privileged).
        await client.destroy();
        throw error;
      }
    },
    async stop() {
      await idle();
      await client.destroy();
    },
    idle,
  };
}
