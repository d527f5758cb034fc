/**
 * The page's own DOM work that the benchmark's "Page DOM work" row times (run.ts) and the profile
 * tool replays (profile.ts `--dom`): 500 paragraphs added to the article, each laid out and taken
 * out again, in 20 chunks with a task boundary between them. Self-contained: it is serialised into
 * the page (`page.evaluate(pageDomLoop)`); returns the milliseconds it took.
 */
export async function pageDomLoop(): Promise<number> {
  const article = document.querySelector('article')!;
  const t0 = performance.now();
  for (let chunk = 0; chunk < 20; chunk++) {
    for (let i = 0; i < 25; i++) {
      const p = document.createElement('p');
      p.textContent = `Update ${chunk}.${i}: Lynas Rare Earths and MP Materials signed offtake deals for neodymium oxide.`;
      article.appendChild(p);
      void p.offsetHeight;
      p.remove();
    }
    await new Promise((r) => setTimeout(r, 0));
  }
  return performance.now() - t0;
}
