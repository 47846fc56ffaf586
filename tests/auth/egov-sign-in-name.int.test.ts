import { describe, expect, it } from "vitest";
import { signInWithEgov } from "@/server/services/auth/sign-in-with-egov";
import { migratedDbPerFile } from "../support/test-db";

// A citizen signed in through e-Gov keeps a real name: staff lists showed "94GJZSM · 94GJZSM" after a provider
// that had no name sent the FIN in its place and overwrote the one the citizen gave.

const testDb = migratedDbPerFile("egov_sign_in_name");

describe("e-Gov sign-in", () => {
  it("names a new citizen as the provider does, and keeps that name when a later sign-in sends only the FIN", async () => {
    const { db } = testDb.current();
    const first = await signInWithEgov(db, { fin: "7ABC12D", name: "Leyla Həsənova" });
    expect(first).toMatchObject({ role: "CITIZEN", name: "Leyla Həsənova", fin: "7ABC12D" });
    expect((await signInWithEgov(db, { fin: "7ABC12D", name: "7abc12d" })).name).toBe("Leyla Həsənova");
    expect((await signInWithEgov(db, { fin: "7ABC12D", name: "  " })).name).toBe("Leyla Həsənova");
    expect((await signInWithEgov(db, { fin: "7ABC12D" })).name).toBe("Leyla Həsənova");
    // A real change of name from e-Gov is taken.
    expect((await signInWithEgov(db, { fin: "7ABC12D", name: "Leyla Məmmədova" })).name).toBe("Leyla Məmmədova");
  });

  it("names a citizen the provider has no name for by the FIN until they give one", async () => {
    const { db } = testDb.current();
    expect((await signInWithEgov(db, { fin: "8XYZ34K", name: "8XYZ34K" })).name).toBe("8XYZ34K");
  });
});
