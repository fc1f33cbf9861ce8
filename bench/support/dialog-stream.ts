// The dialog bench's traffic: every person sends their messages one after another (like a chat),
// all people at once, through a conversation. Shared by the bench and its extra bot processes.
import type { Conversation, Reply } from '../../src/dialog/messages.js';

export interface StreamPerson {
  /** bench-<index> is the person's platform id and chat. */
  index: number;
  messages: string[];
}

export interface StreamResult {
  latenciesMs: number[];
  echoed: number;
  failures: { text: string; reply: string }[];
  /** Statements sent, when counted. */
  queries: number;
}

export async function sendAll(conversation: Conversation, people: StreamPerson[], from: number, to: number, run: string): Promise<StreamResult> {
  const result: StreamResult = { latenciesMs: [], echoed: 0, failures: [], queries: 0 };
  await Promise.all(people.map(async (person) => {
    for (let i = from; i < to; i += 1) {
      const text = person.messages[i]!;
      const started = process.hrtime.bigint();
      const replies: Reply[] = await conversation.handle({
        platform: 'console',
        user: { externalId: `bench-${person.index}` },
        chat: { id: `bench-${person.index}`, kind: 'private' },
        text,
        updateId: `${run}-${person.index}-${i}`,
      });
      result.latenciesMs.push(Number(process.hrtime.bigint() - started) / 1e6);
      const first = replies[0]?.text ?? '';
      // A written log is echoed with ✅ and carries an Undo button.
      if (first.startsWith('✅') && (replies[0]?.buttons?.length ?? 0) > 0) result.echoed += 1;
      else if (result.failures.length < 5) result.failures.push({ text, reply: first });
    }
  }));
  return result;
}

/** Several streams' results as one. */
export function mergeResults(results: StreamResult[]): StreamResult {
  return {
    latenciesMs: results.flatMap((r) => r.latenciesMs),
    echoed: results.reduce((sum, r) => sum + r.echoed, 0),
    failures: results.flatMap((r) => r.failures).slice(0, 5),
    queries: results.reduce((sum, r) => sum + r.queries, 0),
  };
}
