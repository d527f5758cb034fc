/** Props of a piece of card text. */
export interface CardTextProps {
  text: string;
  class?: string;
  id?: string;
}

/**
 * Card text the page must not be able to find. A closed shadow root hides nodes from page scripts,
 * but `window.find()` still searches their rendered text (measured in Chromium 156), which would let
 * a page probe the user's saved facts while a card is open. Text drawn by CSS from an attribute
 * (`content: attr(data-t)`) is not searchable, is still read by screen readers (generated content
 * is part of the accessibility tree), and is still plain text, never markup.
 */
export function CardText({ text, class: cls, id }: CardTextProps) {
  return <span class={cls ? `t ${cls}` : 't'} data-t={text} id={id} />;
}
