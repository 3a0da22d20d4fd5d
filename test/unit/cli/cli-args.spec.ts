import { parseArgs, UsageError } from '../../../src/cli/cli-args';

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
});
