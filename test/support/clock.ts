// A clock tests set by hand: "now" is whatever the test says, and moves only when told.
import type { Clock } from '../../src/app/ports.js';

export class FixedClock implements Clock {
  private current: Date;

  constructor(now: Date | string) {
    this.current = new Date(now);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(now: Date | string): void {
    this.current = new Date(now);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }

  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }
}
