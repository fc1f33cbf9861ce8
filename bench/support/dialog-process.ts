// A bot process of the dialog bench: its own pool and conversation over the bench database. The
// bench runs it on a worker thread (one more Node event loop, as a second bot process would
// be) and drives it with messages: 'send' runs its people's messages from..to, 'close' ends it.
import { parentPort, workerData } from 'node:worker_threads';
import { inThisThread, type BotsSetup } from './bots.js';

export type BotCommand = { kind: 'send'; from: number; to: number; run: string; count: boolean } | { kind: 'close' };

const port = parentPort;
if (!port) throw new Error('dialog-process runs on a worker thread');
const bot = await inThisThread(workerData as BotsSetup);

port.on('message', (command: BotCommand) => {
  void (async () => {
    if (command.kind === 'close') {
      await bot.close();
      port.postMessage({ closed: true });
      return;
    }
    port.postMessage(await bot.send(command.from, command.to, command.run, command.count));
  })();
});
port.postMessage({ ready: true });
