import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "./circuit-breaker";

function breaker() {
  const clock = { t: 0 };
  return { clock, b: new CircuitBreaker({ failureThreshold: 3, openMs: 1_000, now: () => clock.t }) };
}

describe("circuit breaker", () => {
  it("opens after the threshold of consecutive failures and refuses until the open period ends", () => {
    const { clock, b } = breaker();
    b.onFailure();
    b.onFailure();
    expect(b.state).toBe("CLOSED");
    b.onFailure();
    expect(b.state).toBe("OPEN");
    expect(b.tryAcquire()).toBe(false);
    clock.t = 999;
    expect(b.tryAcquire()).toBe(false);
  });

  it("a success in between resets the count", () => {
    const { b } = breaker();
    b.onFailure();
    b.onFailure();
    b.onSuccess();
    b.onFailure();
    b.onFailure();
    expect(b.state).toBe("CLOSED");
  });

  it("lets exactly one probe through when half-open; its success closes, its failure re-opens", () => {
    const { clock, b } = breaker();
    for (let i = 0; i < 3; i++) b.onFailure();
    clock.t = 1_000;
    expect(b.state).toBe("HALF_OPEN");
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(false);
    b.onFailure();
    expect(b.state).toBe("OPEN");
    clock.t = 2_000;
    expect(b.tryAcquire()).toBe(true);
    b.onSuccess();
    expect(b.state).toBe("CLOSED");
    expect(b.tryAcquire()).toBe(true);
  });
});
