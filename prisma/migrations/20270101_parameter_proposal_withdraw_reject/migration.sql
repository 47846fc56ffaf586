-- A pending proposal of a law parameter's value can be withdrawn by the administrator who proposed it, or rejected by
-- another administrator (docs/administration.md, "Parameters of the law"): a wrong value no longer blocks the right
-- one for the same date. The row stays, with who closed it and when; the audit log says which of the two it was.
-- Earlier proposals were all pending or confirmed: nobody closed them.
ALTER TYPE "ParameterProposalStatus" ADD VALUE 'WITHDRAWN';
ALTER TYPE "ParameterProposalStatus" ADD VALUE 'REJECTED';

ALTER TABLE "ParameterProposal" ADD COLUMN "closedById" TEXT;
ALTER TABLE "ParameterProposal" ADD COLUMN "closedAt" TIMESTAMP(3);
