/**
 * Promise.all that lets every promise settle before it rejects (with the first failure in order): a step whose
 * parts run at once must not end, and be retried, while one of its parts is still writing, or the retry would race
 * the part left behind.
 */
export async function allSettledOrThrow<T extends readonly unknown[] | []>(
  promises: T,
): Promise<{ -readonly [P in keyof T]: Awaited<T[P]> }> {
  const settled = await Promise.allSettled(promises);
  for (const s of settled) if (s.status === "rejected") throw s.reason;
  return Promise.all(promises);
}
