import { loadMorphology, type Morphology } from '../../../../src/extraction/morphology';
import { PhraseFinder } from '../../../../src/extraction/speakers/noun-phrase';
import { PeopleIndex } from '../../../../src/extraction/speakers/people';
import { tokenize, type Token } from '../../../../src/extraction/text/tokens';

let morph: Morphology;
beforeAll(async () => {
  morph = await loadMorphology();
});

/** The tokens of `text`, a finder over them and the index of the first token equal to `cue`. */
function setUp(text: string, cue: string) {
  const tokens = tokenize(text);
  const people = new PeopleIndex(morph);
  people.build(tokens);
  const finder = new PhraseFinder(morph, people);
  return { tokens, finder, cue: tokens.findIndex((t) => t.text === cue) };
}

const words = (np: { tokens: Token[] } | null) => np?.tokens.map((t) => t.text).join(' ') ?? null;
const never = () => false;

describe('PhraseFinder', () => {
  it('classifies heads by what they name', () => {
    const { tokens, finder } = setUp('вчера министр и источник в правительстве встретились с Петром Сомовым в Минфине', 'вчера');
    const kind = (w: string) => finder.classify(tokens.find((t) => t.text === w)!, false);
    expect(kind('министр')).toBe('role');
    expect(kind('источник')).toBe('anonymous');
    expect(kind('Минфине')).toBe('organization');
    expect(kind('Сомовым')).toBe('name');
    expect(kind('встретились')).toBeNull();
  });

  it('reads a site named by its domain as an organisation', () => {
    const { tokens, finder } = setUp('об этом пишет Город.ру', 'пишет');
    expect(finder.classify(tokens[3], false)).toBe('organization');
  });

  it('finds the subject to the left of a cue with its role words', () => {
    const { tokens, finder, cue } = setUp('Министр финансов Заречья Олег Сомов заявил, что налоги не вырастут.', 'заявил');
    const np = finder.findLeft(tokens, cue, 0, never);
    expect(words(np)).toBe('Министр финансов Заречья Олег Сомов');
    expect(np).toMatchObject({ kind: 'name', head: { text: 'Сомов' } });
  });

  it('skips a prepositional phrase and a dependent in the genitive on the left', () => {
    const { tokens, finder, cue } = setUp('В пресс-службе губернатора Иван Круск сообщил, что мост открыт.', 'сообщил');
    expect(finder.findLeft(tokens, cue, 0, never)?.head.text).toBe('Круск');
  });

  it('finds the inverted subject to the right, past a recipient in the dative', () => {
    const { tokens, finder, cue } = setUp('Мост откроют в мае, рассказал журналистам глава района Петр Лунин.', 'рассказал');
    const np = finder.findRight(tokens, cue, tokens.length, never);
    expect(np).toMatchObject({ kind: 'name', head: { text: 'Лунин' } });
  });

  it('takes an outlet before the subject for a recipient', () => {
    const { tokens, finder, cue } = setUp('Мост откроют в мае, сказал ТАСС источник в мэрии.', 'сказал');
    const np = finder.findRight(tokens, cue, tokens.length, never);
    expect(np).toMatchObject({ kind: 'anonymous', head: { text: 'источник' } });
    expect(words(np)).toBe('источник в мэрии');
  });

  it('skips a companion in apposition inside a prepositional group', () => {
    const { tokens, finder, cue } = setUp('Об этом сообщил на встрече с губернатором Иваном Круском мэр Олег Сомов.', 'сообщил');
    expect(finder.findRight(tokens, cue, tokens.length, never)?.head.text).toBe('Сомов');
  });

  it('finds an institution in the locative next to a subjectless verb', () => {
    const { tokens, finder } = setUp('В Минтрансе заявили, что ремонт закончен.', 'заявили');
    expect(finder.findLocative(tokens, 0, tokens.length, never)).toMatchObject({ kind: 'organization', locative: true, head: { text: 'Минтрансе' } });
  });
});
