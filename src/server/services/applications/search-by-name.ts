import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";

/**
 * Every word of the query in the applicant's name, in any order (staff say "Qasımova Səbinə" as often as not),
 * in any letter case, and with the Azerbaijani letters typed as such or as a Latin keyboard has them ("Veliyev"
 * finds "Vəliyev"). The words are folded by the database's search_fold, the very function that keeps
 * User.nameFolded, so the query and the names cannot be folded differently; a trigram index serves the LIKE.
 */
export async function nameContainsWords(db: Db, query: string): Promise<Prisma.ApplicationWhereInput> {
  const words = query.split(/\s+/).filter((w) => w.length > 0);
  const [row] = await db.$queryRaw<{ folded: string[] }[]>`
    SELECT array(SELECT search_fold(w) FROM unnest(${words}::text[]) AS w) AS folded`;
  return { AND: (row?.folded ?? []).map((word) => ({ applicant: { nameFolded: { contains: word } } })) };
}
