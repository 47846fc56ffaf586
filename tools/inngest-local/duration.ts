/**
 * Durations as the SDK writes them (`timeStr`): `1w2d3h4m5s`, any subset, in that order. The SDK turns a
 * zero duration into the empty string, so "" means "now".
 */
const durationPattern = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const unitsMs = [604_800_000, 86_400_000, 3_600_000, 60_000, 1_000, 1];

export function parseDurationMs(text: string): number | undefined {
  const match = durationPattern.exec(text.trim());
  if (!match) return undefined;
  return unitsMs.reduce((total, unit, i) => total + Number(match[i + 1] ?? 0) * unit, 0);
}

/**
 * A time as the SDK's `timeStr` writes it: a duration (`step.sleep`, a timeout of "1d") or an ISO date
 * (`step.sleepUntil`, a timeout given as a Date). Returns the moment it ends, or undefined when the text is
 * neither (the caller fails the run).
 */
export function endsAt(text: string, now: number): number | undefined {
  const ms = parseDurationMs(text);
  if (ms !== undefined) return now + ms;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : at;
}
