import type { MessageData } from "../message-data";
import type { Template } from "./draft";

// One SMS segment in every language (tested): a code that arrives in pieces is a support call.
export const signInCodeTemplate: Template<MessageData<"SIGN_IN_CODE">> = {
  az: ({ code }) => ({
    subject: "ÜDSY giriş kodu",
    paragraphs: [`Giriş kodunuz: ${code}.`, "Kod 5 dəqiqə etibarlıdır. Kodu heç kimə deməyin."],
    sms: `ÜDSY giriş kodu: ${code}. 5 dəqiqə etibarlıdır. Kodu heç kimə deməyin.`,
  }),
  ru: ({ code }) => ({
    subject: "Код входа АГСП",
    paragraphs: [`Ваш код входа: ${code}.`, "Код действует 5 минут. Никому его не сообщайте."],
    sms: `Код входа АГСП: ${code}. Действует 5 минут. Никому не сообщайте.`,
  }),
  en: ({ code }) => ({
    subject: "TSA sign-in code",
    paragraphs: [`Your sign-in code: ${code}.`, "The code is valid for 5 minutes. Do not share it with anyone."],
    sms: `TSA sign-in code: ${code}. Valid for 5 minutes. Do not share it with anyone.`,
  }),
};
