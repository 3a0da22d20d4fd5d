import { useEffect, useState } from 'preact/hooks';
import { api, ok, type Schemas } from '../api/client';
import { ErrorMessage, Field } from '../components/common';
import { useAction } from '../components/use-action';
import { REVIEW_STATUSES, STATEMENT_TYPES, VERDICTS } from '../components/statement-bits';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

type Filters = Schemas['ExportFiltersDto'];
type ExportView = Schemas['ExportViewDto'];
const FILTER_NAMES = ['q', 'speakerId', 'speaker', 'outlet', 'from', 'to', 'type', 'reviewStatus', 'verdict'] as const;
const FINISHED = ['done', 'failed', 'expired'];

/** Starts an export job with the filters it was opened with (e.g. from search), shows its progress, offers the file. */
export function ExportsScreen({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Record<string, string>>(() => Object.fromEntries(FILTER_NAMES.map((k) => [k, query.get(k) ?? ''])));
  const [format, setFormat] = useState<ExportView['format']>('csv');
  const [bom, setBom] = useState(false);
  const [jobs, setJobs] = useState<ExportView[]>([]);
  const { run, error } = useAction();

  const running = jobs.filter((j) => !FINISHED.includes(j.status)).map((j) => j.id).join(',');
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(async () => {
      const fresh = await Promise.all(jobs.map((j) => (FINISHED.includes(j.status) ? j : ok(api.GET('/exports/{id}', { params: { path: { id: j.id } } })).catch(() => j))));
      setJobs(fresh);
    }, 700);
    return () => clearTimeout(timer);
  }, [running, jobs]);

  async function start(event: Event) {
    event.preventDefault();
    const chosen = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Filters;
    const job = await run(() => ok(api.POST('/exports', { body: { format, bom, filters: chosen } })));
    if (job) setJobs((current) => [job, ...current]);
  }
  const set = (name: string) => (e: Event) => setFilters({ ...filters, [name]: (e.currentTarget as HTMLInputElement).value });
  const select = (name: string, values: readonly string[], prefix: string) => (
    <select value={filters[name]} onChange={set(name)}>
      <option value="">{t('any')}</option>
      {values.map((v) => (
        <option value={v} key={v}>
          {t(`${prefix}.${v}` as MessageKey)}
        </option>
      ))}
    </select>
  );

  return (
    <section aria-labelledby="exports-title">
      <h1 id="exports-title">{t('exports.title')}</h1>
      <form onSubmit={start} class="panel">
        <div class="filters">
          <Field label={t('search.words')}>
            <input value={filters.q} onInput={set('q')} />
          </Field>
          <Field label={t('filter.speaker')}>
            <input value={filters.speaker} onInput={set('speaker')} />
          </Field>
          <Field label={t('filter.outlet')}>
            <input value={filters.outlet} onInput={set('outlet')} />
          </Field>
          <Field label={t('filter.from')}>
            <input type="date" value={filters.from} onInput={set('from')} />
          </Field>
          <Field label={t('filter.to')}>
            <input type="date" value={filters.to} onInput={set('to')} />
          </Field>
          <Field label={t('filter.type')}>{select('type', STATEMENT_TYPES, 'type')}</Field>
          <Field label={t('filter.status')}>{select('reviewStatus', REVIEW_STATUSES, 'status')}</Field>
          <Field label={t('facet.verdict')}>{select('verdict', VERDICTS, 'verdict')}</Field>
        </div>
        {filters.speakerId && (
          <p class="muted">
            {t('exports.speakerFilter')}{' '}
            <button type="button" onClick={() => setFilters({ ...filters, speakerId: '' })}>
              {t('search.removeFilter')}
            </button>
          </p>
        )}
        <div class="inline">
          <Field label={t('exports.format')}>
            <select value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportView['format'])}>
              <option value="csv">CSV</option>
              <option value="jsonl">JSON Lines</option>
              <option value="claimreview">ClaimReview</option>
            </select>
          </Field>
          <label class="check">
            <input type="checkbox" checked={bom} onChange={(e) => setBom(e.currentTarget.checked)} /> {t('exports.bom')}
          </label>
        </div>
        <ErrorMessage error={error} />
        <button type="submit" class="primary">
          {t('exports.start')}
        </button>
      </form>
      <ul class="plain" data-testid="exports">
        {jobs.map((j) => (
          <li key={j.id} data-testid="export-job" data-status={j.status}>
            <strong>{j.format.toUpperCase()}</strong> · {t(`export.${j.status}` as MessageKey)}
            <progress max={100} value={j.percent ?? 0} aria-label={t('exports.progress')}>
              {j.percent ?? 0}%
            </progress>{' '}
            {j.rowCount ?? 0} {t('exports.rows')}
            {j.error && <ErrorMessage error={String(j.error)} />}
            {j.status === 'done' && (
              <>
                {' '}
                <a href={`/exports/${j.id}/download`} download data-testid="export-download">
                  {t('exports.download')}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
