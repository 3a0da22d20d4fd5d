// Articles for the pipeline benchmark. A newsroom's feed is mostly wire stories reprinted by many
// outlets with a sentence changed, so the generated feed is too: a pool of stories, each a few
// attributed statements (direct quotes, reported speech, «по словам») by registry speakers and
// invented ones, reprinted with a Zipf-like spread (the most popular story about 74 times in 2,000
// articles). Every reprint gets a sentence of its own, so no two bodies are the same. The words are
// the search benchmark's generated salad; nothing comes from a real text. With `--source corpus` the
// dev corpus's texts are reprinted the same way instead (read at run time, never stored).
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Morphology } from '../src/extraction/morphology';
import { buildVocabulary, QuoteGenerator, random, ZipfSampler } from './search-corpus';

export interface BenchArticle {
  text: string;
  title: string;
  publishedAt: string;
  outlet: string;
}

interface Story {
  title: string;
  paragraphs: string[];
}

const OUTLETS = Array.from({ length: 24 }, (_, i) => `Бенчмарк-вестник ${i + 1}`);
const INVENTED_FIRST = ['Арсений', 'Варвара', 'Глеб', 'Доминика', 'Ефим', 'Зоя', 'Илларион', 'Капитолина', 'Лавр', 'Мирослава'];
const INVENTED_LAST = ['Звонарёв', 'Колокольцев', 'Перевалов', 'Сугробов', 'Черешнев', 'Ясенев', 'Брусникин', 'Можжевелов'];
const CUES = ['заявил', 'сказал', 'подчеркнул', 'отметил', 'сообщил'];

/** People of the bundled registry seed (part of the repository), so linking meets known names too. */
function registryPeople(): string[] {
  const seed = JSON.parse(readFileSync(join(__dirname, '..', 'src', 'speaker-registry', 'seed', 'speakers.seed.json'), 'utf8')) as {
    speakers: Array<{ name: string; type: string }>;
  };
  return seed.speakers.filter((s) => s.type === 'person' && /^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/.test(s.name)).map((s) => s.name);
}

function lowerFirst(text: string): string {
  return text[0].toLowerCase() + text.slice(1);
}

function withoutStop(text: string): string {
  return text.replace(/\.$/, '');
}

export class BenchFeed {
  private readonly rand: () => number;
  private readonly quotes: QuoteGenerator;
  private readonly people: string[];
  private readonly stories: Story[];
  private readonly storySampler: ZipfSampler;
  private readonly corpus: string[] | null;

  /** `seed` varies the whole feed, so a second run on a kept database is not taken for duplicates. */
  constructor(morph: Morphology, seed: number, storyCount: number, corpusDir: string | null) {
    this.rand = random(seed);
    this.quotes = new QuoteGenerator(buildVocabulary(morph), this.rand);
    const invented = INVENTED_FIRST.flatMap((f) => INVENTED_LAST.map((l) => `${f} ${l}`));
    this.people = [...registryPeople().slice(0, 120), ...invented];
    this.corpus = corpusDir ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpusDir, f), 'utf8')) : null;
    const stories = this.corpus ? this.corpus.length : storyCount;
    this.stories = this.corpus ? [] : Array.from({ length: stories }, (_, i) => this.story(i));
    // With 600 stories, offset 5 puts the top one in ~3.6% of the articles (about 74 of 2,000), like a wire story of the day.
    this.storySampler = new ZipfSampler(stories, 5);
  }

  article(index: number, runTag: string): BenchArticle {
    const storyIndex = this.storySampler.draw(this.rand());
    const own = `${this.sentence()} Выпуск ${runTag}-${index}.`;
    const day = 1 + (index % 28);
    const publishedAt = `2026-02-${String(day).padStart(2, '0')}`;
    const outlet = OUTLETS[index % OUTLETS.length];
    if (this.corpus) {
      const text = this.corpus[storyIndex];
      const lines = text.split('\n');
      // The changed sentence goes after the first line, which may be the dump's `date` line.
      return { text: [lines[0], own, ...lines.slice(1)].join('\n'), title: `Выпуск ${runTag}-${index}`, publishedAt, outlet };
    }
    const story = this.stories[storyIndex];
    const paragraphs = [...story.paragraphs];
    paragraphs.splice(1 + Math.floor(this.rand() * (paragraphs.length - 1)), 0, own);
    return { text: paragraphs.join('\n\n'), title: `${story.title} (${runTag}-${index})`, publishedAt, outlet };
  }

  private story(i: number): Story {
    const paragraphs = [this.sentence()];
    const statements = 4 + Math.floor(this.rand() * 6);
    for (let s = 0; s < statements; s++) {
      paragraphs.push(this.statement());
      if (this.rand() < 0.4) paragraphs.push(this.sentence());
    }
    return { title: `Сюжет ${i}: ${withoutStop(this.sentence())}`, paragraphs };
  }

  private statement(): string {
    const who = this.people[Math.floor(this.rand() * this.people.length)];
    const cue = CUES[Math.floor(this.rand() * CUES.length)];
    const quote = withoutStop(this.quotes.next().text);
    const form = this.rand();
    if (form < 0.5) return `«${quote}», — ${cue} ${who}.`;
    if (form < 0.8) return `${who} ${cue}, что ${lowerFirst(quote)}.`;
    return `${who} ${cue}: «${quote}».`;
  }

  private sentence(): string {
    return this.quotes.next().text;
  }
}
