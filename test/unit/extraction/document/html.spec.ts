import { stripScripts } from '../../../../src/extraction/document/html';
import { prepareArticle } from '../../../../src/extraction/document/prepare-article';

const paragraphs = [
  'Городской совет Приозерска одобрил строительство второй линии трамвая, сообщил председатель совета Глеб Арсеньев.',
  '«Мы долго откладывали это решение, — сказал Арсеньев. — Теперь деньги в бюджете есть».',
  'По словам председателя, первые вагоны выйдут на линию через три года, а стоимость проекта составит 9 млрд руб.',
  'Депутат Инна Карпова заявила, что фракция будет следить за ходом торгов и потребует публиковать все договоры.',
];

function page({ head = '', related = true }: { head?: string; related?: boolean } = {}): string {
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>Совет одобрил вторую линию трамвая — Приозерск Онлайн</title>${head}</head>
<body>
  <header><a href="#main">Перейти к основному содержанию</a><nav><a>Главная</a> <a>Город</a> <a>Транспорт</a></nav></header>
  <main id="main"><article class="article">
    <h1>Совет одобрил вторую линию трамвая</h1>
    <div class="meta"><time datetime="2023-06-07T09:30:00+03:00">7 июня, 09:30</time></div>
    <figure><img src="tram.jpg"><figcaption>Трамвай на конечной остановке. Фото: Семен Дорохов</figcaption></figure>
    <div class="article__text">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>
    ${related ? '<aside class="related"><h3>Читайте также</h3><ul><li><a>Мэр пообещал новые автобусы</a></li><li><a>Депутаты раскритиковали тарифы</a></li></ul></aside>' : ''}
    <div class="tags">Теги: <a>трамвай</a>, <a>горсовет</a></div>
  </article></main>
  <footer>© 2023 Приозерск Онлайн. Все права защищены.</footer>
  <script>window.analytics = { id: 1 };</script>
</body></html>`;
}

describe('prepareArticle on HTML pages', () => {
  it('takes the main content with readability, one paragraph per <p>, blank lines between', () => {
    const article = prepareArticle({ html: page() });
    expect(article.body).toBe(paragraphs.join('\n\n'));
    expect(article.title).toContain('Совет одобрил вторую линию трамвая');
    expect(article.language).toBe('ru');
  });

  it('drops the headline repeated at the top of the content and prefers the <h1> over a <title> with the site name', () => {
    const html = `<html><head><title>Совет одобрил вторую линию трамвая | Приозерск Онлайн</title></head><body>
      <h1>Совет одобрил вторую линию трамвая</h1>
      <article><p><strong>Совет одобрил вторую линию трамвая</strong></p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const article = prepareArticle({ html });
    expect(article.title).toBe('Совет одобрил вторую линию трамвая');
    expect(article.body).toBe(paragraphs.join('\n\n'));
  });

  it('reads the publication date from article:published_time before <time>', () => {
    const head = '<meta property="article:published_time" content="2023-06-06T23:50:00+03:00">';
    expect(prepareArticle({ html: page({ head }) }).publishedAt).toBe('2023-06-06');
  });

  it('reads the publication date from JSON-LD datePublished', () => {
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-06-05T10:00:00+03:00"}]}</script>';
    expect(prepareArticle({ html: page({ head }) }).publishedAt).toBe('2023-06-05');
  });

  it('falls back to <time datetime>', () => {
    expect(prepareArticle({ html: page() }).publishedAt).toBe('2023-06-07');
  });

  it('lets input.publishedAt override the page date', () => {
    expect(prepareArticle({ html: page(), publishedAt: '2023-06-10' }).publishedAt).toBe('2023-06-10');
  });

  it('reads a text dump whose content is the page source, keeping the header date', () => {
    const article = prepareArticle({ text: `date 2023-06-01\nsource: example.org\n${page()}` });
    expect(article.body).toBe(paragraphs.join('\n\n'));
    expect(article.publishedAt).toBe('2023-06-01');
    expect(article.source).toBe('example.org');
    expect(prepareArticle({ text: `date unknown\n${page()}` }).publishedAt).toBeNull();
  });

  it('cuts a wire dateline off the first paragraph of an HTML article', () => {
    const html = `<html><body><article><h1>Зуев: урожай будет рекордным</h1><p>НОВОГОРСК, 2 марта. /АГЕНТСТВО/. ${paragraphs[0]}</p><p>${paragraphs[1]}</p></article></body></html>`;
    const article = prepareArticle({ html });
    expect(article.dateline).toBe('НОВОГОРСК, 2 марта. /АГЕНТСТВО/.');
    expect(article.body).toBe(`${paragraphs[0]}\n\n${paragraphs[1]}`);
  });

  it('survives a fragment and broken markup', () => {
    const article = prepareArticle({ html: '<div><p>Министр заявил, что переговоры продолжатся.<p>Он добавил, что <b>сроки не изменились.<div><span>' });
    expect(article.body).toContain('Министр заявил, что переговоры продолжатся.');
    expect(article.body).toContain('сроки не изменились');
  });

  it('breaks lines at <br> inside a paragraph', () => {
    const html = `<html><body><article><p>${paragraphs[0]}<br>${paragraphs[2]}</p><p>${paragraphs[3]}</p></article></body></html>`;
    const body = prepareArticle({ html }).body;
    expect(body).toContain(paragraphs[3]);
    expect(body).not.toContain('<br>');
  });

  it('drops a related-stories block that readability keeps inside the text', () => {
    const html = `<html><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}<p>Читайте также:</p><p>Мэр пообещал новые автобусы</p><p>Депутаты раскритиковали тарифы</p></article></body></html>`;
    const body = prepareArticle({ html }).body;
    expect(body).toBe(paragraphs.join('\n\n'));
  });

  it('cuts scripts, styles, SVG and comments before parsing but keeps JSON-LD', () => {
    const html = 'а<script>var x = "<p>";</SCRIPT>б<script type="application/ld+json">{"datePublished":"2020-01-01"}</script>в<!-- <p>скрыто</p> -->г<style>p{}</style>д<svg><text>т</text></svg>е<script>незакрытый';
    expect(stripScripts(html)).toBe('аб<script type="application/ld+json">{"datePublished":"2020-01-01"}</script>вгде');
  });

  it('cuts closed menus, sidebars and footers but never an unclosed one', () => {
    expect(stripScripts('<nav>меню</nav><p>текст</p><aside>ссылки</aside><footer>подвал</footer>')).toBe('<p>текст</p>');
    expect(stripScripts('<aside><p>текст статьи')).toBe('<aside><p>текст статьи');
  });
});
