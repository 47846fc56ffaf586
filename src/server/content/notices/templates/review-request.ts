import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template, TemplateContext } from "./draft";

// Goes to a staff member, in the staff member's own language; it names the case, never the family. A change
// report's reassessment in review (issue 14) says so; the rest (the link, the SMS) is the chain review's.
const consoleUrl = (ctx: TemplateContext): string => `${ctx.appBaseUrl.replace(/\/+$/, "")}/staff`;

export const reviewRequestTemplate: Template<MessageData<"REVIEW_REQUEST">> = {
  az: (d, ctx) => ({
    subject: `Yoxlama tələb olunur: ${ctx.registrationNumber}`,
    paragraphs: [
      d.cause === "CHANGE_REPORT"
        ? `${ctx.registrationNumber} nömrəli müraciət üzrə ailənin bildirdiyi dəyişikliyin yenidən qiymətləndirilməsi əməkdaşın cavabını gözləyir.`
        : `${ctx.registrationNumber} nömrəli müraciət əməkdaşın yoxlamasını tələb edir.`,
      d.dueOn ? `Qərarın son tarixi: ${formatDate(d.dueOn, "az")}.` : "Zəhmət olmasa, işə tezliklə baxın.",
      `İşə baxmaq üçün: ${consoleUrl(ctx)}`,
    ],
    sms: `ÜDSY: ${ctx.registrationNumber} yoxlama tələb edir${d.dueOn ? `, son tarix ${formatDate(d.dueOn, "az")}` : ""}. ${consoleUrl(ctx)}`,
  }),
  ru: (d, ctx) => ({
    subject: `Требуется проверка: ${ctx.registrationNumber}`,
    paragraphs: [
      d.cause === "CHANGE_REPORT"
        ? `Переоценка по изменению, о котором сообщила семья (заявление ${ctx.registrationNumber}), ждёт ответа сотрудника.`
        : `Заявление ${ctx.registrationNumber} требует проверки сотрудником.`,
      d.dueOn ? `Срок решения: ${formatDate(d.dueOn, "ru")}.` : "Пожалуйста, рассмотрите дело в ближайшее время.",
      `Открыть дело: ${consoleUrl(ctx)}`,
    ],
    sms: `АГСП: заявление ${ctx.registrationNumber} ждёт проверки${d.dueOn ? `, срок ${formatDate(d.dueOn, "ru")}` : ""}. ${consoleUrl(ctx)}`,
  }),
  en: (d, ctx) => ({
    subject: `Review needed: ${ctx.registrationNumber}`,
    paragraphs: [
      d.cause === "CHANGE_REPORT"
        ? `The reassessment of a change the family reported on application ${ctx.registrationNumber} waits for a staff member's answer.`
        : `Application ${ctx.registrationNumber} needs a review by a staff member.`,
      d.dueOn ? `Decision due by ${formatDate(d.dueOn, "en")}.` : "Please look at the case soon.",
      `Open the case: ${consoleUrl(ctx)}`,
    ],
    sms: `TSA: application ${ctx.registrationNumber} needs review${d.dueOn ? `, due ${formatDate(d.dueOn, "en")}` : ""}. ${consoleUrl(ctx)}`,
  }),
};
