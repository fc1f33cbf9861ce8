// A bounded cache for the parser's pure word functions (normalizing, stemming, typo checks,
// number words). People use a small vocabulary, so the same words come back message after
// message; a hit is a map lookup instead of regexes and allocations. The cache is emptied when
// full, which bounds memory whatever text arrives.
const DEFAULT_LIMIT = 20_000;

/** `fn` with its results remembered by argument. `fn` must be pure. */
export function memoized<R>(fn: (key: string) => R, limit = DEFAULT_LIMIT): (key: string) => R {
  const cache = new Map<string, R>();
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined || cache.has(key)) return known as R;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
