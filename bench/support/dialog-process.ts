// A bot process of the dialog bench: its own pool and conversation over the bench database. The
// bench runs it on a worker thread (one more Node event loop, as a second bot process would
// be) and drives it with messages: 'send' runs its people's messages from..to, 'close' ends it.
import { parentPort, workerData } from 'node:worker_threads';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import { createDatabase } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import { createConversation } from '../../src/dialog/conversation.js';
import { FixedClock } from '../../test/support/clock.js';
import { sendAll, type StreamPerson } from './dialog-stream.js';
import { countQueries } from './probe.js';

export interface BotProcessSetup {
  databaseUrl: string;
  pool: number;
  now: string;
  people: StreamPerson[];
}

export type BotCommand = { kind: 'send'; from: number; to: number; run: string; count: boolean } | { kind: 'close' };

const setup = workerData as BotProcessSetup;
const port = parentPort;
if (!port) throw new Error('dialog-process runs on a worker thread');
const handle = await createDatabase({ databaseUrl: setup.databaseUrl, maxConnections: setup.pool });
const conversation = createConversation({
  repos: createRepositories(handle),
  clock: new FixedClock(setup.now),
  coach: createTemplateCoach(await loadPersonalities()),
});

port.on('message', (command: BotCommand) => {
  void (async () => {
    if (command.kind === 'close') {
      await handle.close();
      port.postMessage({ closed: true });
      return;
    }
    const queries = command.count ? countQueries(handle.db) : null;
    const result = await sendAll(conversation, setup.people, command.from, command.to, command.run);
    queries?.stop();
    port.postMessage({ ...result, queries: queries?.total() ?? 0 });
  })();
});
port.postMessage({ ready: true });
