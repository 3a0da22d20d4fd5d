// The document layer: the colleague's src/extraction/document/ modules when they are present, the
// local stand-in otherwise. Loaded with require() in try/catch so the extractor builds and runs either way.
import type { ArticleInput, PreparedArticle, Sentence } from './types';
import { prepareArticleStandIn, splitSentencesStandIn } from './document-stand-in';

type Prepare = (input: ArticleInput) => PreparedArticle;
type Split = (body: string) => Sentence[];

function load<T>(path: string, name: string): T | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = require(path);
    return typeof mod?.[name] === 'function' ? (mod[name] as T) : null;
  } catch {
    return null;
  }
}

const realPrepare = load<Prepare>('./document/prepare-article', 'prepareArticle');
const realSplit = load<Split>('./document/sentences', 'splitSentences');

export const documentLayerSource = realPrepare && realSplit ? 'document' : 'stand-in';

export function prepareArticle(input: ArticleInput): PreparedArticle {
  if (realPrepare) {
    try {
      return realPrepare(input);
    } catch {
      /* fall back below: the extractor must never throw */
    }
  }
  return prepareArticleStandIn(input);
}

export function splitSentences(body: string): Sentence[] {
  if (realSplit) {
    try {
      return realSplit(body);
    } catch {
      /* fall back */
    }
  }
  return splitSentencesStandIn(body);
}
