import { api, ok, type Schemas } from '../api/client';
import { ErrorMessage, MoreButton, text } from '../components/common';
import { useLoad, usePaged } from '../components/use-load';
import { useT } from '../i18n/i18n';

/** Word-by-word differences: removed words struck through, added ones underlined. */
export function WordDiff({ ops }: { ops: Schemas['DiffOpDto'][] }) {
  return (
    <span class="diff">
      {ops.map((op, i) =>
        op.op === 'equal' ? <span key={i}>{op.text} </span> : op.op === 'removed' ? <del key={i}>{op.text} </del> : <ins key={i}>{op.text} </ins>,
      )}
    </span>
  );
}

/** The same statement in other outlets: every appearance, the first marked, wording differences word by word. */
export function ClaimAppearances({ claimId, statementId }: { claimId: string; statementId: string }) {
  const t = useT();
  const claim = useLoad(() => ok(api.GET('/claims/{id}', { params: { path: { id: claimId } } })), [claimId]);
  const more = usePaged((cursor) => (cursor ? ok(api.GET('/claims/{id}', { params: { path: { id: claimId }, query: { cursor } } })).then((c) => c.appearances) : claim.data ? Promise.resolve(claim.data.appearances) : Promise.resolve({ items: [], nextCursor: null })), [claim.data]);
  if (claim.error) return <ErrorMessage error={claim.error} />;
  const c = claim.data;
  if (!c) return null;
  const firstId = c.first?.statementId;
  const differenceOf = (id: string) => c.differences.find((d) => d.statementId === id || d.comparedWith === id);
  return (
    <section aria-labelledby="claim-title" data-testid="claim">
      <h2 id="claim-title">{t('claim.title', { count: c.appearanceCount })}</h2>
      {c.wordingDiffers && <p class="warning">{t('claim.wordingDiffers')}</p>}
      <ul class="plain appearances">
        {more.items.map((a) => {
          const diff = differenceOf(a.statementId);
          return (
            <li key={a.statementId} class={a.statementId === statementId ? 'this' : undefined}>
              {a.statementId === firstId && <span class="badge first">{t('claim.first')}</span>}{' '}
              <strong>{a.article.outlet?.name ?? a.article.title ?? a.article.id}</strong> <span class="muted">{text(a.article.publishedAt) || text(a.date)}</span>{' '}
              {a.statementId === statementId ? <span class="muted">({t('claim.thisOne')})</span> : <a href={`#/statements/${a.statementId}`}>{t('open')}</a>}
              <blockquote>{diff && diff.statementId === a.statementId ? <WordDiff ops={diff.ops} /> : a.quote}</blockquote>
            </li>
          );
        })}
      </ul>
      <MoreButton hasMore={more.hasMore} loading={more.loading} onMore={more.more} />
    </section>
  );
}
