-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CITIZEN', 'CASEWORKER', 'SUPERVISOR', 'INSPECTOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('az', 'ru', 'en');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'INSPECTION_SCHEDULED', 'DATA_COLLECTED', 'AWAITING_REVIEW', 'ASSIGNED', 'REFUSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('CITIZEN', 'STAFF', 'SYSTEM');

-- CreateEnum
CREATE TYPE "Relation" AS ENUM ('APPLICANT', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDCHILD', 'GRANDPARENT', 'OTHER');

-- CreateEnum
CREATE TYPE "AssetKind" AS ENUM ('VEHICLE', 'REAL_ESTATE', 'LAND', 'LIVESTOCK', 'LARGE_TRANSACTION', 'OTHER');

-- CreateEnum
CREATE TYPE "AgencyOutcome" AS ENUM ('OK', 'NOT_FOUND', 'TIMEOUT', 'HTTP_ERROR', 'MALFORMED', 'CIRCUIT_OPEN', 'NETWORK_ERROR');

-- CreateEnum
CREATE TYPE "InspectionStatus" AS ENUM ('SCHEDULED', 'COMPLETED', 'MISSED', 'CANCELLED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "Outcome" AS ENUM ('ASSIGN', 'REFUSE', 'REVIEW');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('OPEN', 'AWAITING_CONFIRMATION', 'DONE');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('OPEN', 'ANSWERED');

-- CreateEnum
CREATE TYPE "BankOrderStatus" AS ENUM ('PENDING', 'SENT', 'OPENED', 'FAILED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('SIGN_IN_CODE', 'REGISTRATION_NOTICE', 'INSPECTION_DATE', 'DECISION', 'DECISION_LATE', 'BANK_CARD_PICKUP', 'REVIEW_REQUEST');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('QUEUED', 'SENT', 'DELIVERED', 'FAILED');

-- CreateEnum
CREATE TYPE "HolidayKind" AS ENUM ('HOLIDAY', 'TRANSFERRED_DAY_OFF');

-- CreateTable
CREATE TABLE "EconomicRegion" (
    "code" TEXT NOT NULL,
    "nameAz" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "EconomicRegion_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "District" (
    "code" TEXT NOT NULL,
    "nameAz" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "economicRegionCode" TEXT NOT NULL,

    CONSTRAINT "District_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "fin" TEXT,
    "email" TEXT,
    "passwordHash" TEXT,
    "phone" TEXT,
    "name" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'az',
    "districtCode" TEXT,
    "dailyInspectionCapacity" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneTimeCode" (
    "id" TEXT NOT NULL,
    "fin" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),
    "burnedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "registrationNumber" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "applicantId" TEXT NOT NULL,
    "districtCode" TEXT,
    "address" TEXT,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "preferredChannel" "Channel" NOT NULL DEFAULT 'SMS',
    "locale" "Locale" NOT NULL DEFAULT 'az',
    "draft" JSONB,
    "draftVersion" INTEGER NOT NULL DEFAULT 0,
    "consentGivenAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "applicationDate" DATE,
    "decisionDueOn" DATE,
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationStatusChange" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "actorKind" "ActorKind" NOT NULL,
    "actorUserId" TEXT,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FamilyMember" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "fin" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "patronymic" TEXT,
    "birthDate" DATE NOT NULL,
    "relation" "Relation" NOT NULL,
    "declaredFacts" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FamilyMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclaredIncome" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "memberFin" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "monthlyQepik" INTEGER NOT NULL,
    "note" TEXT,

    CONSTRAINT "DeclaredIncome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclaredAsset" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" "AssetKind" NOT NULL,
    "details" JSONB NOT NULL,
    "valueQepik" INTEGER,

    CONSTRAINT "DeclaredAsset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyRequest" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "memberFin" TEXT,
    "purpose" TEXT NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "periodFrom" DATE,
    "periodTo" DATE,
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "outcome" "AgencyOutcome" NOT NULL,
    "httpStatus" INTEGER,
    "error" TEXT,

    CONSTRAINT "AgencyRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyResult" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "memberFin" TEXT NOT NULL DEFAULT '',
    "available" BOOLEAN NOT NULL,
    "data" JSONB,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgencyResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "inspectorId" TEXT,
    "scheduledFor" DATE,
    "status" "InspectionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "note" TEXT,
    "result" JSONB,
    "needsJudgement" BOOLEAN NOT NULL DEFAULT false,
    "judgementReason" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "memberCount" INTEGER,
    "criterionQepik" INTEGER,
    "incomeQepik" INTEGER,
    "amountQepik" INTEGER,
    "periodFrom" DATE,
    "periodTo" DATE,
    "reasons" JSONB NOT NULL,
    "rulesChecked" JSONB NOT NULL,
    "decidedBy" TEXT NOT NULL,
    "final" BOOLEAN NOT NULL DEFAULT false,
    "supersedesId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseReview" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'OPEN',
    "reviewerId" TEXT,
    "outcome" "Outcome",
    "reason" TEXT,
    "overridesEngine" BOOLEAN NOT NULL DEFAULT false,
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'OPEN',
    "supervisorId" TEXT,
    "answerDecisionId" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankAccountOrder" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "status" "BankOrderStatus" NOT NULL DEFAULT 'PENDING',
    "bankReference" TEXT,
    "accountMasked" TEXT,
    "branchName" TEXT,
    "branchAddress" TEXT,
    "cardPickupDate" DATE,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "BankAccountOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT,
    "kind" "NotificationKind" NOT NULL,
    "channel" "Channel" NOT NULL,
    "locale" "Locale" NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "payload" JSONB,
    "status" "NotificationStatus" NOT NULL DEFAULT 'QUEUED',
    "dedupeKey" TEXT NOT NULL,
    "providerId" TEXT,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "fallbackOfId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Parameter" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "value" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "legalReference" TEXT NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Parameter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicHoliday" (
    "date" DATE NOT NULL,
    "kind" "HolidayKind" NOT NULL,
    "nameAz" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,

    CONSTRAINT "PublicHoliday_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "actorRole" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "applicationId" TEXT,
    "districtCode" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "District_economicRegionCode_idx" ON "District"("economicRegionCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_fin_key" ON "User"("fin");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_districtCode_idx" ON "User"("role", "districtCode");

-- CreateIndex
CREATE INDEX "OneTimeCode_fin_createdAt_idx" ON "OneTimeCode"("fin", "createdAt");

-- CreateIndex
CREATE INDEX "OneTimeCode_phone_createdAt_idx" ON "OneTimeCode"("phone", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Application_registrationNumber_key" ON "Application"("registrationNumber");

-- CreateIndex
CREATE INDEX "Application_applicantId_idx" ON "Application"("applicantId");

-- CreateIndex
CREATE INDEX "Application_districtCode_status_idx" ON "Application"("districtCode", "status");

-- CreateIndex
CREATE INDEX "Application_status_decisionDueOn_idx" ON "Application"("status", "decisionDueOn");

-- CreateIndex
CREATE INDEX "ApplicationStatusChange_applicationId_at_idx" ON "ApplicationStatusChange"("applicationId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "FamilyMember_applicationId_fin_key" ON "FamilyMember"("applicationId", "fin");

-- CreateIndex
CREATE INDEX "DeclaredIncome_applicationId_idx" ON "DeclaredIncome"("applicationId");

-- CreateIndex
CREATE INDEX "DeclaredAsset_applicationId_idx" ON "DeclaredAsset"("applicationId");

-- CreateIndex
CREATE INDEX "CaseNote_applicationId_createdAt_idx" ON "CaseNote"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "AgencyRequest_applicationId_agency_idx" ON "AgencyRequest"("applicationId", "agency");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyResult_applicationId_agency_memberFin_key" ON "AgencyResult"("applicationId", "agency", "memberFin");

-- CreateIndex
CREATE INDEX "Inspection_inspectorId_scheduledFor_idx" ON "Inspection"("inspectorId", "scheduledFor");

-- CreateIndex
CREATE UNIQUE INDEX "Inspection_applicationId_attempt_key" ON "Inspection"("applicationId", "attempt");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_supersedesId_key" ON "Decision"("supersedesId");

-- CreateIndex
CREATE INDEX "Decision_applicationId_createdAt_idx" ON "Decision"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseReview_status_applicationId_idx" ON "CaseReview"("status", "applicationId");

-- CreateIndex
CREATE INDEX "Appeal_status_idx" ON "Appeal"("status");

-- CreateIndex
CREATE UNIQUE INDEX "BankAccountOrder_decisionId_key" ON "BankAccountOrder"("decisionId");

-- CreateIndex
CREATE UNIQUE INDEX "BankAccountOrder_idempotencyKey_key" ON "BankAccountOrder"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_providerId_key" ON "Notification"("providerId");

-- CreateIndex
CREATE INDEX "Notification_applicationId_kind_idx" ON "Notification"("applicationId", "kind");

-- CreateIndex
CREATE INDEX "Notification_recipient_createdAt_idx" ON "Notification"("recipient", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Parameter_code_validFrom_key" ON "Parameter"("code", "validFrom");

-- CreateIndex
CREATE INDEX "AuditLog_applicationId_at_idx" ON "AuditLog"("applicationId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorUserId_at_idx" ON "AuditLog"("actorUserId", "at");

-- AddForeignKey
ALTER TABLE "District" ADD CONSTRAINT "District_economicRegionCode_fkey" FOREIGN KEY ("economicRegionCode") REFERENCES "EconomicRegion"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_districtCode_fkey" FOREIGN KEY ("districtCode") REFERENCES "District"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_districtCode_fkey" FOREIGN KEY ("districtCode") REFERENCES "District"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStatusChange" ADD CONSTRAINT "ApplicationStatusChange_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyMember" ADD CONSTRAINT "FamilyMember_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclaredIncome" ADD CONSTRAINT "DeclaredIncome_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclaredAsset" ADD CONSTRAINT "DeclaredAsset_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyRequest" ADD CONSTRAINT "AgencyRequest_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyResult" ADD CONSTRAINT "AgencyResult_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_inspectorId_fkey" FOREIGN KEY ("inspectorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_supervisorId_fkey" FOREIGN KEY ("supervisorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankAccountOrder" ADD CONSTRAINT "BankAccountOrder_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankAccountOrder" ADD CONSTRAINT "BankAccountOrder_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Parameter" ADD CONSTRAINT "Parameter_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
