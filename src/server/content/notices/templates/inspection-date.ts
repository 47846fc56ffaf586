import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template } from "./draft";

export const inspectionDateTemplate: Template<MessageData<"INSPECTION_DATE">> = {
  az: ({ date, attempt }, ctx) => {
    const visit = attempt > 1 ? "Təkrar ev baxışı" : "Ev baxışı";
    return {
      subject: `${visit}: ${formatDate(date, "az")} (${ctx.registrationNumber})`,
      paragraphs: [
        `${ctx.registrationNumber} nömrəli müraciətiniz üzrə ${visit.toLowerCase()} ${formatDate(date, "az")} tarixinə təyin edildi.`,
        "Müfəttiş ailənizin yaşayış şəraitini qeydə alacaq. Zəhmət olmasa, evdə olun və ailə üzvlərinin şəxsiyyət vəsiqələrini hazır saxlayın.",
      ],
      sms: `ÜDSY ${ctx.registrationNumber}: ${visit.toLowerCase()} ${formatDate(date, "az")} tarixindədir. Evdə olun, şəxsiyyət vəsiqələrini hazır saxlayın.`,
    };
  },
  ru: ({ date, attempt }, ctx) => {
    const visit = attempt > 1 ? "Повторное обследование" : "Обследование";
    return {
      subject: `${visit} на дому: ${formatDate(date, "ru")} (${ctx.registrationNumber})`,
      paragraphs: [
        `${visit} условий жизни вашей семьи по заявлению ${ctx.registrationNumber} назначено на ${formatDate(date, "ru")}.`,
        "Инспектор запишет условия проживания семьи. Пожалуйста, будьте дома и приготовьте удостоверения личности членов семьи.",
      ],
      sms: `АГСП ${ctx.registrationNumber}: ${visit.toLowerCase()} на дому ${formatDate(date, "ru")}. Приготовьте удостоверения личности.`,
    };
  },
  en: ({ date, attempt }, ctx) => {
    const visit = attempt > 1 ? "Second home visit" : "Home visit";
    return {
      subject: `${visit}: ${formatDate(date, "en")} (${ctx.registrationNumber})`,
      paragraphs: [
        `A ${visit.toLowerCase()} for application ${ctx.registrationNumber} is scheduled for ${formatDate(date, "en")}.`,
        "An inspector will record your family's living conditions. Please be at home and have the family members' identity cards ready.",
      ],
      sms: `TSA ${ctx.registrationNumber}: ${visit.toLowerCase()} on ${formatDate(date, "en")}. Please be at home with your identity cards ready.`,
    };
  },
};
