import { createExtractor } from '../../../src/extraction/extractor';
import type { DirectoryMatch, SpeakerDirectory } from '../../../src/extraction/types';

/** A directory that knows two office holders, whatever the date. */
const directory: SpeakerDirectory = {
  resolveRole(role: string): DirectoryMatch | null {
    const holders: Record<string, string> = { 'глава мид россии': 'Сергей Лавров', 'пресс-секретарь кремля': 'Дмитрий Песков' };
    const name = holders[role.toLowerCase()];
    return name ? { name, type: 'person', aliases: [], id: name, confidence: 1 } : null;
  },
  findByName: () => null,
};

describe('role mentions', () => {
  it('give a role qualified by its country or organisation to its holder, not to the speaker in focus', async () => {
    const extractor = await createExtractor({ directory });
    const { statements } = extractor.extract({
      text: [
        'date 2025-03-10',
        'Губернатор Южной области Николай Ветров заявил, что урожай в этом году будет рекордным.',
        'Глава МИД России заявил, что Москва готова к диалогу.',
        'Пресс-секретарь Кремля сказал, что встреча пока не согласована.',
      ].join('\n\n'),
    });
    const byQuote = (text: string) => statements.find((s) => s.quote.includes(text))?.speaker;
    expect(byQuote('урожай')).toMatchObject({ name: 'Николай Ветров' });
    expect(byQuote('готова к диалогу')).toMatchObject({ name: 'Сергей Лавров', resolvedBy: 'registry' });
    expect(byQuote('встреча')).toMatchObject({ name: 'Дмитрий Песков', resolvedBy: 'registry' });
  });

  it('give a bare role to the person the article introduced with it', async () => {
    const extractor = await createExtractor({ directory });
    const { statements } = extractor.extract({
      text: [
        'date 2025-03-10',
        'Министр транспорта Олег Карпов заявил, что новые трассы откроют летом.',
        'По словам министра, подрядчики уже получили аванс.',
      ].join('\n\n'),
    });
    expect(statements.find((s) => s.quote.includes('аванс'))?.speaker).toMatchObject({ name: 'Олег Карпов' });
  });
});
