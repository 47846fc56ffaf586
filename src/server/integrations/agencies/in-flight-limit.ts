/**
 * At most `limit` calls at once; the others wait their turn in arrival order. The gateway keeps one per agency,
 * so a burst (the chain asks all 20 agencies for every member of many families at once) reaches each agency as a
 * steady stream it can answer, instead of hundreds of requests that time out together and open its circuit.
 */
export class InFlightLimit {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter, so `active` never drops below the queue's demand.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
