import { visitWindowText } from "@/kernel/visit-window";
import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template } from "./draft";

/** The visit staff booked or moved by hand: the new day, the hours to be at home and the inspector who comes. */
export const visitRescheduledTemplate: Template<MessageData<"VISIT_RESCHEDULED">> = {
  az: ({ date, attempt, timeWindow, inspectorName }, ctx) => {
    const visit = attempt > 1 ? "Təkrar ev baxışı" : "Ev baxışı";
    const hours = visitWindowText(timeWindow);
    return {
      subject: `${visit}: ${formatDate(date, "az")}, ${hours} (${ctx.registrationNumber})`,
      paragraphs: [
        `${ctx.registrationNumber} nömrəli müraciətiniz üzrə ${visit.toLowerCase()} ${formatDate(date, "az")} tarixinə, saat ${hours} aralığına təyin edildi.`,
        `Sosial müfəttiş ${inspectorName} ailənizin yaşayış şəraitini qeydə alacaq. Zəhmət olmasa, bu vaxt evdə olun və ailə üzvlərinin şəxsiyyət vəsiqələrini hazır saxlayın.`,
        `Müraciətiniz: ${ctx.applicationUrl}`,
      ],
      sms: `ÜDSY ${ctx.registrationNumber}: ${visit.toLowerCase()} ${formatDate(date, "az")}, saat ${hours}, müfəttiş ${inspectorName}. Evdə olun.`,
    };
  },
  ru: ({ date, attempt, timeWindow, inspectorName }, ctx) => {
    const visit = attempt > 1 ? "Повторное обследование" : "Обследование";
    const hours = visitWindowText(timeWindow);
    return {
      subject: `${visit} на дому: ${formatDate(date, "ru")}, ${hours} (${ctx.registrationNumber})`,
      paragraphs: [
        `${visit} условий жизни вашей семьи по заявлению ${ctx.registrationNumber} назначено на ${formatDate(date, "ru")}, с ${hours.replace("–", " до ")}.`,
        `Социальный инспектор ${inspectorName} запишет условия проживания семьи. Пожалуйста, будьте в это время дома и приготовьте удостоверения личности членов семьи.`,
        `Ваше заявление: ${ctx.applicationUrl}`,
      ],
      sms: `АГСП ${ctx.registrationNumber}: ${visit.toLowerCase()} ${formatDate(date, "ru")}, ${hours}, инспектор ${inspectorName}. Будьте дома.`,
    };
  },
  en: ({ date, attempt, timeWindow, inspectorName }, ctx) => {
    const visit = attempt > 1 ? "Second home visit" : "Home visit";
    const hours = visitWindowText(timeWindow);
    return {
      subject: `${visit}: ${formatDate(date, "en")}, ${hours} (${ctx.registrationNumber})`,
      paragraphs: [
        `The ${visit.toLowerCase()} for application ${ctx.registrationNumber} is now booked for ${formatDate(date, "en")}, between ${hours.replace("–", " and ")}.`,
        `Social inspector ${inspectorName} will record your family's living conditions. Please be at home at that time and have the family members' identity cards ready.`,
        `Your application: ${ctx.applicationUrl}`,
      ],
      sms: `TSA ${ctx.registrationNumber}: ${visit.toLowerCase()} on ${formatDate(date, "en")}, ${hours}, inspector ${inspectorName}. Please be at home.`,
    };
  },
};
