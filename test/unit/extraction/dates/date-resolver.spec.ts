import { DateResolver } from '../../../../src/extraction/dates/date-resolver';

describe('DateResolver', () => {
  const dated = new DateResolver('2025-03-12'); // a Wednesday

  it('resolves a weekday to the last one before the publication date', () => {
    expect(dated.fromText('заявил во вторник')).toMatchObject({ date: '2025-03-11', precision: 'day', source: 'text' });
  });

  it('gives a month named without a day the month precision', () => {
    expect(dated.fromText('сообщил в феврале')).toMatchObject({ date: '2025-02', precision: 'month' });
  });

  it('reads `накануне` as the day before publication', () => {
    expect(dated.fromText('накануне заявил')).toMatchObject({ date: '2025-03-11', precision: 'day' });
  });

  it('dates a vague `ранее` by its year alone', () => {
    expect(dated.fromText('ранее отмечал')).toMatchObject({ date: '2025', precision: 'year' });
  });

  it('finds no date where the text states no time', () => {
    expect(dated.fromText('сказал министр на встрече с избирателями')).toBeNull();
  });

  it('falls back to the publication date, or to none without one', () => {
    expect(dated.publication()).toEqual({ date: '2025-03-12', precision: 'day', source: 'publication' });
    expect(new DateResolver(null).publication()).toEqual({ date: null, precision: null, source: 'none' });
  });

  it('without a publication date applies only a time stated with its year', () => {
    const undated = new DateResolver(null);
    expect(undated.fromText('заявил 20 декабря 2010 года')).toMatchObject({ date: '2010-12-20', precision: 'day' });
    expect(undated.fromText('заявил во вторник')?.date ?? null).toBeNull();
  });
});
