import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { uniqueSuffix } from './support/fixtures';
import { TestData } from './support/test-data';
import { startTestApp, TestApp } from './support/test-app';

/** An article sent as its URL alone: the ingest stage downloads the page from a local server. */
describe('article sent as a URL (e2e)', () => {
  let app: TestApp;
  let data: TestData;
  let server: Server;
  let base: string;

  // Windows-1251 for the characters of the page (А..я at 0xC0..0xFF and the few others it uses).
  const CP1251_OTHERS: Record<string, number> = { ё: 0xb8, Ё: 0xa8, '«': 0xab, '»': 0xbb, '—': 0x97 };
  const cp1251 = (text: string) =>
    Buffer.from(
      [...text].map((ch) => {
        const code = ch.codePointAt(0)!;
        if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
        if (code < 0x80) return code;
        if (CP1251_OTHERS[ch] === undefined) throw new Error(`no windows-1251 byte for ${ch} in this test`);
        return CP1251_OTHERS[ch];
      }),
    );

  function page(marker: string, metaCharset: string) {
    return `<!doctype html><html><head><meta charset="${metaCharset}"><title>Дорога к новому порту ${marker}</title></head>
<body><nav>Главная | Новости | Контакты</nav><article><h1>Дорога к новому порту ${marker}</h1>
<p>Опубликовано 14 марта 2025 года (выпуск ${marker}).</p>
<p>«Первый участок дороги к новому порту откроем в июне», — сказал министр транспорта края Игорь Лебедев.</p>
<p>По словам Лебедева, подрядчик уже закупил весь щебень для второго участка.</p>
<p>Глава района Ольга Мельникова заявила, что жители давно ждут этой трассы.</p>
</article><footer>Все права защищены</footer></body></html>`;
  }

  beforeAll(async () => {
    server = createServer((req, res) => {
      const marker = new URL(req.url!, 'http://127.0.0.1').searchParams.get('m') ?? '';
      if (req.url!.startsWith('/utf8')) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(page(marker, 'utf-8'));
      } else if (req.url!.startsWith('/cp1251')) {
        // No charset in the header: the <meta charset> decides.
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end(cp1251(page(marker, 'windows-1251')));
      } else if (req.url!.startsWith('/image')) {
        res.writeHead(200, { 'Content-Type': 'image/png' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      } else {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('нет такой страницы');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app = await startTestApp();
    data = new TestData(app);
  });

  afterAll(async () => {
    // The outlet is named after the local server's host.
    const outlets = await data.db.query(`SELECT id FROM outlets WHERE domain = '127.0.0.1'`);
    data.outlets.push(...outlets.map((o: { id: string }) => o.id));
    data.speakerNames.push('Игорь Лебедев', 'Ольга Мельникова');
    await data.cleanup();
    await app.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each(['utf8', 'cp1251'])('downloads a %s page, reads it as HTML and extracts its statements', async (path) => {
    const marker = uniqueSuffix();
    const res = await data.postArticle({ url: `${base}/${path}?m=${marker}` });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'queued', duplicate: false });

    const article = await data.waitForArticle(res.body.id);
    expect(article.failureReason ?? null).toBeNull();
    expect(article.status).toBe('done');
    expect(article.title).toContain('Дорога к новому порту');
    expect(article.body).toContain('подрядчик уже закупил весь щебень');
    expect(article.body).not.toContain('Все права защищены');
    const quotes = article.statements.map((s: any) => s.quote);
    expect(quotes).toEqual(expect.arrayContaining([expect.stringContaining('Первый участок дороги к новому порту откроем в июне')]));
    expect(article.statements.map((s: any) => s.speaker.name)).toContain('Игорь Лебедев');

    // The same page sent again (tracking parameter and fragment aside) is the same article.
    const again = await data.postArticle({ url: `${base}/${path}?m=${marker}&utm_source=feed#top` });
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ id: res.body.id, duplicate: true });
  });

  it('fails an article whose page answers 404, naming the reason', async () => {
    const res = await data.postArticle({ url: `${base}/missing/${uniqueSuffix()}` });
    expect(res.status).toBe(202);
    const article = await data.waitForArticle(res.body.id);
    expect(article.status).toBe('failed');
    expect(article.failureReason).toMatch(/^ingest: .*answered HTTP 404/);
  });

  it('fails an article whose URL is not an HTML or text page', async () => {
    const res = await data.postArticle({ url: `${base}/image/${uniqueSuffix()}` });
    const article = await data.waitForArticle(res.body.id);
    expect(article.status).toBe('failed');
    expect(article.failureReason).toMatch(/image\/png, not an HTML or text page/);
  });

  it.each(['ftp://127.0.0.1/article.html', 'file:///etc/hostname', 'javascript:alert(1)'])('refuses %s with 400', async (url) => {
    const res = await data.postArticle({ url });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain('url must be an http(s) URL');
  });

  it('still wants text, html or url', async () => {
    const res = await data.postArticle({ title: 'Без содержания' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain('give text, html or url');
  });
});
