import { parseArgs, reportCommandError, UsageError } from '../../../src/cli/cli-args';

describe('parseArgs', () => {
  it('reads valued options in both spellings, flags and positionals', () => {
    const parsed = parseArgs(['--format', 'jsonl', '--date=2025-01-02', '--help', 'a.txt', '-', '--', '--not-an-option'], ['format', 'date'], ['help']);
    expect(parsed.options).toEqual({ format: 'jsonl', date: '2025-01-02', help: true });
    expect(parsed.positionals).toEqual(['a.txt', '-', '--not-an-option']);
  });

  it('reads short options', () => {
    expect(parseArgs(['-o', 'out.csv'], ['o']).options).toEqual({ o: 'out.csv' });
  });

  it('refuses unknown options and missing values', () => {
    expect(() => parseArgs(['--bogus'], ['format'])).toThrow(UsageError);
    expect(() => parseArgs(['--format'], ['format'])).toThrow(/needs a value/);
  });

  it('reports a usage error with the usage and exit code 2, anything else with exit code 1', () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    try {
      expect(reportCommandError('keys', 'usage: quotes keys …\n', new UsageError('unknown action "x"'))).toBe(2);
      expect(written.join('')).toBe('quotes keys: unknown action "x"\nusage: quotes keys …\n');
      written.length = 0;
      expect(reportCommandError('keys', 'usage\n', new Error('database is down'))).toBe(1);
      expect(written.join('')).toBe('quotes keys: database is down\n');
    } finally {
      spy.mockRestore();
    }
  });
});
