import { statementsOf } from '../helpers';

const speakerOf = async (body: string) => (await statementsOf(body))[0]?.speaker.name;
const viaOf = async (body: string) => (await statementsOf(body))[0]?.via;

describe('outlets and channels', () => {
  it('take the addressee of a cue for a recipient, not the speaker', async () => {
    expect(await speakerOf('Новый терминал откроют в мае, рассказал ТАСС министр транспорта Олег Сомов.')).toBe('Олег Сомов');
    expect(await speakerOf('Глава района Петр Лунин заявил «Известиям», что дорогу отремонтируют летом.')).toBe('Петр Лунин');
  });

  it('make an outlet the speaker when it is the only source', async () => {
    expect(await speakerOf('Цены на билеты снизятся, сообщает «Вестник Заречья».')).toBe('Вестник Заречья');
    expect(await speakerOf('По данным Reuters, переговоры сорваны.')).toBe('Reuters');
  });

  it('give a cited press service the statement and the outlet the relay', async () => {
    expect(await speakerOf('«Мы справимся с паводком», — цитирует агентство пресс-службу губернатора.')).toBe('пресс-служба губернатора');
    expect(await viaOf('«Мы справимся с паводком», — цитирует агентство пресс-службу губернатора.')).toBe('агентство');
  });

  it('give a statement relayed with `со ссылкой на` to the anonymous source', async () => {
    expect(await speakerOf('Сроки строительства моста сдвинутся, сообщает «Вестник» со ссылкой на источник в Минтрансе.')).toBe('источник в Минтрансе');
  });

  it('read a site named by its domain as an outlet relaying the person it cites', async () => {
    const body = '«Наши фермеры соберут рекордный урожай», — цитирует Город.ру обращение председателя правления Олега Сомова к аграриям.';
    const [s] = await statementsOf(body);
    expect(s?.speaker.name).toBe('Олег Сомов');
    expect(s?.via).toBe('Город.ру');
  });

  it('name a cited organisation by its quoted name after the words describing it', async () => {
    const body = '«Мы не уйдем с площади», — цитирует Город.ру заявление объединения жителей района «Заречье-2».';
    expect(await speakerOf(body)).toBe('Заречье-2');
  });

  it('keep an East Asian name whole in an oblique phrase', async () => {
    const body = '«Наши страны будут дружить», — цитирует «Вестник» слова премьера Чжу Шэньфана.';
    expect(await speakerOf(body)).toBe('Чжу Шэньфан');
  });

  it('record the outlet a speaker told as the channel (via), in the nominative', async () => {
    expect(await viaOf('Министр Иван Петров рассказал ТАСС, что мост откроют весной.')).toBe('ТАСС');
    expect(await viaOf('Глава района Петр Лунин заявил «Известиям», что дорогу отремонтируют летом.')).toBe('Известия');
    expect(await viaOf('Анна Круглова сообщила в интервью CNN, что завод закроют.')).toBe('CNN');
    expect(await viaOf('Тарифы вырастут, заявил вчера «Коммерсанту» глава ведомства Петр Лунин.')).toBe('Коммерсант');
    expect(await viaOf('«Мы готовы к диалогу», — сказал Петров в беседе с корреспондентом «Голоса Заречья».')).toBe('Голос Заречья');
  });

  it('give no channel to an outlet that is itself the speaker', async () => {
    const [s] = await statementsOf('Поставки угля возобновятся к зиме, передает РИА «Новости».');
    expect(s?.via).toBeNull();
    expect(await viaOf('Завод остановят на ремонт, сообщил ТАСС.')).toBeNull();
  });

  it('name an organisation by its own name, not by the noun describing it', async () => {
    expect(await speakerOf('Суд штата отменил запрет, передает издание New York Post.')).toBe('New York Post');
    expect(await speakerOf('Между тем организация Farm Union выступила за отмену пошлин.')).toBe('Farm Union');
    expect(await speakerOf('В статье британской газеты Mail on Sunday утверждалось, что клуб продадут.')).toBe('Mail on Sunday');
  });

  it('name an organisation after a compound descriptor, and put an agreeing adjective in the head noun\'s gender', async () => {
    expect(await speakerOf('По данным интернет-издания Techfeed, фонд купил акции завода.')).toBe('Techfeed');
    const [s] = await statementsOf('Заявление вывесили на сайте заречного правительства. В сообщении, среди прочего, говорится, что тарифы на воду снизят.');
    expect(s?.speaker.name).toBe('заречное правительство');
  });

  it('give an according-to phrase to the holder named after a quoted organisation and a parenthesis', async () => {
    expect(await speakerOf('По словам пресс-секретаря «Заря-Медиа» Анны Котовой, сервис работает сам.')).toBe('Анна Котова');
    expect(await speakerOf('Также, по словам главного редактора «Вестник-Новости» (vestnik.ru) Максима Токарева, отбор идет автоматически.')).toBe('Максим Токарев');
  });

  it('take an outlet right before the verb for the one told when a person is named after it', async () => {
    expect(await speakerOf('О создании комиссии РБК рассказал заместитель директора ассоциации Сергей Гребенкин.')).toBe('Сергей Гребенкин');
    expect(await speakerOf('ТАСС рассказал, что мост откроют в мае.')).toBe('ТАСС');
  });
});
