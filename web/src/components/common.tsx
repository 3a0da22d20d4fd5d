import { cloneElement, type VNode } from 'preact';
import { useId } from 'preact/hooks';
import { useT } from '../i18n/i18n';

export function ErrorMessage({ error }: { error: Error | string | undefined | null }) {
  if (!error) return null;
  return (
    <p class="error" role="alert">
      {typeof error === 'string' ? error : error.message}
    </p>
  );
}

export function Loading({ when }: { when: boolean }) {
  const t = useT();
  return when ? (
    <p class="muted" role="status">
      {t('loading')}
    </p>
  ) : null;
}

/** "More" of a cursor-paginated list. */
export function MoreButton({ hasMore, loading, onMore }: { hasMore: boolean; loading: boolean; onMore: () => void }) {
  const t = useT();
  if (!hasMore) return null;
  return (
    <button type="button" class="more" onClick={onMore} disabled={loading}>
      {t('more')}
    </button>
  );
}

/**
 * A labelled form control. The label names only the control (explicit for/id, so option texts and hints
 * do not leak into its accessible name); a hint is announced as its description.
 */
export function Field({ label, children, hint }: { label: string; children: VNode<any>; hint?: string }) {
  const id = useId();
  const control = cloneElement(children, { id, 'aria-describedby': hint ? `${id}-hint` : undefined });
  return (
    <div class="field">
      <label class="label" for={id}>
        {label}
      </label>
      {control}
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}

/** A string, or an untyped nullable value of the OpenAPI document (documented without a type), as text. */
export function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
