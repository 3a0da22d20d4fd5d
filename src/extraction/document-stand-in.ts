// A minimal stand-in for the document layer (src/extraction/document/, written by a colleague):
// header parsing, a crude boilerplate filter and a sentence splitter. document-layer.ts uses the real
// modules as soon as they exist; this file only keeps the extractor working until then.
import type { ArticleInput, PreparedArticle, Sentence } from './types';

const HEADER_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2}|unknown)\b[ \t]*/i;
const SOURCE_RE = /^\s*source:.*$/im;
const END_MARKERS = /^(Читайте также|Теги|Автор|Ещё по теме|Еще по теме|Материалы по теме|Подписывайтесь|Поделиться)\s*:?\s*$/i;

export function prepareArticleStandIn(input: ArticleInput): PreparedArticle {
  let text = typeof input.text === 'string' ? input.text : '';
  if (!text && typeof input.html === 'string') text = htmlToText(input.html);
  text = text.replace(/\r\n?/g, '\n');
  let publishedAt: string | null = null;
  const header = HEADER_RE.exec(text);
  if (header) {
    publishedAt = header[1].toLowerCase() === 'unknown' ? null : header[1];
    text = text.slice(header[0].length);
  }
  let source: string | null = null;
  const src = SOURCE_RE.exec(text.slice(0, 400));
  if (src) {
    source = src[0].replace(/^\s*source:\s*/i, '').trim();
    text = text.slice(0, src.index) + text.slice(src.index + src[0].length);
  }
  if (input.publishedAt) publishedAt = String(input.publishedAt).slice(0, 10);
  const kept: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (END_MARKERS.test(line)) break;
    // body paragraphs end like sentences; navigation, headlines, captions and related links do not
    if (line.length < 25 || !/[.!?…»"“”:)]$/.test(line)) continue;
    kept.push(line);
  }
  const body = kept.join('\n\n');
  return { body, title: input.title ?? null, publishedAt, language: guessLanguage(body), source };
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|h\d|li|br)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&laquo;/g, '«')
    .replace(/&raquo;/g, '»')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function guessLanguage(body: string): string {
  const sample = body.slice(0, 3000);
  const cyr = (sample.match(/[а-яё]/gi) ?? []).length;
  const lat = (sample.match(/[a-z]/gi) ?? []).length;
  if (cyr + lat < 20) return 'und';
  if (cyr > lat) return /[іїєґ]/i.test(sample) ? 'uk' : 'ru';
  return 'en';
}

const ABBREVIATIONS = new Set(['г', 'гг', 'т', 'е', 'д', 'др', 'им', 'ул', 'руб', 'млн', 'млрд', 'тыс', 'см', 'проф', 'акад', 'св', 'пр', 'стр', 'с', 'н', 'э', 'ст', 'п', 'ч']);

export function splitSentencesStandIn(body: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let pos = 0;
  for (const para of body.split(/\n/)) {
    const paraStart = pos;
    pos += para.length + 1;
    if (!para.trim()) continue;
    const re = /[.!?…]+["»“”]?(?=\s+["«„“—–-]?\s*[\p{Lu}\d«„"—–])/gu;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(para))) {
      const before = para.slice(last, m.index);
      const word = /([\p{L}]+)$/u.exec(before)?.[1] ?? '';
      if (m[0][0] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && word === word.toUpperCase()))) continue;
      push(out, para, paraStart, last, m.index + m[0].length, paragraph);
      last = m.index + m[0].length;
    }
    push(out, para, paraStart, last, para.length, paragraph);
    paragraph++;
  }
  return out;
}

function push(out: Sentence[], para: string, base: number, from: number, to: number, paragraph: number): void {
  while (from < to && /\s/.test(para[from])) from++;
  while (to > from && /\s/.test(para[to - 1])) to--;
  if (to > from) out.push({ start: base + from, end: base + to, text: para.slice(from, to), paragraph });
}
