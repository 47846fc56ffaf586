import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template } from "./draft";

// Sent once per assignment a month before its period ends (docs/payments.md, "What the family sees"): the family
// may apply again from its page, where the wizard opens filled in from this application.
export const periodEndingTemplate: Template<MessageData<"PERIOD_ENDING">> = {
  az: ({ periodTo }, ctx) => ({
    subject: `Yardımın müddəti bitir (${ctx.registrationNumber})`,
    paragraphs: [
      `${ctx.registrationNumber} nömrəli müraciət üzrə təyin olunmuş ünvanlı sosial yardımın müddəti ${formatDate(periodTo, "az")} tarixində bitir.`,
      'Yardımı davam etdirmək üçün yenidən müraciət edə bilərsiniz: səhifənizdə "Yenidən müraciət et" düyməsini basın, forma əvvəlki müraciətinizin məlumatları ilə doldurulmuş açılacaq.',
      ctx.applicationUrl,
    ],
    sms: `ÜDSY ${ctx.registrationNumber}: yardımın müddəti ${formatDate(periodTo, "az")} tarixində bitir. Səhifənizdən bir toxunuşla yenidən müraciət edə bilərsiniz.`,
  }),
  ru: ({ periodTo }, ctx) => ({
    subject: `Срок помощи заканчивается (${ctx.registrationNumber})`,
    paragraphs: [
      `Срок адресной социальной помощи по заявлению ${ctx.registrationNumber} заканчивается ${formatDate(periodTo, "ru")}.`,
      "Чтобы получать помощь дальше, подайте заявление снова: нажмите «Подать снова» на своей странице, форма откроется заполненной данными прошлого заявления.",
      ctx.applicationUrl,
    ],
    sms: `АГСП ${ctx.registrationNumber}: помощь заканчивается ${formatDate(periodTo, "ru")}. Подать снова можно на своей странице.`,
  }),
  en: ({ periodTo }, ctx) => ({
    subject: `Your assistance period is ending (${ctx.registrationNumber})`,
    paragraphs: [
      `The targeted social assistance assigned on application ${ctx.registrationNumber} ends on ${formatDate(periodTo, "en")}.`,
      'To keep receiving it, apply again: tap "Apply again" on your page and the form opens filled in from this application.',
      ctx.applicationUrl,
    ],
    sms: `TSA ${ctx.registrationNumber}: your assistance ends on ${formatDate(periodTo, "en")}. You can apply again with one tap on your page.`,
  }),
};
