import { guessLanguage } from '../../../../src/extraction/document/language';

describe('guessLanguage', () => {
  it.each([
    ['Правительство утвердило план развития транспорта, сообщил министр на брифинге в среду.', 'ru'],
    ['Уряд затвердив план розвитку транспорту, повідомив міністр на брифінгу в середу.', 'uk'],
    ['The government approved the transport plan, the minister said at a briefing on Wednesday.', 'en'],
    ['Die Regierung hat den Verkehrsplan gebilligt, sagte der Minister am Mittwoch auf einer Pressekonferenz.', 'de'],
    ['Le gouvernement a approuvé le plan de transport, a déclaré le ministre lors de la conférence.', 'fr'],
    ['Үкімет көлік жоспарын бекітті, деді министр сәрсенбі күні өткен брифингте.', 'kk'],
    ['Η κυβέρνηση ενέκρινε το σχέδιο μεταφορών, δήλωσε ο υπουργός την Τετάρτη.', 'el'],
    ['12345 !!! ??? ...', 'und'],
    ['', 'und'],
  ])('%j → %s', (text, language) => {
    expect(guessLanguage(text)).toBe(language);
  });

  it('keeps a Russian text that quotes a Ukrainian name Russian', () => {
    expect(guessLanguage('Министр иностранных дел Украины Андрей Сибига заявил, что Київ готов к переговорам с партнерами.')).toBe('ru');
  });
});
