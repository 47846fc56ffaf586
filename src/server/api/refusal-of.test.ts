import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { refusalOf } from "./refusal-of";

const zodError = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("the input was meant to be refused");
  return parsed.error;
};

describe("refusalOf", () => {
  it("reads a business refusal with the field it names", () => {
    const cause = new AppError("draftConflict", { field: "contact.phone" });
    expect(refusalOf(new TRPCError({ code: "CONFLICT", message: cause.code, cause }))).toEqual({
      code: "draftConflict",
      field: "contact.phone",
    });
  });

  it("carries the days a refusal names, and none of its other details", () => {
    const cause = new AppError("familyBarredFalseInformation", {
      field: "members.1.fin",
      until: "2027-06-01",
      fin: "5ABC12D",
    });
    expect(refusalOf(new TRPCError({ code: "CONFLICT", message: cause.code, cause }))).toEqual({
      code: "familyBarredFalseInformation",
      field: "members.1.fin",
      days: { until: "2027-06-01" },
    });
  });

  it("reads a business refusal that names no field", () => {
    const cause = new AppError("notFound");
    expect(refusalOf(new TRPCError({ code: "NOT_FOUND", message: cause.code, cause }))).toEqual({
      code: "notFound",
      field: null,
    });
  });

  it("reads a refused input as its first issue's catalog key and path", () => {
    const schema = z.object({ draft: z.object({ phone: z.string().max(3, "errors.textTooLong") }) });
    const cause = zodError(schema, { draft: { phone: "0501234567" } });
    expect(refusalOf(new TRPCError({ code: "BAD_REQUEST", cause }))).toEqual({
      code: "textTooLong",
      field: "draft.phone",
    });
  });

  it("never shows zod's own English text: an issue without a catalog key is invalidInput", () => {
    const cause = zodError(z.object({ expectedVersion: z.number() }), { expectedVersion: "x" });
    expect(refusalOf(new TRPCError({ code: "BAD_REQUEST", cause }))).toEqual({
      code: "invalidInput",
      field: "expectedVersion",
    });
  });

  it("reads a role or ownership check as forbidden", () => {
    expect(refusalOf(new TRPCError({ code: "FORBIDDEN" }))).toEqual({ code: "forbidden", field: null });
  });

  it("leaves a server fault or a lost session to be retried", () => {
    expect(refusalOf(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new Error("db down") }))).toBeNull();
    expect(refusalOf(new TRPCError({ code: "UNAUTHORIZED" }))).toBeNull();
    expect(refusalOf(new Error("socket hang up"))).toBeNull();
  });
});
