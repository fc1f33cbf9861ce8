// A fake Discord HTTP API for tests: every REST call discord.js makes is intercepted at
// the HTTP level (undici's MockAgent, installed as the global dispatcher — @discordjs/rest
// sends through undici's request(), which nock does not see), recorded, and answered the
// way Discord would. Tests can make the next matching call fail.
import { MockAgent, getGlobalDispatcher, setGlobalDispatcher, type Dispatcher } from 'undici';

export interface RecordedCall {
  method: string;
  /** Path after /api/v10, without the query: "/interactions/1/tok/callback". */
  path: string;
  query: string;
  /** JSON body; for multipart, the parsed payload_json. Tests read into it freely. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** Names of uploaded files (multipart only). */
  files: string[];
  /** The uploaded files themselves, to read their contents (multipart only). */
  uploads: File[];
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  times: number;
}

let nextId = 900_000_000_000_000_000n;
export function snowflake(): string {
  nextId += 1n;
  return nextId.toString();
}

export const BOT_USER = { id: '100000000000000001', username: 'habit-coach', discriminator: '0', global_name: 'Habit Coach', bot: true };

type JsonObject = Record<string, unknown>;

function messageFrom(channelId: string, body: JsonObject | null): JsonObject {
  return {
    id: snowflake(), channel_id: channelId, author: BOT_USER, content: body?.content ?? '',
    timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false,
    mentions: [], mention_roles: [], attachments: [], embeds: [], components: body?.components ?? [],
    pinned: false, type: 0, flags: body?.flags ?? 0,
  };
}

function readBody(raw: unknown): { body: JsonObject | null; files: string[]; uploads: File[] } {
  // Node's global FormData (what @discordjs/rest builds for uploads), not necessarily undici's class.
  if (raw instanceof globalThis.FormData) {
    const files: string[] = [];
    const uploads: File[] = [];
    let body: JsonObject | null = null;
    for (const [key, value] of raw.entries()) {
      if (typeof value !== 'string') {
        files.push(value.name);
        uploads.push(value);
      } else if (key === 'payload_json') body = JSON.parse(value) as JsonObject;
    }
    return { body, files, uploads };
  }
  if (typeof raw === 'string' && raw !== '') return { body: JSON.parse(raw) as JsonObject, files: [], uploads: [] };
  return { body: null, files: [], uploads: [] };
}

interface MockReply {
  statusCode: number;
  data: string;
  responseOptions?: { headers: Record<string, string> };
}

export class FakeDiscordApi {
  readonly calls: RecordedCall[] = [];
  private readonly failures: Failure[] = [];
  private readonly agent = new MockAgent();
  private previous: Dispatcher | null = null;
  /** Channel ids the API says do not exist (user ids used as channels). */
  readonly unknownChannels = new Set<string>();

  install(): this {
    this.previous = getGlobalDispatcher();
    this.agent.disableNetConnect();
    setGlobalDispatcher(this.agent);
    const pool = this.agent.get('https://discord.com');
    for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']) {
      pool.intercept({ path: () => true, method }).reply((options) => this.answer(options.path, options.method, options.body)).persist();
    }
    return this;
  }

  async uninstall(): Promise<void> {
    if (this.previous) setGlobalDispatcher(this.previous);
    await this.agent.close();
  }

  /** Serves a file at a URL outside the API (an attachment on Discord's CDN). */
  serveFile(url: string, content: string): void {
    const { origin, pathname } = new URL(url);
    this.agent.get(origin).intercept({ path: pathname, method: 'GET' }).reply(200, content, { headers: { 'content-type': 'application/json' } }).persist();
  }

  /** The next `times` calls matching method and path answer with this status and body. */
  fail(method: string, path: RegExp, status: number, body: unknown, options: { times?: number; headers?: Record<string, string> } = {}): void {
    this.failures.push({ method, path, status, body, times: options.times ?? 1, ...(options.headers ? { headers: options.headers } : {}) });
  }

  clear(): void {
    this.calls.length = 0;
  }

  private answer(fullPath: string, rawMethod: string, rawBody: unknown): MockReply {
    const url = new URL(fullPath, 'https://discord.com');
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const method = rawMethod.toUpperCase();
    const { body, files, uploads } = readBody(rawBody);
    this.calls.push({ method, path, query: url.search, body, files, uploads });
    const failure = this.failures.find((candidate) => candidate.method === method && candidate.path.test(path) && candidate.times > 0);
    if (failure) {
      failure.times -= 1;
      return { statusCode: failure.status, data: JSON.stringify(failure.body), responseOptions: { headers: { 'content-type': 'application/json', ...failure.headers } } };
    }
    return this.defaultAnswer(method, path, body);
  }

  /** The calls so far (kept for symmetry with asynchronous fakes; bodies are read as they arrive). */
  settled(): Promise<RecordedCall[]> {
    return Promise.resolve(this.calls);
  }

  private defaultAnswer(method: string, path: string, body: JsonObject | null): MockReply {
    const json = (statusCode: number, data: unknown): MockReply => ({ statusCode, data: JSON.stringify(data), responseOptions: { headers: { 'content-type': 'application/json' } } });
    let match: RegExpExecArray | null;
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { statusCode: 204, data: '' };
    if (method === 'DELETE') return { statusCode: 204, data: '' };
    if (/^\/webhooks\/\d+\/[^/]+(?:\/messages\/.+)?$/.test(path)) return json(200, messageFrom('200000000000000002', body));
    if ((match = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      if (this.unknownChannels.has(match[1]!)) return json(404, { message: 'Unknown Channel', code: 10003 });
      return json(200, messageFrom(match[1]!, body));
    }
    if (method === 'POST' && path === '/users/@me/channels') {
      const recipient = String(body?.recipient_id);
      return json(200, { id: `7${recipient.slice(1)}`, type: 1, recipients: [{ id: recipient, username: 'someone', discriminator: '0' }] });
    }
    if (method === 'PUT' && /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.test(path)) {
      const commands = body as unknown as JsonObject[];
      return json(200, commands.map((command) => ({ ...command, id: snowflake(), application_id: path.split('/')[2], version: '1' })));
    }
    return json(404, { message: `fake discord: no route for ${method} ${path}`, code: 0 });
  }
}
