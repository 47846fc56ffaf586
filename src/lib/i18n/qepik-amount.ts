import * as z from "zod/mini";

/**
 * An amount in whole qəpik from min to max, for the forms' schemas (checked in the browser and again on the
 * server): a figure below zero ("-5" typed) is refused as negative, any other refusal as not an amount. Its own
 * module so a form's chunk takes this and not the wizard's whole draft schema.
 */
export const qepikAmount = (min: number, max: number) =>
  z.int({ error: "errors.amountFormat" }).check(
    z.minimum(min, {
      error: (issue) => (Number(issue.input) < 0 ? "errors.amountNegative" : "errors.amountFormat"),
    }),
    z.maximum(max, { error: "errors.amountFormat" }),
  );
