/** A calendar clock the test sets by hand; waits (rate limits, back-off) still use real time. */
import { systemClock, type Clock } from '../../src/schedule/clock.js';

export function manualClock(startIso: string): Clock & { set(iso: string): void } {
  let now = Date.parse(startIso);
  return {
    now: () => now,
    sleep: systemClock.sleep,
    // Ticks are driven by calling scheduler.tick(): no timer.
    setTimer: () => () => undefined,
    set: (iso) => {
      now = Date.parse(iso);
    },
  };
}
