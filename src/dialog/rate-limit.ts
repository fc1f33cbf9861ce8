// A per-person limit on how fast messages are handled: a token bucket. Each person may send
// `burst` messages at once, then `refillPerSecond` a second. A flood gets one "slow down"
// answer, and nothing it says is read or written until the bucket has refilled.
//
// Hand-written rather than a library (rate-limiter-flexible and the like) because it must run
// on the injected clock (tests fix "now"), and it is twenty lines.
//
// The buckets live in this process's memory. That is enough for what the limit is for: one
// person cannot take a process's CPU and database connections from everyone else. With several
// replicas a person could get each replica's budget, which is still a bounded, small multiple;
// a shared bucket would put a Redis round trip in front of every message and make the
// conversation depend on Redis, which the embedded default does not have.

/** What a message is allowed: handled, refused with the one warning, or refused in silence. */
export type RateDecision = 'allow' | 'warn' | 'drop';

export interface RateLimiter {
  /** Takes one message's worth from `key`'s bucket at `now`. */
  take(key: string, now: Date): RateDecision;
}

export interface TokenBucketOptions {
  /** Messages a person can send at once. */
  burst: number;
  /** Messages a second the bucket refills by. */
  refillPerSecond: number;
  /** Buckets kept before full (idle) ones are dropped; bounds memory. */
  maxBuckets?: number;
}

interface Bucket {
  tokens: number;
  at: number;
  /** Told to slow down during this flood already. */
  warned: boolean;
}

export function createTokenBucketLimiter(options: TokenBucketOptions): RateLimiter {
  const { burst, refillPerSecond } = options;
  const maxBuckets = options.maxBuckets ?? 100_000;
  const buckets = new Map<string, Bucket>();
  const refilled = (bucket: Bucket, now: number) => Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond);

  function forgetIdle(now: number): void {
    for (const [key, bucket] of buckets) if (refilled(bucket, now) >= burst) buckets.delete(key);
  }

  return {
    take(key, nowDate) {
      const now = nowDate.getTime();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxBuckets) forgetIdle(now);
        bucket = { tokens: burst, at: now, warned: false };
        buckets.set(key, bucket);
      }
      bucket.tokens = refilled(bucket, now);
      bucket.at = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        bucket.warned = false;
        return 'allow';
      }
      if (bucket.warned) return 'drop';
      bucket.warned = true;
      return 'warn';
    },
  };
}
