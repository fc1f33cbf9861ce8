// Rows that arrive as JSON (row_to_json, json_agg): several tables' rows in one statement.
// JSON keys are column names and values JSON types, so each value goes through its own
// column's driver mapping (timestamps become Dates, arrays map element-wise), giving the
// same row drizzle would return for a plain select.
import { getTableColumns, type Table } from 'drizzle-orm';

type ColumnMap = [key: string, name: string, fromDriver: (value: unknown) => unknown][];

const columnMaps = new WeakMap<Table, ColumnMap>();

function columnMapOf(table: Table): ColumnMap {
  let map = columnMaps.get(table);
  if (!map) {
    map = Object.entries(getTableColumns(table)).map(([key, column]) => [key, column.name, (value) => column.mapFromDriverValue(value)]);
    columnMaps.set(table, map);
  }
  return map;
}

/** One JSON row of `table` as drizzle's select would give it. */
export function rowFromJson<T extends Table>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [key, name, fromDriver] of columnMapOf(table)) {
    const value = json[name];
    row[key] = value === null || value === undefined ? null : fromDriver(value);
  }
  return row;
}

/** A json_agg of `table` rows (null when there were none) mapped to domain objects. */
export function rowsFromJson<T extends Table, D>(table: T, json: unknown, toDomain: (row: T['$inferSelect']) => D): D[] {
  if (!Array.isArray(json)) return [];
  return json.map((item) => toDomain(rowFromJson(table, item as Record<string, unknown>)));
}
