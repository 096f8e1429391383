import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { all, camelRow, compileNamed, first, sql } from './sql';

describe('named parameters', () => {
  it('numbers each name once, in order of first use, and leaves quotes and comments alone', () => {
    const { text, names } = compileNamed(
      `SELECT ':notAName', "col:x" FROM t -- :comment\nWHERE a = :first AND b = :second /* :block */ AND c = :first`,
    );
    expect(names).toEqual(['first', 'second']);
    expect(text).toBe(`SELECT ':notAName', "col:x" FROM t -- :comment\nWHERE a = ?1 AND b = ?2 /* :block */ AND c = ?1`);
  });

  it('binds by name in real D1, booleans as 1 and 0', async () => {
    const row = await first<{ a: number; b: string; c: number; d: null }>(
      sql(env.DB, 'SELECT :a AS a, :b AS b, :c AS c, :d AS d, :a + 1 AS e', { a: 41, b: '甲', c: true, d: null }),
    );
    expect(row).toEqual({ a: 41, b: '甲', c: 1, d: null, e: 42 });
  });

  it('refuses a missing value or a value no name uses, before reaching the database', () => {
    expect(() => sql(env.DB, 'SELECT :a', {})).toThrow(':a has no value');
    expect(() => sql(env.DB, 'SELECT :a', { a: 1, typo: 2 })).toThrow('not in the statement: typo');
  });
});

describe('rows in the API’s spelling', () => {
  it('camelCases column names and keeps the values', async () => {
    expect(camelRow({ checked_in_at: 5, user_id: 'u', late: 0, n: 2 })).toEqual({ checkedInAt: 5, userId: 'u', late: 0, n: 2 });
    const rows = await all<{ eventId: string; signedUp2: number }>(sql(env.DB, "SELECT 'e1' AS event_id, 3 AS signed_up_2"));
    expect(rows).toEqual([{ eventId: 'e1', signedUp2: 3 }]);
  });
});
