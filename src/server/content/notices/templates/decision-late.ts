import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template } from "./draft";

// Sent by the deadline watch when the 15th working day passes without a decision (RULES.md, process).
export const decisionLateTemplate: Template<MessageData<"DECISION_LATE">> = {
  az: ({ dueOn }, ctx) => ({
    subject: `Qərar gecikir (${ctx.registrationNumber})`,
    paragraphs: [
      `${ctx.registrationNumber} nömrəli müraciətiniz üzrə qərar ${formatDate(dueOn, "az")} tarixinədək verilməli idi, lakin hələ hazır deyil.`,
      "Gecikməyə görə üzr istəyirik. İşiniz rəhbərliyin nəzarətindədir; qərar veriləndə sizə dərhal xəbər verəcəyik.",
    ],
    sms: `ÜDSY ${ctx.registrationNumber}: qərar ${formatDate(dueOn, "az")} tarixinədək verilməli idi və gecikir. İşiniz nəzarətdədir, qərarı dərhal bildirəcəyik.`,
  }),
  ru: ({ dueOn }, ctx) => ({
    subject: `Решение задерживается (${ctx.registrationNumber})`,
    paragraphs: [
      `Решение по заявлению ${ctx.registrationNumber} должно было быть принято до ${formatDate(dueOn, "ru")}, но ещё не готово.`,
      "Приносим извинения за задержку. Ваше дело на контроле руководства; о решении мы сообщим сразу.",
    ],
    sms: `АГСП ${ctx.registrationNumber}: решение задерживается (срок ${formatDate(dueOn, "ru")}). Дело на контроле, сообщим сразу.`,
  }),
  en: ({ dueOn }, ctx) => ({
    subject: `Your decision is late (${ctx.registrationNumber})`,
    paragraphs: [
      `The decision on application ${ctx.registrationNumber} was due by ${formatDate(dueOn, "en")} and is not ready yet.`,
      "We apologise for the delay. Your case is being followed by a supervisor; we will tell you as soon as it is decided.",
    ],
    sms: `TSA ${ctx.registrationNumber}: your decision was due by ${formatDate(dueOn, "en")} and is late. A supervisor follows it; we will tell you at once.`,
  }),
};
