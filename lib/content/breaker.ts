/**
 * The circuit breaker for page watching: a page that mutates non-stop (over 100 observer rounds in
 * 2 s, Bitwarden's threshold) gets left alone for a while instead of being fought; each trip
 * doubles the pause, up to a minute.
 */

/** Rounds allowed within `WINDOW_MS` before the breaker trips. */
export const MAX_ROUNDS = 100;
export const WINDOW_MS = 2000;
export const FIRST_BACKOFF_MS = 2000;
export const MAX_BACKOFF_MS = 60_000;

/** Counts rounds in a sliding window. */
export class Breaker {
  private readonly times: number[] = [];
  private trips = 0;

  /** Records one round at `now`; true when this round trips the breaker. */
  round(now: number): boolean {
    this.times.push(now);
    while (this.times.length && now - this.times[0]! > WINDOW_MS) this.times.shift();
    if (this.times.length <= MAX_ROUNDS) return false;
    this.times.length = 0;
    this.trips++;
    return true;
  }

  /** How long to stay away after the latest trip. */
  get backoffMs(): number {
    return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, this.trips - 1));
  }

  get tripCount(): number {
    return this.trips;
  }
}
