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
  const choices: { what: 'form' | 'entity'; where: 'site' | 'everywhere'; label: string }[] = [
    { what: 'form', where: 'site', label: `Hide the name ${form} on ${site}` },
    { what: 'form', where: 'everywhere', label: `Hide the name ${form} everywhere` },
    { what: 'entity', where: 'site', label: `Hide ${entityName}, all its names, on ${site}` },
    { what: 'entity', where: 'everywhere', label: `Hide ${entityName}, all its names, everywhere` },
  ];
  return (
    <>
      {open && (
        <div class="not-this" role="group" aria-label="Not this">
          <p class="note">
            <CardText text="Stop highlighting it — your saved articles stay as they are:" />
          </p>
          {choices.map((c) => (
            <button key={`${c.what}-${c.where}`} type="button" class="choice" aria-label={c.label} onClick={() => notThis.onHide(c.what, c.where)}>
              <CardText text={c.label} />
            </button>
          ))}
        </div>
      )}
      <button type="button" class="secondary" aria-expanded={open} aria-label="Not this" onClick={() => setOpen(!open)}>
        <CardText text={open ? 'Not this ▴' : 'Not this…'} />
      </button>
    </>
  );
}
