// Folding of names into comparable keys. Russian, Ukrainian, Belarusian and Kazakh spellings of one
// name differ in a few letters, and Latin spellings follow no single standard, so every lookup
// compares folded keys rather than the text as written.

/** Letters of neighbouring Cyrillic alphabets mapped to the Russian letter a Russian text would use. */
const CYRILLIC_TO_RUSSIAN: Record<string, string> = {
  ё: 'е', і: 'и', ї: 'и', є: 'е', ґ: 'г', ў: 'у',
  қ: 'к', ң: 'н', ғ: 'г', ө: 'о', ұ: 'у', ү: 'у', ә: 'а', һ: 'х', ҳ: 'х', ҷ: 'ч', ӣ: 'и', ӯ: 'у', ҙ: 'з',
};

/** Latin letters that NFD does not split into a base letter and a mark. */
const LATIN_SPECIAL: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', ı: 'i', đ: 'd', ð: 'd', þ: 'th' };

const APOSTROPHES = /['’ʼ`´ʻ]/g;
const DASHES = /[‐‑‒–—-]/g;
const NOT_WORD = /[^\p{L}\p{N}\- ]+/gu;

/**
 * A name as a lookup key: lower case, ё → е, neighbouring alphabets' letters → Russian ones,
 * Latin diacritics dropped, apostrophes removed, punctuation → space, hyphens kept inside words.
 */
export function foldName(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').toLowerCase()) {
    const cyr = CYRILLIC_TO_RUSSIAN[ch];
    if (cyr) out += cyr;
    else if (LATIN_SPECIAL[ch]) out += LATIN_SPECIAL[ch];
    else if (ch >= '\u00c0' && ch <= '\u024f') out += ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    else out += ch;
  }
  return out
    .replace(APOSTROPHES, '')
    .replace(DASHES, '-')
    .replace(NOT_WORD, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^-+|-+$/g, '')
    .trim();
}

export function isCyrillic(text: string): boolean {
  return /\p{Script=Cyrillic}/u.test(text);
}

const LATIN_OF: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const VOWELS_AND_SIGNS = new Set(['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'ь', 'ъ', 'й']);

/** Folded Cyrillic → Latin after BGN/PCGN (е after a vowel is "ye", as in Tokayev), the way English news spells Russian names. */
export function cyrillicToLatin(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i];
    const prev = i > 0 ? folded[i - 1] : ' ';
    if (ch === 'е' && (prev === ' ' || prev === '-' || VOWELS_AND_SIGNS.has(prev))) out += 'ye';
    else out += LATIN_OF[ch] ?? ch;
  }
  return out;
}

/**
 * A spelling-independent key of a name: Latin letters with the choices transliteration schemes
 * disagree on collapsed (kh/h, zh/j/dzh, y before vowels, -iy/-yy endings, double letters).
 */
export function transliterationKey(text: string): string {
  const folded = foldName(text);
  let latin = isCyrillic(folded) ? cyrillicToLatin(folded) : folded;
  latin = latin
    .replace(/dzh|zh|dj/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck|q/g, 'k')
    .replace(/c(?!h)/g, 'k')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/y(?=[aeiouy])/g, '')
    .replace(/j(?=e)/g, '')
    .replace(/(?:iy|yy|ij|ii|ei)(?=$|[ -])/g, (m) => (m === 'ei' ? 'ey' : 'y'))
    .replace(/([a-z])\1+/g, '$1')
    .replace(/-/g, ' ');
  return latin.replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();
}

/** Words of a folded name; hyphenated parts stay together. */
export function nameTokens(folded: string): string[] {
  return folded.split(' ').filter(Boolean);
}
