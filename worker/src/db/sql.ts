/**
 * Hand-written SQL with named parameters, and rows in the API's spelling.
 *
 * D1 binds only numbered (`?3`) and anonymous (`?`) parameters, so a statement here names its
 * values (`WHERE e.id = :eventId`) and `sql()` numbers each distinct name in order of first use,
 * then binds the values from an object. A name the object lacks, or a value no name uses, is a
 * mistake in the code and throws before anything reaches the database. Text inside quotes and
 * comments is left alone. Numbering is cached per statement text, so the hot paths pay once.
 *
 * Columns keep their table names (`checked_in_at`); `camelRow` turns them into the API's keys
 * (`checkedInAt`), so no statement renames columns one by one.
 */

export type SqlValue = string | number | boolean | null | ArrayBuffer;
export type SqlParams = Record<string, SqlValue | undefined>;

type Compiled = { text: string; names: string[] };
const compiled = new Map<string, Compiled>();

/** `:name` outside quotes and comments becomes `?n`, the same n for the same name. */
export function compileNamed(source: string): Compiled {
  const cached = compiled.get(source);
  if (cached) return cached;
  const names: string[] = [];
  const text = source.replace(
    /'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\/|:([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, name?: string) => {
      if (!name) return match;
      let index = names.indexOf(name);
      if (index < 0) index = names.push(name) - 1;
      return `?${index + 1}`;
    },
  );
  const result = { text, names };
  compiled.set(source, result);
  return result;
}

/** A prepared statement with its named values bound, for `.run()`, `.first()` or a batch. */
export function sql(d1: D1Database, source: string, params: SqlParams = {}): D1PreparedStatement {
  const { text, names } = compileNamed(source);
  const unused = Object.keys(params).filter((key) => !names.includes(key));
  if (unused.length) throw new Error(`SQL parameters not in the statement: ${unused.join(', ')}`);
  const values = names.map((name) => {
    const value = params[name];
    if (value === undefined) throw new Error(`SQL parameter :${name} has no value`);
    return typeof value === 'boolean' ? (value ? 1 : 0) : value;
  });
  const statement = d1.prepare(text);
  return values.length ? statement.bind(...values) : statement;
}

const camelKey = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A row with its snake_case columns under camelCase keys; values are untouched. */
export function camelRow<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const key in row) out[camelKey(key)] = row[key];
  return out as T;
}

export const camelRows = <T>(rows: Record<string, unknown>[]): T[] => rows.map((row) => camelRow<T>(row));

/** The first row of a statement, camelCased, or null. */
export async function first<T>(statement: D1PreparedStatement): Promise<T | null> {
  const row = await statement.first<Record<string, unknown>>();
  return row ? camelRow<T>(row) : null;
}

/** Every row of a statement, camelCased. */
export async function all<T>(statement: D1PreparedStatement): Promise<T[]> {
  return camelRows<T>((await statement.all<Record<string, unknown>>()).results);
}
