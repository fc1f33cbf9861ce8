// Tables keyed by what people type (commands, words) are plain objects, and a plain object also
// answers for 'constructor', 'toString' and the rest of Object.prototype: '/constructor' called
// Object and replied with its argument. Looked up through this, only the table's own keys count.

/** The table's own value for `key`; undefined for a key it does not hold itself. */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
