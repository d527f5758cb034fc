// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasAnyText } from '../../../lib/content/controller';

function docWith(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${body}</body></html>`, 'text/html');
}

describe('hasAnyText (pages with no text get no work)', () => {
  it('is false for empty shells, whitespace and text that is only script, style, noscript or template', () => {
    expect(hasAnyText(docWith(''))).toBe(false);
    expect(hasAnyText(docWith('<div id="app">\n   \t</div><!-- a comment -->'))).toBe(false);
    expect(hasAnyText(docWith('<script>var a = "MP Materials";</script><style>p{}</style><noscript>Enable JS</noscript>'))).toBe(false);
    expect(hasAnyText(docWith('<img alt="Lynas"><canvas></canvas>'))).toBe(false);
  });

  it('is true as soon as any visible-kind text exists, however deep', () => {
    expect(hasAnyText(docWith('<div><div><span>x</span></div></div>'))).toBe(true);
    expect(hasAnyText(docWith('<script>1</script><p>  Lynas  </p>'))).toBe(true);
  });
});
