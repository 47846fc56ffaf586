import "server-only";
import type { Provider } from "next-auth/providers";

/**
 * The e-government identity service (OpenID Connect), used in production instead of SMS codes. Off unless
 * EGOV_OIDC_ISSUER, EGOV_OIDC_CLIENT_ID and EGOV_OIDC_CLIENT_SECRET are all set.
 */
export function egovProvider(): Provider[] {
  const issuer = process.env.EGOV_OIDC_ISSUER;
  const clientId = process.env.EGOV_OIDC_CLIENT_ID;
  const clientSecret = process.env.EGOV_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    { id: "egov", name: "e-Gov", type: "oidc", issuer, clientId, clientSecret, checks: ["pkce", "state", "nonce"] },
  ];
}

export function egovEnabled(): boolean {
  return egovProvider().length > 0;
}
