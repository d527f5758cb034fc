/**
 * The card's stylesheet, adopted by the closed shadow root as a constructed sheet (no `<style>`
 * element, nothing a page CSP or Trusted Types policy blocks). Sizes are in px, not rem, so the
 * page's root font size cannot shrink or blow up the card; `:host` resets everything the page's
 * CSS could make the host inherit.
 */
import { KIND_STYLES } from '../lib/ui/kinds';

const kindRules = Object.entries(KIND_STYLES)
  .map(
    ([kind, s]) =>
      `.theme-light .kind[data-kind="${kind}"]{color:${s.light};border-color:${s.light}}.theme-dark .kind[data-kind="${kind}"]{color:${s.dark};border-color:${s.dark}}`,
  )
  .join('\n');

/** CSS text for the shadow root. */
export const CARD_CSS = `
:host{all:initial !important;position:fixed !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;z-index:2147483647 !important;display:block !important;contain:none !important;}
.layer{font:14px/1.45 system-ui,-apple-system,"Segoe UI","DejaVu Sans",sans-serif;}
.theme-light{--bg:#ffffff;--text:#1a1c20;--muted:#4f5561;--border:#c9ced6;--accent:#1d4ed8;--on-accent:#ffffff;--focus:#1d4ed8;--clause-bg:#e8eefc;--warn:#b42318;--warn-bg:#fdf0ee;--warn-border:#e7a59c;--agree:#17663a;--agree-bg:#eef8f2;--agree-border:#9fd2b4;color-scheme:light;}
.theme-dark{--bg:#1b1d22;--text:#e8eaee;--muted:#a9b0bb;--border:#3a3f48;--accent:#8ab4ff;--on-accent:#0b1220;--focus:#ffd166;--clause-bg:#263352;--warn:#ff9b8f;--warn-bg:#3a2220;--warn-border:#8a4a43;--agree:#7ee2a8;--agree-bg:#1d3328;--agree-border:#3f7a58;color-scheme:dark;}
.t::before{content:attr(data-t);}
.sr-only{position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;}
.card{position:fixed;box-sizing:border-box;overflow:auto;overscroll-behavior:contain;padding:12px 14px;background:var(--bg);color:var(--text);border:1px solid var(--border);border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.28);text-align:left;direction:ltr;font-size:14px;line-height:1.45;}
.card:focus{outline:none;}
.card:focus-visible,button:focus-visible{outline:3px solid var(--focus);outline-offset:2px;}
.head{display:flex;align-items:center;justify-content:space-between;gap:8px;}
.kind{font-size:12px;font-weight:600;border-bottom:2px solid;padding-bottom:1px;}
${kindRules}
.name{margin:4px 0 2px;font-size:17px;line-height:1.25;font-weight:700;color:var(--text);}
.desc{margin:0 0 8px;color:var(--text);}
.facts{list-style:none;margin:0 0 8px;padding:0;display:flex;flex-direction:column;gap:8px;}
.facts li{display:flex;flex-direction:column;gap:1px;border-left:3px solid var(--border);padding-left:8px;}
.when{display:block;font-size:12px;font-weight:700;color:var(--text);}
.quote{display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden;}
.src{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;font-size:12px;color:var(--muted);overflow:hidden;}
.note,.meta{margin:0 0 6px;color:var(--muted);font-size:13px;}
.when-line{display:flex;gap:6px;align-items:baseline;}
.new-tag{font-size:11px;font-weight:700;color:var(--accent);border:1px solid var(--accent);border-radius:999px;padding:0 5px;}
.facts li[data-new="true"]{border-left-color:var(--accent);}
.new-since{margin:0 0 8px;font-size:13px;font-weight:700;color:var(--accent);}
.quote.has-clause{color:var(--muted);}
.quote .clause{color:var(--text);background:var(--clause-bg);border-radius:2px;}
.claims{display:flex;flex-direction:column;gap:6px;margin:0 0 8px;}
.claim{margin:0;padding:6px 8px;border-radius:6px;font-size:13px;}
.claim.disagree{border:1px solid var(--warn-border);background:var(--warn-bg);}
.claim.agree{border:1px solid var(--agree-border);background:var(--agree-bg);}
.claim-head{margin:0;}
.claim-flag{font-weight:700;}
.claim.disagree .claim-flag{color:var(--warn);}
.claim.agree .claim-flag{color:var(--agree);}
.claim-topic,.claim-src{color:var(--muted);}
.claim-list{list-style:none;margin:4px 0 0;padding:0;display:flex;flex-direction:column;gap:4px;}
.claim-value{font-weight:700;}
.claim-words{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden;}
.claim-src{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;font-size:12px;}
.shared{color:var(--muted);}
.actions{display:flex;flex-wrap:wrap;justify-content:flex-end;align-items:center;gap:8px;position:sticky;bottom:-12px;margin:6px -14px -12px;padding:8px 14px 12px;background:var(--bg);border-top:1px solid var(--border);}
.secondary{background:none;color:var(--accent);border:1px solid var(--border);padding:5px 10px;margin-right:auto;}
.not-this{flex-basis:100%;display:flex;flex-direction:column;gap:4px;}
.not-this .note{margin:0 0 2px;}
.not-this .error{margin:4px 0 0;color:var(--warn);}
.not-this-row{display:flex;flex-wrap:wrap;align-items:center;gap:4px 6px;}
.not-this-what{flex:1 1 100%;font-size:12px;color:var(--muted);overflow-wrap:anywhere;}
.choice{background:none;color:var(--text);border:1px solid var(--border);padding:5px 10px;text-align:left;}
.choice:hover,.secondary:hover{border-color:var(--accent);}
button{font:inherit;cursor:pointer;border-radius:6px;}
.close{background:none;border:0;color:var(--muted);font-size:20px;line-height:1;padding:0 6px;}
.primary{background:var(--accent);color:var(--on-accent);border:0;padding:6px 12px;font-weight:600;}
`;
