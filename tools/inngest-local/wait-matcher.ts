import { parse } from "@marcbachmann/cel-js";

/**
 * CEL expressions as the SDK emits them: trigger `expression`s see `event`; `waitForEvent`'s `if` sees `event`
 * (the waiting run's trigger) and `async` (the incoming event). `match: "data.x"` arrives already rewritten to
 * `event.data.x == async.data.x`.
 */
export type CompiledExpression = (context: Record<string, unknown>) => unknown;

const cache = new Map<string, CompiledExpression>();

/** Throws with the parser's message when the expression is not valid CEL. */
export function compileExpression(source: string): CompiledExpression {
  const cached = cache.get(source);
  if (cached) return cached;
  const program = parse(source);
  const compiled: CompiledExpression = (context) => program(context) as unknown;
  if (cache.size > 1000) cache.clear();
  cache.set(source, compiled);
  return compiled;
}

/** Returns the parse error's message, or undefined when the expression compiles. */
export function expressionError(source: string): string | undefined {
  try {
    compileExpression(source);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * True only when the expression evaluates to `true`. A missing key or a type mismatch is "no match", as in
 * Inngest: an event without the field simply does not resolve the wait.
 */
export function expressionMatches(source: string, context: Record<string, unknown>): boolean {
  try {
    return compileExpression(source)(context) === true;
  } catch {
    return false;
  }
}

/** Evaluates a function's `idempotency` key expression; undefined when it cannot be evaluated. */
export function evaluateKey(source: string, context: Record<string, unknown>): string | undefined {
  try {
    const value = compileExpression(source)(context);
    if (value === null || value === undefined) return undefined;
    return typeof value === "string"
      ? value
      : JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  } catch {
    return undefined;
  }
}

/** Event-name triggers may end in `*` (`app/*`), as in Inngest. */
export function eventNameMatches(trigger: string, name: string): boolean {
  if (trigger.endsWith("*")) return name.startsWith(trigger.slice(0, -1));
  return trigger === name;
}
