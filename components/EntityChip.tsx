import type { EntityKind } from '../lib/catalog/schema';
import { KIND_STYLES, kindVars } from '../lib/ui/kinds';
import './chips.css';

/** Props of an entity chip: a toggle (`onToggle`), a link (`href`), or plain. */
export interface EntityChipProps {
  name: string;
  kind: EntityKind;
  /** Shown as a number; read out as "`count` `countLabel`" (default "mentions"). */
  count?: number;
  countLabel?: [one: string, many: string];
  pressed?: boolean;
  onToggle?: () => void;
  href?: string;
  target?: '_blank';
}

/**
 * One entity as a chip: kind colour on the border, the kind's symbol and line pattern as non-colour
 * cues, and the kind and count in the accessible name ("MP Materials, company, 5 mentions").
 */
export function EntityChip({ name, kind, count, countLabel = ['mention', 'mentions'], pressed, onToggle, href, target }: EntityChipProps) {
  const style = KIND_STYLES[kind];
  // The whole name in aria-label: the same string in every browser and test engine, whatever the
  // spans' display. Its visible text ("MP Materials"; the count is drawn by CSS) starts it: WCAG 2.5.3.
  const countText = count === undefined ? '' : `, ${count.toLocaleString('en')} ${count === 1 ? countLabel[0] : countLabel[1]}`;
  const label = `${name}, ${style.label}${countText}`;
  const body = (
    <>
      <span class="chip-symbol" aria-hidden="true">
        {style.symbol}
      </span>
      <span class="chip-name">{name}</span>
      {/* The count is drawn by CSS from data-count. It is in the accessible name already ("…, 5
          mentions"), and the name must contain the chip's visible text (WCAG 2.5.3, axe's
          label-content-name-mismatch): a bare "5" after the kind would break that. */}
      {count !== undefined && <span class="chip-count" aria-hidden="true" data-count={count.toLocaleString('en')} />}
    </>
  );
  const common = { class: 'chip', style: kindVars(kind), 'data-kind': kind, 'aria-label': label, title: `${name} (${style.label})` };
  if (onToggle) {
    return (
      <button type="button" {...common} aria-pressed={pressed ? 'true' : 'false'} onClick={onToggle}>
        {body}
      </button>
    );
  }
  if (href) {
    return (
      <a {...common} href={href} target={target} rel={target ? 'noopener' : undefined}>
        {body}
      </a>
    );
  }
  return <span {...common}>{body}</span>;
}
