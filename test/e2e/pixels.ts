/**
 * Reading screenshots (issue 16: screenshot tests must compare against something). A PNG is
 * decoded by the browser itself in a blank page (no image library), and the tests ask questions
 * a person would: is the underline under this word the colour its kind should have; is the card's
 * background the theme's; is the page dark in dark mode.
 */
import type { Page } from '@playwright/test';

/** A colour, 0–255 per channel. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** A rectangle in CSS pixels of the viewport. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** CSS `hsl(h s% l%)` as RGB. */
export function hsl(h: number, s: number, l: number): Rgb {
  const sat = s / 100;
  const lig = l / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = sat * Math.min(lig, 1 - lig);
  const f = (n: number) => lig - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return { r: Math.round(f(0) * 255), g: Math.round(f(8) * 255), b: Math.round(f(4) * 255) };
}

/** `#rrggbb` as RGB. */
export function hex(s: string): Rgb {
  const n = Number.parseInt(s.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** `fg` at opacity `alpha` over `bg`. */
export function over(fg: Rgb, alpha: number, bg: Rgb): Rgb {
  const mix = (a: number, b: number) => Math.round(a * alpha + b * (1 - alpha));
  return { r: mix(fg.r, bg.r), g: mix(fg.g, bg.g), b: mix(fg.b, bg.b) };
}

/** WCAG relative luminance (0 black … 1 white). */
export function luminance(c: Rgb): number {
  const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

const distance = (a: Rgb, b: Rgb) => Math.hypot(a.r - b.r, a.g - b.g, a.b - b.b);

/** A decoded screenshot (RGBA, device pixels). */
export class Pixels {
  private constructor(
    readonly width: number,
    readonly height: number,
    private readonly data: Uint8Array,
  ) {}

  /** Screenshots `clip` of `page` (the viewport when omitted) and decodes it in a blank page of the same browser. */
  static async shot(page: Page, clip?: Box): Promise<Pixels> {
    const png = await page.screenshot({ animations: 'disabled', ...(clip ? { clip: { x: clip.x, y: clip.y, width: clip.w, height: clip.h } } : {}) });
    const decoder = await page.context().newPage();
    try {
      const { w, h, b64 } = await decoder.evaluate(async (data: string) => {
        const blob = await (await fetch(`data:image/png;base64,${data}`)).blob();
        const bmp = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bmp.width, bmp.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bmp, 0, 0);
        const bytes = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return { w: bmp.width, h: bmp.height, b64: btoa(s) };
      }, png.toString('base64'));
      return new Pixels(w, h, new Uint8Array(Buffer.from(b64, 'base64')));
    } finally {
      await decoder.close();
    }
  }

  at(x: number, y: number): Rgb {
    const i = (y * this.width + x) * 4;
    return { r: this.data[i]!, g: this.data[i + 1]!, b: this.data[i + 2]! };
  }

  /** Share of pixels within `tol` of `c` (in rows `from`–`to` as fractions of the height). */
  fraction(c: Rgb, tol = 40, from = 0, to = 1): number {
    let n = 0;
    let all = 0;
    for (let y = Math.floor(from * this.height); y < Math.ceil(to * this.height); y++) {
      for (let x = 0; x < this.width; x++, all++) if (distance(this.at(x, y), c) <= tol) n++;
    }
    return all ? n / all : 0;
  }

  /** Number of pixels within `tol` of `c`. */
  count(c: Rgb, tol = 40): number {
    return Math.round(this.fraction(c, tol) * this.width * this.height);
  }

  /** Share of columns holding at least one pixel within `tol` of `c` in the lower `share` of the rows (an underline). */
  columnsWith(c: Rgb, tol = 40, share = 0.5): number {
    let cols = 0;
    for (let x = 0; x < this.width; x++) {
      for (let y = Math.floor((1 - share) * this.height); y < this.height; y++) {
        if (distance(this.at(x, y), c) <= tol) {
          cols++;
          break;
        }
      }
    }
    return this.width ? cols / this.width : 0;
  }

  /** The most common colour and its share. */
  dominant(): { colour: Rgb; share: number } {
    const counts = new Map<number, number>();
    for (let i = 0; i < this.data.length; i += 4) {
      const key = (this.data[i]! << 16) | (this.data[i + 1]! << 8) | this.data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let best = 0;
    let bestN = 0;
    for (const [k, n] of counts) if (n > bestN) [best, bestN] = [k, n];
    return { colour: { r: (best >> 16) & 255, g: (best >> 8) & 255, b: best & 255 }, share: bestN / (this.width * this.height) };
  }
}

/** True when two boxes overlap (share more than a pixel). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x + 1 < b.x + b.w && b.x + 1 < a.x + a.w && a.y + 1 < b.y + b.h && b.y + 1 < a.y + a.h;
}

/** True when `inner` lies inside a viewport of `size`. */
export function insideViewport(inner: Box, size: { width: number; height: number }): boolean {
  return inner.x >= 0 && inner.y >= 0 && inner.x + inner.w <= size.width + 0.5 && inner.y + inner.h <= size.height + 0.5;
}
