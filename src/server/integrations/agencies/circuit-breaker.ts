/**
 * A circuit breaker per agency: after `failureThreshold` consecutive failures the agency is not asked for
 * `openMs`, so a dead agency costs one fast CIRCUIT_OPEN per request instead of a timeout and retries. Then one
 * probe is let through (half-open): its success closes the circuit, its failure opens it again.
 * Time comes from the injected clock, so tests step it instead of sleeping.
 */
export type BreakerState = "CLOSED" | "OPEN" | "HALF_OPEN";

export interface CircuitBreakerOptions {
  failureThreshold: number;
  openMs: number;
  now: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private probeInFlight = false;

  constructor(private readonly options: CircuitBreakerOptions) {}

  get state(): BreakerState {
    if (this.openedAt === null) return "CLOSED";
    return this.options.now() - this.openedAt >= this.options.openMs ? "HALF_OPEN" : "OPEN";
  }

  /** Whether a request may go out now. In half-open state only the first caller gets through. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === "CLOSED") return true;
    if (state === "OPEN" || this.probeInFlight) return false;
    this.probeInFlight = true;
    return true;
  }

  onSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.probeInFlight = false;
  }

  onFailure(): void {
    this.probeInFlight = false;
    if (this.openedAt !== null) {
      // A failed probe re-opens for a full period.
      this.openedAt = this.options.now();
      return;
    }
    this.failures += 1;
    if (this.failures >= this.options.failureThreshold) this.openedAt = this.options.now();
  }

  /** For a request that ended without saying anything about the agency's health (e.g. 401 from our token). */
  onNeutral(): void {
    this.probeInFlight = false;
  }
}
