// The gold-corpus scorer (same metrics as the corpus's eval/score.mjs), inside the product so that
// `quotes eval` needs nothing outside the project at run time. Predictions match gold statements of the
// same article by the token F1 of their quotes (≥ 0.5, greedy best pairs first, one to one).

export interface GoldStatement {
  speaker: string;
  aliases?: string[];
  speaker_type?: string;
  quote: string;
  type?: string;
  date?: string | null;
}

export interface Prediction {
  quote: string;
  speaker: string;
  date: string | null;
}

export interface ArticleDetails {
  article: string;
  missed: { type: string; speaker: string; quote: string }[];
  spurious: { speaker: string; quote: string }[];
  wrongSpeaker: { quote: string; gold: string; got: string }[];
  wrongDate: { quote: string; gold: string | null | undefined; got: string | null }[];
}

export interface ScoreSummary {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  detection: { precision: number; recall: number; f1: number };
  attribution_strict: number;
  attribution_lenient: number;
  date_accuracy: number;
  e2e: { precision: number; recall: number; f1: number };
  recall_by_type: Record<string, string>;
}

const norm = (s: unknown) => String(s ?? '').toLowerCase().replace(/ё/g, 'е');
const tokens = (s: unknown) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];
const nameKey = (s: string) => tokens(s).join(' ');

export function tokenF1(a: string, b: string): number {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (!common) return 0;
  const p = common / ta.length, r = common / tb.length;
  return (2 * p * r) / (p + r);
}

function speakerStrict(pred: string, g: GoldStatement): boolean {
  const k = nameKey(pred);
  if (!k) return false;
  return [g.speaker, ...(g.aliases ?? [])].some((n) => nameKey(n) === k);
}

function speakerLenient(pred: string, g: GoldStatement): boolean {
  const pk = tokens(pred);
  if (!pk.length) return false;
  if (speakerStrict(pred, g)) return true;
  const last = (n: string) => tokens(n).at(-1);
  return [g.speaker, ...(g.aliases ?? [])].some((n) => last(n) === pk.at(-1));
}

function dateOk(pred: string | null, g: GoldStatement): boolean {
  if (!g.date) return pred == null || pred === '';
  if (!pred) return false;
  return String(pred).startsWith(g.date);
}

export function score(gold: Map<string, GoldStatement[]>, preds: Map<string, Prediction[]>): { summary: ScoreSummary; details: ArticleDetails[] } {
  const total = { gold: 0, pred: 0, matched: 0, strict: 0, lenient: 0, date: 0 };
  const byType: Record<string, { gold: number; found: number }> = {};
  const details: ArticleDetails[] = [];
  for (const [key, gs] of gold) {
    const ps = preds.get(key) ?? [];
    total.gold += gs.length;
    total.pred += ps.length;
    const pairs: [number, number, number][] = [];
    gs.forEach((gi, i) => ps.forEach((pj, j) => {
      const s = tokenF1(pj.quote ?? '', gi.quote);
      if (s >= 0.5) pairs.push([s, i, j]);
    }));
    pairs.sort((a, b) => b[0] - a[0]);
    const gUsed = new Set<number>(), pUsed = new Set<number>();
    const art: ArticleDetails = { article: key, missed: [], spurious: [], wrongSpeaker: [], wrongDate: [] };
    for (const [, i, j] of pairs) {
      if (gUsed.has(i) || pUsed.has(j)) continue;
      gUsed.add(i);
      pUsed.add(j);
      const gi = gs[i], pj = ps[j];
      total.matched++;
      if (speakerStrict(pj.speaker, gi)) total.strict++;
      else art.wrongSpeaker.push({ quote: gi.quote.slice(0, 90), gold: gi.speaker, got: pj.speaker });
      if (speakerLenient(pj.speaker, gi)) total.lenient++;
      if (dateOk(pj.date, gi)) total.date++;
      else art.wrongDate.push({ quote: gi.quote.slice(0, 90), gold: gi.date, got: pj.date ?? null });
    }
    gs.forEach((gi, i) => {
      const t = gi.type ?? 'unknown';
      byType[t] ??= { gold: 0, found: 0 };
      byType[t].gold++;
      if (gUsed.has(i)) byType[t].found++;
      else art.missed.push({ type: t, speaker: gi.speaker, quote: gi.quote.slice(0, 120) });
    });
    ps.forEach((pj, j) => {
      if (!pUsed.has(j)) art.spurious.push({ speaker: pj.speaker, quote: String(pj.quote ?? '').slice(0, 120) });
    });
    details.push(art);
  }
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const P = ratio(total.matched, total.pred), R = ratio(total.matched, total.gold);
  const eP = ratio(total.strict, total.pred), eR = ratio(total.strict, total.gold);
  return {
    summary: {
      articles: gold.size,
      gold: total.gold,
      predicted: total.pred,
      matched: total.matched,
      detection: { precision: P, recall: R, f1: f1(P, R) },
      attribution_strict: ratio(total.strict, total.matched),
      attribution_lenient: ratio(total.lenient, total.matched),
      date_accuracy: ratio(total.date, total.matched),
      e2e: { precision: eP, recall: eR, f1: f1(eP, eR) },
      recall_by_type: Object.fromEntries(Object.entries(byType).map(([t, v]) => [t, `${v.found}/${v.gold}`])),
    },
    details,
  };
}

/** The summary in score.mjs's text layout; the last line is machine-readable. */
export function formatSummary(s: ScoreSummary): string {
  const fx = (x: number) => x.toFixed(3);
  return [
    `articles ${s.articles}, gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}`,
    `detection   P ${fx(s.detection.precision)}  R ${fx(s.detection.recall)}  F1 ${fx(s.detection.f1)}`,
    `attribution strict ${fx(s.attribution_strict)}  lenient ${fx(s.attribution_lenient)}   date ${fx(s.date_accuracy)}`,
    `end-to-end  P ${fx(s.e2e.precision)}  R ${fx(s.e2e.recall)}  F1 ${fx(s.e2e.f1)}`,
    `recall by type ${JSON.stringify(s.recall_by_type)}`,
    `e2e_f1=${fx(s.e2e.f1)} detection_f1=${fx(s.detection.f1)} attribution=${fx(s.attribution_strict)} date=${fx(s.date_accuracy)}`,
  ].join('\n');
}
