import { capLength, normalizeText, toIsoDay } from '../../../../src/extraction/document/normalize';

describe('normalizeText', () => {
  it('turns CRLF, CR and Unicode line separators into \\n', () => {
    expect(normalizeText('а\r\nб\rв\u2028г\u2029д')).toBe('а\nб\nв\nг\nд');
  });

  it('turns tabs and fixed-width spaces into a space and drops control characters', () => {
    expect(normalizeText('5\u00A0%\t—\u202Fитог\u0000\u0007\u009F\uFEFF.')).toBe('5 % — итог.');
  });

  it('drops soft hyphens, zero-width spaces and direction marks inside words', () => {
    expect(normalizeText('пресс\u00AD-секретарь\u200B заявил\u200E')).toBe('пресс-секретарь заявил');
  });

  it('keeps every other character, quotes and dashes included', () => {
    const text = '«Ёлка» — „тест“ … №5 ‑ 😀';
    expect(normalizeText(text)).toBe(text);
  });
});

describe('capLength', () => {
  it('does not cut a surrogate pair in half', () => {
    expect(capLength('аб😀', 3)).toBe('аб');
    expect(capLength('аб😀', 4)).toBe('аб😀');
  });
});

describe('toIsoDay', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2024-02-29T23:10:00+03:00', '2024-02-29'],
    ['2023-02-29', null],
    ['2024-13-01', null],
    ['вчера', null],
    [null, null],
  ])('%j → %j', (value, day) => {
    expect(toIsoDay(value)).toBe(day);
  });
});
