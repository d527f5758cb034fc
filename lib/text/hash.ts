/**
 * FNV-1a, 64-bit, over UTF-8 bytes: a small, well-known, non-cryptographic hash with published test
 * vectors. It gives saved articles an id that is the same on every device for the same canonical
 * URL, and the upgrade tests a content fingerprint. Pure JS (16-bit limbs, no BigInt) so it is fast
 * in both Node and the browser.
 */

const ENCODER = new TextEncoder();

/** Returns the 16-hex-digit FNV-1a 64 hash of `input` encoded as UTF-8. */
export function fnv1a64(input: string): string {
  const bytes = ENCODER.encode(input);
  // Offset basis 0xcbf29ce484222325 as four 16-bit limbs, lowest first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i]!;
    // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3: limb products by 0x1b3, plus h << 40
    // (h0 and h1 shifted into limbs 2 and 3 by 8 more bits); bits past 64 fall off.
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    let t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    t2 += t1 >>> 16;
    t3 += t2 >>> 16;
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((h) => h.toString(16).padStart(4, '0')).join('');
}

/** The id of a saved article: `saved:` + the hash of its (normalised) canonical URL. */
export function savedSourceId(canonicalUrl: string): string {
  return `saved:${fnv1a64(canonicalUrl)}`;
}
