import type { Role } from "@/kernel/session-user";

/**
 * Who may call each procedure of the root router and a well-formed input aimed at someone else's row. Read by
 * the authorization matrix and the input fuzzer; a procedure missing here fails both by name.
 */
export type Victim = { applicationId: string };
export type Access = "public" | "signedIn" | readonly Role[];
export type Entry = { access: Access; input?: (v: Victim) => unknown };

const missing = "x-does-not-exist";
export const procedures: Record<string, Entry> = {
  "auth.requestCode": { access: "public", input: () => ({ fin: "12AB", phone: "050", locale: "az" }) },
  "auth.requestPasswordReset": { access: "public", input: () => ({ email: "nobody@matrix.invalid" }) },
  "auth.passwordLink": { access: "public", input: () => ({ token: "x".repeat(43) }) },
  "auth.setPassword": { access: "public", input: () => ({ token: "x".repeat(43), password: "Matris parol 2026" }) },
  "reference.districts": { access: "public" },
  "reference.parameters": { access: ["ADMIN", "SUPERVISOR"] },
  "reference.wizardRules": { access: "public" },
  "reference.holidays": { access: ["ADMIN", "SUPERVISOR", "CASEWORKER"] },
  "application.start": { access: ["CITIZEN"], input: () => ({ locale: "az", districtCode: "BAK-NASIMI" }) },
  "application.startBlocker": { access: ["CITIZEN"], input: () => undefined },
  "application.draft": { access: ["CITIZEN"], input: (v) => ({ applicationId: v.applicationId }) },
  "application.saveDraft": {
    access: ["CITIZEN"],
    input: (v) => ({ applicationId: v.applicationId, expectedVersion: 0, draft: {} }),
  },
  "application.submit": {
    access: ["CITIZEN"],
    input: (v) => ({ applicationId: v.applicationId, expectedVersion: 0, locale: "az" }),
  },
  "application.withdraw": { access: ["CITIZEN"], input: (v) => ({ applicationId: v.applicationId }) },
  "application.appeal": {
    access: ["CITIZEN"],
    input: (v) => ({
      applicationId: v.applicationId,
      reason: "Bu qərar ailəmizin gəlirini səhv hesablayıb.",
      locale: "az",
    }),
  },
  "application.timeline": { access: ["CITIZEN"], input: (v) => ({ applicationId: v.applicationId, locale: "az" }) },
  "application.letter": {
    access: ["CITIZEN"],
    input: (v) => ({ applicationId: v.applicationId, decisionId: missing }),
  },
  "application.letterContent": {
    access: ["CITIZEN"],
    input: (v) => ({ applicationId: v.applicationId, decisionId: missing }),
  },
  "application.list": { access: "signedIn", input: () => undefined },
  "application.byId": { access: "signedIn", input: (v) => ({ applicationId: v.applicationId }) },
  "application.addNote": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: (v) => ({ applicationId: v.applicationId, text: "qeyd" }),
  },
  "assistanceYear.resendRejected": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: (v) => ({ applicationId: v.applicationId, entitlementId: missing, accountConfirmed: true }),
  },
  "assistanceYear.cancelRejected": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: (v) => ({ applicationId: v.applicationId, entitlementId: missing, reason: "PAID_OTHERWISE" }),
  },
  "assistanceYear.months": { access: "signedIn", input: (v) => ({ applicationId: v.applicationId }) },
  "assistanceYear.resume": { access: ["CITIZEN"], input: (v) => ({ applicationId: v.applicationId }) },
  "assistanceYear.resumeForFamily": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: (v) => ({
      applicationId: v.applicationId,
      note: "Ailə rayon şöbəsinə gəlib ödənişi bərpa etməyi xahiş etdi.",
    }),
  },
  "assistanceYear.applyAgain": {
    access: ["CITIZEN"],
    input: (v) => ({ applicationId: v.applicationId, locale: "az" }),
  },
  "changes.reports": { access: ["CITIZEN"], input: (v) => ({ applicationId: v.applicationId }) },
  "changes.report": {
    access: ["CITIZEN"],
    input: (v) => ({
      applicationId: v.applicationId,
      changedOn: "2026-01-05",
      change: { kind: "MEMBER_LEFT", memberFin: "5ABC7D2" },
    }),
  },
  "changes.caseReports": { access: ["CASEWORKER", "SUPERVISOR"], input: (v) => ({ applicationId: v.applicationId }) },
  "changes.reportAtOffice": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: (v) => ({
      applicationId: v.applicationId,
      changedOn: "2026-01-05",
      change: { kind: "MEMBER_LEFT", memberFin: "5ABC7D2" },
      note: "Ailə ofisə gəldi",
    }),
  },
  "changes.inReview": { access: ["CASEWORKER", "SUPERVISOR"] },
  "changes.reportFile": { access: ["CASEWORKER", "SUPERVISOR"], input: () => ({ reportId: missing }) },
  "changes.decideReport": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: () => ({
      reportId: missing,
      outcome: "REFUSE",
      reason: "Yeni gəlir həddən yuxarıdır, sənədlər təsdiqləyir.",
    }),
  },
  "changes.recordFalseInformation": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: (v) => ({
      applicationId: v.applicationId,
      what: "Gəlir gizlədilib (əmək müqaviləsi)",
      evidence: "DSMF reyestri",
      foundOn: "2026-01-05",
    }),
  },
  "changes.findings": { access: ["CASEWORKER", "SUPERVISOR"], input: (v) => ({ applicationId: v.applicationId }) },
  "changes.cardBranches": { access: ["CITIZEN"], input: (v) => ({ applicationId: v.applicationId }) },
  "changes.chooseCardBranch": {
    access: ["CITIZEN"],
    input: (v) => ({ applicationId: v.applicationId, branchCode: "GNC-01" }),
  },
  "inspection.packet": { access: ["INSPECTOR"] },
  "inspection.record": { access: ["INSPECTOR"], input: () => ({ inspectionId: missing, result: {} }) },
  "inspection.recordMissed": { access: ["INSPECTOR"], input: () => ({ inspectionId: missing, note: "evdə yox idi" }) },
  "review.queue": { access: ["CASEWORKER", "SUPERVISOR"] },
  "review.reorderBankAccount": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: (v) => ({ applicationId: v.applicationId }),
  },
  "review.caseFile": { access: ["CASEWORKER", "SUPERVISOR"], input: () => ({ reviewId: missing }) },
  "review.answer": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: () => ({ reviewId: missing, answer: "REFUSE", reason: "Gəlir həddən yuxarıdır və sənədlər təsdiqləyir." }),
  },
  "review.appeals": { access: ["SUPERVISOR"] },
  "review.appeal": { access: ["SUPERVISOR"], input: () => ({ appealId: missing }) },
  "review.answerAppeal": {
    access: ["SUPERVISOR"],
    input: () => ({
      appealId: missing,
      answer: "UPHOLD",
      correctedIncomeQepik: null,
      explanation: "Qərar qanuna uyğundur, dəyişiklik yoxdur.",
    }),
  },
  "review.reassignAppeal": { access: ["SUPERVISOR"], input: () => ({ appealId: missing, supervisorId: missing }) },
  "review.reassign": { access: ["SUPERVISOR"], input: () => ({ reviewId: missing, assigneeId: missing }) },
  "review.confirm": { access: ["SUPERVISOR"], input: () => ({ reviewId: missing, action: "CONFIRM" }) },
  "audit.list": { access: ["ADMIN", "SUPERVISOR"], input: () => ({}) },
  "operations.health": { access: ["ADMIN"] },
  "whatIf.run": { access: ["ADMIN"], input: () => ({ asOf: "2026-06-01", needCriterion: "300", reviewMargin: "5" }) },
  // Each aimed at a row that does not exist, or refused by the rules, so an allowed caller changes nothing either.
  "administration.proposeParameter": {
    access: ["ADMIN"],
    input: () => ({
      code: "NEED_CRITERION",
      validFrom: "2000-01-01",
      value: 30_000,
      lawNumber: "1039-IIQ",
      lawDate: "2005-10-21",
    }),
  },
  "administration.parameterProposals": { access: ["ADMIN"] },
  "administration.confirmParameter": { access: ["ADMIN"], input: () => ({ proposalId: missing }) },
  "administration.withdrawParameterProposal": { access: ["ADMIN"], input: () => ({ proposalId: missing }) },
  "administration.rejectParameterProposal": { access: ["ADMIN"], input: () => ({ proposalId: missing }) },
  "administration.listStaff": { access: ["ADMIN"] },
  "administration.understaffedDistricts": { access: ["ADMIN"] },
  "administration.createStaff": {
    access: ["ADMIN"],
    input: () => ({
      name: "Matris Yoxlama",
      email: "not-an-e-mail",
      role: "CASEWORKER",
      districtCode: "BAK-NASIMI",
      dailyInspectionCapacity: null,
    }),
  },
  "administration.updateStaff": {
    access: ["ADMIN"],
    input: () => ({
      userId: missing,
      account: {
        name: "Matris Yoxlama",
        email: "matrix@vemtas.local",
        role: "CASEWORKER",
        districtCode: "BAK-NASIMI",
        dailyInspectionCapacity: null,
      },
    }),
  },
  "administration.setStaffActive": { access: ["ADMIN"], input: () => ({ userId: missing, active: false }) },
  // A token that was never issued; a code that cannot be right (enrolment was never started): nothing changes.
  "staffSecurity.unlockAccount": { access: "public", input: () => ({ token: "x".repeat(43) }) },
  "staffSecurity.beginTotpEnrolment": { access: ["CASEWORKER", "SUPERVISOR", "INSPECTOR", "ADMIN"] },
  "staffSecurity.totpStatus": { access: ["ADMIN"], input: () => ({ userId: missing }) },
  "staffSecurity.resetTotp": {
    access: ["ADMIN"],
    input: () => ({ userId: missing, reason: "LOST_DEVICE", note: "Telefon itib, zəng ilə yoxlanıldı." }),
  },
  "staffSecurity.confirmTotpEnrolment": {
    access: ["CASEWORKER", "SUPERVISOR", "INSPECTOR", "ADMIN"],
    input: () => ({ code: "000000" }),
  },
  "staffSecurity.regenerateRecoveryCodes": {
    access: ["CASEWORKER", "SUPERVISOR", "INSPECTOR", "ADMIN"],
    input: () => ({ code: "000000" }),
  },
  "administration.recordAbsence": {
    access: ["ADMIN", "SUPERVISOR"],
    input: () => ({ userId: missing, kind: "LEAVE", from: "2027-01-11", to: "2027-01-12" }),
  },
  // Aimed at citizen A's district: a supervisor of another district gets NOT_FOUND, never its figures.
  "reports.programme": {
    access: ["ADMIN", "SUPERVISOR"],
    input: () => ({ from: "2026-01-01", to: "2026-06-30", district: "BAK-NASIMI" }),
  },
  "administration.sendPasswordLink": { access: ["ADMIN"], input: () => ({ userId: missing }) },
  "administration.absences": { access: ["ADMIN"], input: () => ({ userId: missing }) },
  "administration.enterHolidayYear": {
    access: ["ADMIN"],
    // Refused by the rules (a past year), so an allowed caller changes nothing.
    input: () => ({
      year: 2001,
      legalReference: "Matrix",
      days: [
        {
          date: "2001-01-01",
          kind: "HOLIDAY",
          nameAz: "Yeni il",
          nameRu: "Новый год",
          nameEn: "New Year",
          provisional: false,
        },
      ],
    }),
  },
  "administration.reassignInspection": {
    access: ["SUPERVISOR"],
    input: () => ({ inspectionId: missing, inspectorId: missing, date: "2027-01-11" }),
  },
  "workspace.caseFile": {
    access: ["CASEWORKER", "SUPERVISOR", "ADMIN"],
    input: (v) => ({ applicationId: v.applicationId }),
  },
  "workspace.caseload": { access: ["CASEWORKER", "SUPERVISOR"], input: () => ({ mine: true }) },
  "workspace.attention": { access: ["CASEWORKER", "SUPERVISOR"] },
  "workspace.requestAgencyAgain": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: (v) => ({ applicationId: v.applicationId, agency: "disability" }),
  },
  "workspace.recordAppealAtOffice": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: (v) => ({
      applicationId: v.applicationId,
      reason: "Ailə qərarla razı deyil: gəlir səhv hesablanıb.",
      note: "Ailə imzalı ərizə ilə şöbəyə gəldi",
      locale: "ru",
    }),
  },
  "workspace.setSignInPhone": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: (v) => ({ applicationId: v.applicationId, phone: "+994501112233", identityChecked: true }),
  },
  "workspace.visitCalendar": { access: ["CASEWORKER", "SUPERVISOR"], input: () => ({ inspectionId: missing }) },
  "workspace.bookVisit": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: () => ({ inspectionId: missing, inspectorId: missing, date: "2027-01-11", timeWindow: "MORNING" }),
  },
  "workspace.sendVisitToInspector": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: () => ({ inspectionId: missing, inspectorId: missing }),
  },
  "workspace.enterAgencyData": {
    access: ["CASEWORKER", "SUPERVISOR"],
    input: (v) => ({
      applicationId: v.applicationId,
      agency: "disability",
      memberFin: "",
      facts: '{"assessments":[]}',
      reason: "The commission confirmed the degree by phone.",
    }),
  },
  "workspace.decideAgencyData": {
    access: ["SUPERVISOR"],
    input: () => ({ entryId: "no-such-entry", action: "REJECT", reason: "The certificate does not match." }),
  },
  "workspace.pendingAgencyData": { access: ["CASEWORKER", "SUPERVISOR"], input: () => undefined },
};
