import type { DecisionLetterData, DecisionLetterSource } from "@/server/services/applications/get-decision-letter";
import type { DecisionLetterContent } from "./decision-letter-content";

// Letters as getDecisionLetter returns them, for the content and PDF tests and the benchmark.

export const assignedLetter: DecisionLetterData = {
  locale: "ru",
  registrationNumber: "VEM-2026-000123",
  applicationDate: "2026-03-02",
  addressee: "Məmmədova Aynur Rauf qızı",
  address: "Bakı, Füzuli küç. 12, mənzil 4, Nəsimi",
  issuingDistrict: "Насиминский район",
  decision: {
    outcome: "ASSIGN",
    decidedOn: "2026-03-20",
    memberCount: 4,
    criterionQepik: 30_000,
    incomeQepik: 89_600,
    amountQepik: 3_040_050,
    periodFrom: "2026-04-01",
    periodTo: "2027-03-31",
    effectiveFrom: null,
    reasons: [],
  },
  change: null,
  appeal: null,
};

export const refusedLetter: DecisionLetterData = {
  locale: "az",
  registrationNumber: "VEM-2026-000456",
  applicationDate: "2026-03-02",
  addressee: "Əliyev Şəhriyar Ağa oğlu",
  address: "Gəncə, Nizami küç. 5",
  issuingDistrict: "Gəncə şəhəri",
  decision: {
    outcome: "REFUSE",
    decidedOn: "2026-03-20",
    memberCount: null,
    criterionQepik: null,
    incomeQepik: null,
    amountQepik: null,
    periodFrom: null,
    periodTo: null,
    effectiveFrom: null,
    reasons: ["Ailənin adına minik avtomobili qeydiyyatdadır.", "Ailənin gəliri ehtiyac meyarından yüksəkdir."],
  },
  change: null,
  appeal: null,
};

/**
 * The rows getDecisionLetter reads for a family that applied in Azerbaijani, appealed its refusal from the Russian
 * page and was answered: the supervisor's answer (an upheld refusal, with the explanation written in Russian) is the
 * latest final decision. Reasons are stored in all three languages, as the engine writes them.
 */
export const answeredInRussian: DecisionLetterSource = {
  registrationNumber: "VEM-2026-000789",
  applicationDate: new Date("2026-03-02T00:00:00Z"),
  locale: "az",
  address: "Bakı, Füzuli küç. 12, mənzil 4",
  district: { nameAz: "Nəsimi rayonu", nameRu: "Насиминский район", nameEn: "Nasimi District" },
  members: [
    { fin: "7XYZ89K", firstName: "Aynur", lastName: "Məmmədova", patronymic: "Rauf qızı", relation: "APPLICANT" },
  ],
  decisions: [
    {
      id: "answer",
      outcome: "REFUSE",
      createdAt: new Date("2026-04-24T07:00:00Z"),
      memberCount: null,
      criterionQepik: null,
      incomeQepik: null,
      amountQepik: null,
      periodFrom: null,
      periodTo: null,
      effectiveFrom: null,
      reasons: [
        {
          code: "MOTOR_VEHICLE",
          message: {
            az: "Ailənin adına minik avtomobili qeydiyyatdadır.",
            ru: "На семью зарегистрирован легковой автомобиль.",
            en: "A passenger car is registered to the family.",
          },
        },
        {
          code: "APPEAL_ANSWER",
          // The supervisor's explanation, written in the appeal's language and stored as written for every locale.
          message: {
            az: "Автомобиль по-прежнему числится за семьёй.",
            ru: "Автомобиль по-прежнему числится за семьёй.",
            en: "Автомобиль по-прежнему числится за семьёй.",
          },
        },
      ],
    },
  ],
  // Filed just before midnight UTC, which is already 10 April in Baku.
  appeals: [
    {
      answerDecisionId: "answer",
      submittedAt: new Date("2026-04-09T21:30:00Z"),
      answeredAt: new Date("2026-04-24T07:00:00Z"),
      locale: "ru",
    },
  ],
};

/** Every line of text the letter holds, in reading order, as the blocks give it. */
export function letterTexts(content: DecisionLetterContent): string[] {
  return content.blocks.flatMap((b) => {
    switch (b.kind) {
      case "letterhead":
        return [b.organisation, b.system];
      case "fields":
        return b.rows.map((r) => `${r.label}: ${r.value}`);
      case "title":
      case "paragraph":
        return [b.text];
      case "reasons":
        return [b.heading, ...b.items.map((item, i) => `${i + 1}. ${item}`)];
    }
  });
}
