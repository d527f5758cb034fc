import { useEffect, useMemo, useRef } from 'preact/hooks';
import './reader.css';

/** Props of the article reader. */
export interface SourceReaderProps {
  title: string;
  /** Publisher · date line, already formatted. */
  meta: string;
  /** The normalised article text the facts' offsets point into. */
  text: string;
  /** The highlighted sentence, as offsets into `text`. */
  highlight?: { start: number; end: number };
  url?: string;
}

/** A paragraph of the text and the part of it to highlight, if any (offsets local to the paragraph). */
export interface ReaderParagraph {
  start: number;
  text: string;
  mark?: { start: number; end: number };
}

/** Splits `text` at newlines into paragraphs, marking the slice of each that `highlight` covers. */
export function toParagraphs(text: string, highlight?: { start: number; end: number }): ReaderParagraph[] {
  const out: ReaderParagraph[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    const end = start + line.length;
    at = end + 1;
    if (!line.trim()) continue;
    const p: ReaderParagraph = { start, text: line };
    if (highlight && highlight.start < end && highlight.end > start) {
      p.mark = { start: Math.max(0, highlight.start - start), end: Math.min(line.length, highlight.end - start) };
    }
    out.push(p);
  }
  return out;
}

/**
 * An article's text with one sentence highlighted, scrolled into view and focused (so keyboard and
 * screen-reader users land on it too). Text is rendered as text nodes only.
 */
export function SourceReader({ title, meta, text, highlight, url }: SourceReaderProps) {
  const paragraphs = useMemo(() => toParagraphs(text, highlight), [text, highlight?.start, highlight?.end]);
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = markRef.current;
    if (!el) return;
    el.scrollIntoView?.({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [highlight?.start, highlight?.end, text]);
  let first = true;
  return (
    <article class="reader">
      <header>
        <h1 class="reader-title">{title}</h1>
        <p class="muted">
          {meta}
          {url && /^https?:\/\//i.test(url) && (
            <>
              {' · '}
              <a href={url} target="_blank" rel="noopener noreferrer">
                Original page
              </a>
            </>
          )}
        </p>
      </header>
      {paragraphs.map((p) => {
        if (!p.mark) return <p key={p.start}>{p.text}</p>;
        const isFirst = first;
        first = false;
        return (
          <p key={p.start}>
            {p.text.slice(0, p.mark.start)}
            <mark class="reader-mark" id={isFirst ? 'at' : undefined} ref={isFirst ? markRef : undefined} tabIndex={isFirst ? -1 : undefined}>
              {p.text.slice(p.mark.start, p.mark.end)}
            </mark>
            {p.text.slice(p.mark.end)}
          </p>
        );
      })}
    </article>
  );
}
