import { useState } from 'preact/hooks';
import type { CardState } from '../lib/content/card-view';
import { CardText } from './CardText';

/** Props of the card's "Not this" choices. */
export interface CardNotThisProps {
  entityName: string;
  notThis: NonNullable<CardState['notThis']>;
}

/**
 * "Not this" on a card (issue 13): the reader says a highlight is wrong and chooses how far —
 * the form the page wrote (`MP`) or the whole entity, on this site or everywhere. Hiding keeps what
 * the reader saved; the library's dictionary page lists every hide and can undo it.
 */
export function CardNotThis({ entityName, notThis }: CardNotThisProps) {
  const [open, setOpen] = useState(false);
  const site = notThis.site || 'this site';
  const form = `“${notThis.form}”`;
  // Two rows (the name as written, the whole entity), each with "on <site>" and "everywhere": the
  // visible words are short so the open choices leave the card's facts in view; each button's
  // accessible name says the whole choice (and holds its visible words).
  const rows: { what: 'form' | 'entity'; title: string; label: (where: string) => string }[] = [
    { what: 'form', title: `Hide the name ${form}`, label: (where) => `Hide the name ${form} ${where}` },
    { what: 'entity', title: `Hide ${entityName}, all its names`, label: (where) => `Hide ${entityName}, all its names, ${where}` },
  ];
  const places: { where: 'site' | 'everywhere'; text: string }[] = [
    { where: 'site', text: `on ${site}` },
    { where: 'everywhere', text: 'everywhere' },
  ];
  return (
    <>
      {open && (
        <div class="not-this" role="group" aria-label="Not this">
          <p class="note">
            <CardText text="Stop highlighting — your saved articles stay as they are:" />
          </p>
          {rows.map((r) => (
            <div key={r.what} class="not-this-row">
              <span class="not-this-what">
                <CardText text={r.title} />
              </span>
              {places.map((p) => (
                <button key={p.where} type="button" class="choice" aria-label={r.label(p.text)} onClick={() => notThis.onHide(r.what, p.where)}>
                  <CardText text={p.text} />
                </button>
              ))}
            </div>
          ))}
          {notThis.error && (
            <p class="note error" role="alert">
              <CardText text={notThis.error} />
            </p>
          )}
        </div>
      )}
      <button type="button" class="secondary" aria-expanded={open} aria-label="Not this" onClick={() => setOpen(!open)}>
        <CardText text={open ? 'Not this ▴' : 'Not this…'} />
      </button>
    </>
  );
}
