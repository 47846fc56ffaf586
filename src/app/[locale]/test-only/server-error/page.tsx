import { notFound } from "next/navigation";
import { connection } from "next/server";

// The e2e suite needs a real server-side fault to prove the localized error page; no real page can be made to
// fail on purpose without breaking it. This page throws only when the e2e server sets
// VEMTAS_TEST_FAULT_PAGES=1 (tools/test/e2e-server.ts); in every real deployment the variable is unset and the
// address is an ordinary not-found page. It is read per request, not at build time.
export default async function ForcedServerError() {
  await connection();
  if (process.env.VEMTAS_TEST_FAULT_PAGES !== "1") notFound();
  throw new Error("Forced server error for the error-page e2e test");
}
