-- Staff type Azerbaijani names on Latin keyboards ("Veliyev" for "Vəliyev") and find a registration number by its
-- last digits ("000003"). Both are "contains" searches, so they get trigram indexes (pg_trgm, a trusted extension
-- of PostgreSQL's contrib; the embedded PGlite loads it too, tools/dev/pglite-server.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One folding for the stored names and for what staff type (list-applications.ts folds the query with the same
-- function, so the two cannot drift apart): the Azerbaijani letters first, as translate() does not depend on the
-- database's locale, then lower() for every other letter.
CREATE FUNCTION search_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(translate(value, 'ƏəİıÖöÜüĞğÇçŞş', 'eeiioouuggccss')) $$;

-- Kept by the database, so every writer of a name (sign-in from e-Gov, submission, seeds, raw SQL) keeps it right.
ALTER TABLE "User" ADD COLUMN "nameFolded" TEXT NOT NULL DEFAULT '';

CREATE FUNCTION user_name_folded() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN NEW."nameFolded" := search_fold(NEW."name"); RETURN NEW; END $$;

CREATE TRIGGER "User_nameFolded"
  BEFORE INSERT OR UPDATE OF "name", "nameFolded" ON "User"
  FOR EACH ROW EXECUTE FUNCTION user_name_folded();

UPDATE "User" SET "nameFolded" = search_fold("name");

CREATE INDEX "User_nameFolded_idx" ON "User" USING GIN ("nameFolded" gin_trgm_ops);

CREATE INDEX "Application_registrationNumber_idx" ON "Application" USING GIN ("registrationNumber" gin_trgm_ops);
