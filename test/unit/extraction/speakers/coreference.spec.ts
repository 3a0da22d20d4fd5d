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

  it('read `министр` after a statement of the head of a ministry as that head, not an earlier minister', async () => {
    const body = 'Министр финансов Заречья Олег Сомов прибыл на форум. Делегацию Приречья возглавил глава министерства иностранных дел Приречья Иван Гром. По словам Грома, переговоры будут долгими. «Мы не торопимся», — сказал министр.';
    expect(await speakerOf(body, 'торопимся')).toBe('Иван Гром');
  });

  it('not give a bare `президент` to a person the article named with another office', async () => {
    const body = 'Олег Сомов подписал указ о тарифах на электрички. Ответственными назначены премьер Петр Лунин и руководитель железной дороги Иван Гром. Ранее президент потребовал вернуть отмененные поезда.';
    expect(await speakerOf(body, 'отмененные')).toBe('Олег Сомов');
  });

  it('give a bare `президент` to the main figure of the article, not to a foreign president named once long before', async () => {
    const body = [
      'Олег Сомов рассказал, как спасал президента Молдавии Ивана Грома от мятежников.',
      'Тогда Сомов провел ночь в штабе армии. Через неделю Сомов заявил в парламенте, что границы страны надежно защищены.',
      'Позже Сомов отправился в поездку по северным районам, где сказал фермерам, что урожай купят по хорошей цене.',
      'Поездка заняла две недели. Фермеры показали гостям новые теплицы, склады и мастерские, а вечером в каждом селе устраивали концерты.',
      'Выступая перед студентами, президент отрицал участие армии в событиях на границе.',
    ].join('\n\n');
    expect(await speakerOf(body, 'участие армии')).toBe('Олег Сомов');
  });

  it('give a bare `президент` to the president just named', async () => {
    const body = 'Олег Сомов и Петр Лунин обсудили бюджет. Сомов и Лунин договорились встретиться снова. Сомов уехал. В речи президента Приречья Ивана Грома прозвучала тема энергетики. Президент призвал построить новую станцию.';
    expect(await speakerOf(body, 'новую станцию')).toBe('Иван Гром');
  });

  it('read a capitalised word after a settlement noun as the place, so that the role goes to the person introduced with it', async () => {
    const body = 'Премьер встретился с мэром города Кусиро южного острова Кэндзи Мориямой. Мэр города Кусиро, со своей стороны, заметил, что время ещё есть.';
    expect(await speakerOf(body, 'время')).toBe('Кэндзи Морияма');
  });

  it('give `Слова X: «…»` to X', async () => {
    const body = 'Физик Олег Сомов ответил на вопросы журнала. Слова Сомова из беседы: «Когда про полёты на Марс говорят политики, мне становится смешно».';
    expect(await speakerOf(body, 'Марс')).toBe('Олег Сомов');
  });
});
