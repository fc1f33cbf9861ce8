// Discord sharding: past 2,500 servers Discord refuses one gateway connection for all of them,
// and discord.js's ShardingManager runs one process per shard. Each shard process is a plain
// `habit-coach bot` (the manager sets SHARDING_MANAGER, SHARDS and SHARD_COUNT in its
// environment) serving the same conversation from the same PostgreSQL; the parent only
// spawns, respawns and stops them.
import { ShardingManager } from 'discord.js';
import { z } from 'zod';
import type { DiscordLogger } from './types.js';

/** Which shards one client serves, out of how many. */
export interface ShardAssignment {
  ids: number[];
  count: number;
}

/** `--shards auto` (Discord's recommended count, asked at spawn) or a number of shards. */
export const shardCountSchema = z.union([z.literal('auto'), z.coerce.number().int().min(1).max(10_000)]);
export type ShardCount = z.infer<typeof shardCountSchema>;

const shardEnvironmentSchema = z.object({
  SHARDING_MANAGER: z.literal('true'),
  // The manager writes one id ("3"); a list ("[0,1]") is accepted as discord.js reads it too.
  SHARDS: z.string().transform((text, context) => {
    const parsed = z.union([z.coerce.number().int().min(0), z.array(z.number().int().min(0)).min(1)]).safeParse(/^\[/.test(text) ? JSON.parse(text) : text);
    if (!parsed.success) {
      context.addIssue({ code: 'custom', message: 'SHARDS must be a shard id or a list of ids' });
      return z.NEVER;
    }
    return Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  }),
  SHARD_COUNT: z.coerce.number().int().min(1),
});

/** The shards this process serves when a ShardingManager started it; null otherwise. */
export function shardOfEnvironment(env: NodeJS.ProcessEnv): ShardAssignment | null {
  if (env.SHARDING_MANAGER !== 'true') return null;
  const parsed = shardEnvironmentSchema.safeParse(env);
  if (!parsed.success) throw new Error(`bad shard environment: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  const { SHARDS: ids, SHARD_COUNT: count } = parsed.data;
  if (ids.some((id) => id >= count)) throw new Error(`shard ids ${ids.join(',')} out of ${count}`);
  return { ids, count };
}

export interface DiscordShardsOptions {
  token: string;
  shards: ShardCount;
  /** The script each shard runs and its arguments (the CLI itself: `habit-coach bot`). */
  file: string;
  shardArgs: string[];
  execArgv?: string[];
  logger: DiscordLogger;
  /** How long to wait for each shard to connect; default 60 s. */
  readyTimeoutMs?: number;
}

export interface DiscordShards {
  manager: ShardingManager;
  /** Spawns every shard and waits for each to connect. */
  start(): Promise<void>;
  /** SIGTERM to every shard (each drains like a single bot), and waits for them to exit. */
  stop(): Promise<void>;
}

export function createDiscordShards(options: DiscordShardsOptions): DiscordShards {
  const manager = new ShardingManager(options.file, {
    token: options.token,
    totalShards: options.shards,
    shardArgs: options.shardArgs,
    execArgv: options.execArgv ?? [],
    mode: 'process',
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    options.logger.info({ shard: shard.id, of: manager.totalShards }, 'discord: shard spawned');
    shard.on('death', () => options.logger.warn({ shard: shard.id }, 'discord: shard exited (respawned unless stopping)'));
    // A respawn that fails is emitted as 'error': unheard, it would crash the parent.
    shard.on('error', (error) => options.logger.error({ err: error, shard: shard.id }, 'discord: shard failed'));
  });
  return {
    manager,
    async start() {
      await manager.spawn({ timeout: options.readyTimeoutMs ?? 60_000 });
    },
    async stop() {
      await Promise.all([...manager.shards.values()].map(async (shard) => {
        const child = shard.process;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        shard.kill(); // SIGTERM, and no respawn
        await exited;
      }));
    },
  };
}
