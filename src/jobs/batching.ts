// Concurrent deliveries in one worker share their database round trips: the reads, claims and
// finishes issued while one batch is in flight go out together as the next one (DataLoader
// style). Each delivery still reads, claims and finishes on its own terms; only the statements
// are shared, so a worker with a hundred jobs in hand sends a few statements, not hundreds.
import type { DeliveryClaim, DeliveryClaimResult, DeliveryContext, DeliveryFinish, JobStore } from '../app/ports.js';

/** Coalesces single calls into batched ones: the calls made while a batch runs form the next. */
export function createBatcher<Input, Output>(run: (inputs: Input[]) => Promise<Output[]>, maxSize = 250): (input: Input) => Promise<Output> {
  let pending: { input: Input; resolve: (output: Output) => void; reject: (error: unknown) => void }[] = [];
  let scheduled = false;

  const flush = (): void => {
    scheduled = false;
    while (pending.length > 0) {
      const batch = pending.slice(0, maxSize);
      pending = pending.slice(maxSize);
      run(batch.map((call) => call.input)).then(
        (outputs) => batch.forEach((call, index) => call.resolve(outputs[index]!)),
        (error: unknown) => batch.forEach((call) => call.reject(error)),
      );
    }
  };

  return (input) => new Promise<Output>((resolve, reject) => {
    pending.push({ input, resolve, reject });
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
}

/** The delivery side of the JobStore, one item at a time. */
export interface DeliveryStore {
  load(scheduleId: string): Promise<DeliveryContext | null>;
  claim(claim: DeliveryClaim): Promise<DeliveryClaimResult>;
  finish(finish: DeliveryFinish): Promise<void>;
  release(key: string): Promise<void>;
}

export function batchedDeliveries(store: JobStore): DeliveryStore {
  const load = createBatcher(async (ids: string[]) => {
    const found = await store.loadDeliveries(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  const claim = createBatcher(async (claims: DeliveryClaim[]) => {
    // The same key twice in one batch (a redelivered job racing itself): the first one claims.
    const first = new Map<string, number>();
    claims.forEach((item, index) => { if (!first.has(item.key)) first.set(item.key, index); });
    const distinct = [...first.values()].map((index) => claims[index]!);
    const results = await store.claimDeliveries(distinct);
    const byKey = new Map(distinct.map((item, index) => [item.key, results[index]!]));
    return claims.map((item, index): DeliveryClaimResult =>
      first.get(item.key) === index ? byKey.get(item.key)! : { claimed: false, status: 'sending' });
  });
  const finish = createBatcher(async (finishes: DeliveryFinish[]) => {
    const latest = new Map(finishes.map((item) => [item.key, item]));
    await store.finishDeliveries([...latest.values()]);
    return finishes.map(() => undefined);
  });
  return { load, claim, finish, release: (key) => store.releaseDelivery(key) };
}
