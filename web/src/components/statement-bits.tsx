import type { Schemas } from '../api/client';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

export const REVIEW_STATUSES = ['new', 'confirmed', 'corrected', 'rejected'] as const;
export const STATEMENT_TYPES = ['direct', 'indirect', 'mixed', 'according_to'] as const;
export const VERDICTS = ['true', 'mostly-true', 'half-true', 'misleading', 'false', 'unverifiable'] as const;

export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  return <span class={`badge status-${status}`}>{t(`status.${status}` as MessageKey)}</span>;
}

export function VerdictBadge({ verdict }: { verdict: string | null | undefined }) {
  const t = useT();
  if (!verdict) return null;
  return <span class={`badge verdict-${verdict}`}>{t(`verdict.${verdict}` as MessageKey)}</span>;
}

export function Confidence({ value }: { value: number }) {
  const t = useT();
  return (
    <span class={value < 0.5 ? 'confidence low' : 'confidence'} title={t('confidence')}>
      {Math.round(value * 100)}%
    </span>
  );
}

/** A quote with the search's matched words marked, built from offsets (no HTML from the server is injected). */
export function MarkedQuote({ quote, matches }: { quote: string; matches: Schemas['WordSpanDto'][] }) {
  const parts = [];
  let at = 0;
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    if (m.start > at) parts.push(quote.slice(at, m.start));
    parts.push(<mark key={m.start}>{quote.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  parts.push(quote.slice(at));
  return <>{parts}</>;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Server text escaped as HTML with matches in <mark>…</mark>, rendered as text nodes and marks (never as HTML). */
export function MarkedHtml({ html }: { html: string }) {
  const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
  const parts = html.split(/<mark>(.*?)<\/mark>/s);
  return <>{parts.map((p, i) => (i % 2 ? <mark key={i}>{decode(p)}</mark> : decode(p)))}</>;
}
