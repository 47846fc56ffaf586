/**
 * The messaging settings a family's notice needs to be rendered for its channel when it is queued (the senders and
 * the app's address); nothing is sent with them. Set before the app's modules read the environment.
 */
export function setNoticeRenderingEnv(): void {
  Object.assign(process.env, {
    RESEND_API_KEY: "re_test_key",
    RESEND_WEBHOOK_SECRET: "whsec_test",
    MAIL_FROM: "vemtas <no-reply@vemtas.example.az>",
    TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`,
    TWILIO_AUTH_TOKEN: "twilio-test-token",
    TWILIO_FROM: "+15005550006",
    APP_BASE_URL: "https://vemtas.example.az",
  });
}

/**
 * The messaging settings for messages actually sent, to the local messaging fake at `fakeUrl` (e-mail through its
 * Resend API): what a test that reads the fake's inbox sets before the app's modules read the environment.
 */
export function setMessagingFakeEnv(fakeUrl: string): void {
  Object.assign(process.env, {
    RESEND_API_KEY: "re_test_key",
    RESEND_WEBHOOK_SECRET: `whsec_${Buffer.from("resend-webhook-secret-for-tests!").toString("base64")}`,
    MAIL_FROM: "vemtas <no-reply@vemtas.example.az>",
    TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`,
    TWILIO_AUTH_TOKEN: "twilio-test-auth-token-0001",
    TWILIO_FROM: "+15005550006",
    APP_BASE_URL: "http://vemtas.test",
    RESEND_BASE_URL: fakeUrl,
  });
}
