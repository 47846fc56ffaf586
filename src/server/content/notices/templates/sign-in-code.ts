import type { MessageData } from "../message-data";
import type { Template } from "./draft";

// One SMS segment in every language (tested): a code that arrives in pieces is a support call.
export const signInCodeTemplate: Template<MessageData<"SIGN_IN_CODE">> = ({ code }, _ctx, { t }) => ({
  subject: t("signInCode.subject"),
  paragraphs: [t("signInCode.code", { code }), t("signInCode.validity")],
  sms: t("signInCode.sms", { code }),
});
