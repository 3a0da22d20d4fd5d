import { inlineParameters } from '../../../src/exports/copy/inline-parameters';

describe('inlineParameters', () => {
  it('writes each $n as a quoted literal, escaping quotes and backslashes', () => {
    expect(inlineParameters('SELECT * FROM s WHERE a = $1 AND b ILIKE $2 AND c > $10', ['x', "O'Brien \\ 100%", 3, 4, 5, 6, 7, 8, 9, 42])).toBe(
      "SELECT * FROM s WHERE a = 'x' AND b ILIKE  E'O''Brien \\\\ 100%' AND c > '42'",
    );
  });

  it('leaves $n alone inside string literals, quoted identifiers and comments', () => {
    const sql = `SELECT 'costs $1', "col$1", 'it''s $2' -- not $1\nFROM t WHERE x = $1`;
    expect(inlineParameters(sql, ['v'])).toBe(`SELECT 'costs $1', "col$1", 'it''s $2' -- not $1\nFROM t WHERE x = 'v'`);
  });

  it('writes NULL for a missing value and refuses what it cannot write as a literal', () => {
    expect(inlineParameters('SELECT $1', [null])).toBe('SELECT NULL');
    expect(() => inlineParameters('SELECT $2', ['a'])).toThrow(/refers to \$2/);
    expect(() => inlineParameters('SELECT $1', [['a']])).toThrow(/cannot write a object/);
    expect(() => inlineParameters("SELECT 'open", [])).toThrow(/unterminated/);
  });
});
