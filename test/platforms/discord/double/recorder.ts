/** Promise-based recording: tests await the call or frame they expect instead of sleeping. */
export class Recorder<T> {
  readonly items: T[] = [];
  private waiters: Array<{ predicate: (item: T) => boolean; from: number; resolve: (item: T) => void }> = [];

  /** Index of the next item to arrive, to wait only for what happens after now. */
  mark(): number {
    return this.items.length;
  }

  record(item: T): void {
    this.items.push(item);
    const index = this.items.length - 1;
    this.waiters = this.waiters.filter((waiter) => {
      if (index < waiter.from || !waiter.predicate(item)) return true;
      waiter.resolve(item);
      return false;
    });
  }

  /** The first item from `from` on that matches, already recorded or still to come. */
  waitFor(predicate: (item: T) => boolean, from = 0): Promise<T> {
    const found = this.items.slice(from).find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ predicate, from, resolve }));
  }

  /** Resolves once `count` matching items have been recorded from `from` on. */
  async waitForCount(predicate: (item: T) => boolean, count: number, from = 0): Promise<T[]> {
    for (;;) {
      const matching = this.items.slice(from).filter(predicate);
      if (matching.length >= count) return matching.slice(0, count);
      const last = this.items.length;
      await this.waitFor(predicate, last);
    }
  }
}
