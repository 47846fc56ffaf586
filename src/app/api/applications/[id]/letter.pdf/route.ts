import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { currentUser } from "@/server/auth";
import { getDb } from "@/server/db/client";
import { AppError, appErrorStatus } from "@/server/errors";
import { ZApplicationRef } from "@/server/services/applications/application-wizard.types";
import { ZLetterQuery } from "@/lib/letters/letter-query";
import { getDecisionLetterPdf } from "@/server/services/letters/get-decision-letter-pdf";

// Outside the [locale] pages on purpose: the letter speaks its own language (the application's, or for an answer to an
// appeal the appeal's) whatever the page's is.
// Errors carry a code and no text, so nothing about the application leaks to someone who may not see it.

function refused(code: AppError["code"]): Response {
  const status = getHTTPStatusCodeFromError(new TRPCError({ code: appErrorStatus[code] }));
  return Response.json({ error: code }, { status, headers: { "Cache-Control": "private, no-store" } });
}

/** The signed-in citizen's own decision letter, as a PDF: the latest, or the one `?decision=` names. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await currentUser();
  if (!user) return refused("notSignedIn");
  const ref = ZApplicationRef.safeParse({ applicationId: (await params).id });
  const search = new URL(req.url).searchParams;
  // `?decision=<id>`: an earlier letter; given twice it is an array, which the schema refuses as malformed.
  const decision = search.getAll("decision");
  const query = ZLetterQuery.safeParse({ decision: decision.length > 1 ? decision : decision[0] });
  if (!ref.success || !query.success) return refused("notFound");
  try {
    const pdf = await getDecisionLetterPdf(getDb(), user, ref.data.applicationId, new Date(), query.data.decision);
    return new Response(Buffer.from(pdf.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="${pdf.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (err) {
    if (err instanceof AppError) return refused(err.code);
    throw err;
  }
}
