import { useEffect, useId, useState } from 'preact/hooks';
import { api, ok, type Schemas } from '../api/client';
import { useT } from '../i18n/i18n';

type Speaker = Schemas['SpeakerDto'];

/**
 * Type-ahead over the speaker registry (GET /speakers?q=, across scripts and cases), as an ARIA
 * combobox: arrows move, Enter picks, Escape closes.
 */
export function SpeakerPicker({ label, onPick, exclude }: { label: string; onPick: (speaker: Speaker) => void; exclude?: string }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<Speaker[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) return setOptions([]);
    let live = true;
    const timer = setTimeout(() => {
      ok(api.GET('/speakers', { params: { query: { q, limit: 8 } } })).then(
        (page) => {
          if (!live) return;
          setOptions(page.items.filter((s) => s.id !== exclude && !s.mergedInto));
          setActive(0);
          setOpen(true);
        },
        () => live && setOptions([]),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, exclude]);

  const pick = (speaker: Speaker | undefined) => {
    if (!speaker) return;
    onPick(speaker);
    setText(speaker.name);
    setOpen(false);
  };

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') (event.preventDefault(), setOpen(true), setActive((a) => Math.min(a + 1, options.length - 1)));
    else if (event.key === 'ArrowUp') (event.preventDefault(), setActive((a) => Math.max(a - 1, 0)));
    else if (event.key === 'Enter' && open && options.length) (event.preventDefault(), pick(options[active]));
    else if (event.key === 'Escape') setOpen(false);
  }

  const listId = `${id}-list`;
  return (
    <div class="picker">
      <div class="field">
        <label class="label" for={`${id}-input`}>
          {label}
        </label>
        <input
          id={`${id}-input`}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open && options.length > 0}
          aria-controls={listId}
          aria-activedescendant={open && options[active] ? `${id}-${active}` : undefined}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          placeholder={t('speakerPicker.placeholder')}
        />
      </div>
      {open && options.length > 0 && (
        <ul role="listbox" id={listId} class="options">
          {options.map((s, i) => (
            <li role="option" id={`${id}-${i}`} key={s.id} aria-selected={i === active} onMouseDown={(e) => (e.preventDefault(), pick(s))}>
              <strong>{s.name}</strong> <span class="muted">{s.description ?? Object.values(s.names).filter((n) => n !== s.name).slice(0, 2).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
