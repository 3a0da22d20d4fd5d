// The extraction library's public data shapes. Offsets are UTF-16 code-unit indexes into
// PreparedArticle.body, the cleaned article body; nothing here depends on NestJS or a database.

export type StatementType = 'direct' | 'indirect' | 'mixed' | 'according_to';
export type SpeakerType = 'person' | 'organization' | 'anonymous';
export type DatePrecision = 'day' | 'month' | 'year';
/** How a statement's date was found: in its own sentence, carried from the report it belongs to, or the publication date. */
export type DateSource = 'text' | 'context' | 'publication' | 'none';

export interface ArticleInput {
  /** Plain text; may be a scraped dump whose first line is `date YYYY-MM-DD` or `date unknown`. */
  text?: string;
  /** HTML page; its main content is found with @mozilla/readability. */
  html?: string;
  /** Publication date (YYYY-MM-DD or ISO timestamp); overrides the one found in the text. */
  publishedAt?: string | null;
  url?: string | null;
  title?: string | null;
}

export interface PreparedArticle {
  /** The article body alone: no header, navigation, rubric, headline, captions, related stories, tags or person cards. */
  body: string;
  /** The article's own headline when it could be told apart. */
  title: string | null;
  /** YYYY-MM-DD, or null when unknown. */
  publishedAt: string | null;
  /** ISO 639-1 code guessed from the script and common words ('ru', 'uk', 'en'…), 'und' when unsure. */
  language: string;
  /** The `source:` header line, when the dump has one. */
  source: string | null;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

export interface ExtractedSpeaker {
  /** Canonical name in the nominative: `Имя Фамилия`, or the organisation's name. */
  name: string;
  type: SpeakerType;
  /** Other correct forms of the name (surname alone, full name with patronymic…). */
  aliases: string[];
  /** The words standing for the speaker at the cue, as written. */
  mention: string;
  mentionStart: number;
  mentionEnd: number;
  /** How the mention was resolved to the name. */
  resolvedBy: 'name' | 'pronoun' | 'role' | 'registry' | 'organization' | 'anonymous';
  /** The SpeakerDirectory's id of the speaker, when the directory named it (DirectoryMatch.id). */
  registryId?: string;
}

export interface ExtractedStatement {
  /** The content alone, as in the text (a broken direct quote: its parts joined by one space). */
  quote: string;
  /** Offsets of the content in the body (for a broken quote, from the first part's start to the last part's end). */
  start: number;
  end: number;
  type: StatementType;
  /** The cue as written: `заявил`, `По словам`, `сказала`… */
  cue: string;
  speaker: ExtractedSpeaker;
  /** A channel that relayed the statement (`пресс-служба Кремля`, an outlet). */
  via: string | null;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when unknown. */
  date: string | null;
  datePrecision: DatePrecision | null;
  dateSource: DateSource;
  /** 0..1 */
  confidence: number;
}

export interface ExtractionResult {
  article: PreparedArticle;
  statements: ExtractedStatement[];
}

export interface DirectoryMatch {
  /** Canonical Russian name. */
  name: string;
  type: SpeakerType;
  aliases: string[];
  /** Stable identifier in the registry (a slug or a Wikidata QID). */
  id: string;
  confidence: number;
}

/**
 * Known speakers, consulted when the article alone does not say who a mention means. The bundled
 * registry (src/speaker-registry) implements it without a database; the service may back it with one.
 */
export interface SpeakerDirectory {
  /**
   * Who held a role on a date. `role` has its head word in the nominative and its dependents as
   * written (`президент США`, `глава МИД России`, `пресс-секретарь Кремля`); `date` is YYYY[-MM[-DD]] or null (today).
   */
  resolveRole(role: string, date: string | null): DirectoryMatch | null;
  /** A known speaker by a full name, a surname or an organisation name in the nominative, any script. */
  findByName(name: string): DirectoryMatch | null;
}
