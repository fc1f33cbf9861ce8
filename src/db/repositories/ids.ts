// Ids come from chat buttons and callbacks: anything that is not a uuid is treated as a
// row that does not exist (PostgreSQL would otherwise reject it with an error).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && UUID.test(value);
}
