import { statementsOf } from '../helpers';

const speakerOf = async (body: string, quote: string) => (await statementsOf(body)).find((s) => s.quote.includes(quote))?.speaker.name;

describe('coreference within an article', () => {
  it('give `Об этом он сообщил` to the subject, not to a companion in the instrumental', async () => {
    const body = 'Мэр Иван Петров провел совещание по дорогам. Об этом он сообщил на встрече с губернатором Круском.';
    expect(await speakerOf(body, 'совещание')).toBe('Иван Петров');
  });

  it('resolve a pronoun to the subject of the previous sentence, not to the person met', async () => {
    const body = 'Глава региона Олег Сомов встретился с министром Иваном Кругловым. Он заявил, что дорогу построят к осени.';
    expect(await speakerOf(body, 'дорогу')).toBe('Олег Сомов');
  });

  it('agree a pronoun in gender with its antecedent', async () => {
    const body = 'Директор завода Анна Белова встретилась с министром Олегом Карповым. Она рассказала, что цех запустят летом.';
    expect(await speakerOf(body, 'цех')).toBe('Анна Белова');
  });

  it('give a role of one country to the person introduced for it, not to the one named last', async () => {
    const body = [
      'Министр иностранных дел Заречья Иван Гром прибыл в столицу Приречья.',
      'Там его встретил глава внешнеполитического ведомства Приречья Олег Сомов.',
      'Министр иностранных дел Заречья заявил, что визит будет коротким.',
    ].join(' ');
    expect(await speakerOf(body, 'визит')).toBe('Иван Гром');
  });

  it('read a short office title as its long form', async () => {
    const body = 'Государственный секретарь Заречья Олег Сомов прилетел в Брюссель. Госсекретарь отметил, что соглашение почти готово.';
    expect(await speakerOf(body, 'соглашение')).toBe('Олег Сомов');
  });

  it('share out the countries of two coordinated leaders in the order they are named', async () => {
    const body = 'Лидеры России и Белоруссии Иван Гром и Олег Сомов встретились в пятницу. Президент Белоруссии назвал встречу полезной. Президент России заявил, что переговоры продолжатся.';
    expect(await speakerOf(body, 'встречу')).toBe('Олег Сомов');
    expect(await speakerOf(body, 'переговоры')).toBe('Иван Гром');
  });

  it('skip a relative clause with a parenthetical word to find the subject, not a companion in the instrumental', async () => {
    const body = 'Министр финансов Заречья Олег Сомов, который, возможно, завтра встретится с Громовым и Кругловым, заявил, что налоги не вырастут.';
    expect(await speakerOf(body, 'налоги')).toBe('Олег Сомов');
  });

  it('read `руководитель ведомства` as the head of that ministry, not its spokesman', async () => {
    const body = 'Делегацию возглавит глава министерства иностранных дел Заречья Иван Гром. «Мы готовы», — сказал спикер МИД Заречья Олег Сомов. Руководитель заречного внешнеполитического ведомства заявил, что переговоры будут трудными.';
    expect(await speakerOf(body, 'переговоры')).toBe('Иван Гром');
  });
});
