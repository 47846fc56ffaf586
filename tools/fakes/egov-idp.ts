import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import type { ServerResponse } from "node:http";
import { z } from "zod";
import { FIN_PATTERN } from "@/kernel/identity-format";
import {
  escapeHtml,
  listen,
  portFrom,
  readBody,
  runWhenMain,
  sendHtml,
  sendJson,
  type RunningServer,
} from "./http-kit";

// A local stand-in for the e-government identity service (OpenID Connect, the authorization code flow with
// PKCE), so the citizen's "Sign in with e-Gov" runs Auth.js's real OIDC code in the demo and the tests. Its
// login page asks for the FIN a real ASAN Login would have proven; everything after that is OIDC as specified:
// discovery, JWKS, an RS256 ID token with the nonce, the `fin` claim the app reads, and userinfo.

export interface EgovIdpOptions {
  port?: number;
  clientId: string;
  clientSecret: string;
  /** Origins the client may be sent back to (the app's; `localhost` and `127.0.0.1` are the same machine here). */
  appOrigins: string[];
}

interface Grant {
  clientId: string;
  redirectUri: string;
  nonce: string | null;
  codeChallenge: string;
  fin: string;
  name: string;
  expiresAt: number;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

const ZAuthorize = z.object({
  client_id: z.string(),
  redirect_uri: z.url(),
  response_type: z.literal("code"),
  scope: z.string().refine((s) => s.split(" ").includes("openid")),
  state: z.string().optional(),
  nonce: z.string().optional(),
  code_challenge: z.string().min(43),
  code_challenge_method: z.literal("S256"),
});

function signJwt(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const head = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }));
  const body = b64url(JSON.stringify(claims));
  return `${head}.${body}.${b64url(sign("sha256", Buffer.from(`${head}.${body}`), key))}`;
}

function loginPage(params: z.infer<typeof ZAuthorize>, error: string | null): string {
  const hidden = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(String(v))}">`)
    .join("");
  return `<!doctype html><html lang="az"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>e-Gov — local sign-in</title>
<body style="font:1.1rem sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem">
<h1>e-Gov</h1><p>Local stand-in for the e-government identity service: enter the FIN it would have proven.</p>
${error ? `<p role="alert" style="color:#b00">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/authorize">${hidden}
<p><label for="fin">FIN</label><br><input id="fin" name="fin" autocomplete="off" required style="font-size:1.1rem"></p>
<p><label for="name">Full name</label><br><input id="name" name="name" style="font-size:1.1rem"></p>
<p><button type="submit" name="decision" value="allow">Sign in</button> <button type="submit" name="decision" value="deny" formnovalidate>Cancel</button></p>
</form></body></html>`;
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, "cache-control": "no-store" });
  res.end();
}

export async function startEgovIdp(options: EgovIdpOptions): Promise<RunningServer & { issuer: string }> {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = randomBytes(8).toString("hex");
  const grants = new Map<string, Grant>();
  const tokens = new Map<string, { sub: string; fin: string; name: string; expiresAt: number }>();
  const allowedOrigins = new Set(
    options.appOrigins.flatMap((o) => [
      o,
      o.replace("://localhost", "://127.0.0.1"),
      o.replace("://127.0.0.1", "://localhost"),
    ]),
  );
  let issuer = "";

  const server = await listen(options.port ?? 8050, async (req, res, url) => {
    if (req.method === "GET" && url.pathname === "/health") return sendJson(res, 200, { ok: true });
    if (req.method === "GET" && url.pathname === "/.well-known/openid-configuration") {
      return sendJson(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        scopes_supported: ["openid", "profile"],
        token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
        code_challenge_methods_supported: ["S256"],
        claims_supported: ["sub", "fin", "name"],
        authorization_response_iss_parameter_supported: true,
      });
    }
    if (req.method === "GET" && url.pathname === "/jwks") {
      return sendJson(res, 200, { keys: [{ ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" }] });
    }
    if (url.pathname === "/authorize") {
      const raw =
        req.method === "POST"
          ? Object.fromEntries(new URLSearchParams(await readBody(req)))
          : Object.fromEntries(url.searchParams);
      const params = ZAuthorize.safeParse(raw);
      // An unknown client or return address gets an error page, never a redirect (an open redirector otherwise).
      if (
        !params.success ||
        params.data.client_id !== options.clientId ||
        !allowedOrigins.has(new URL(params.data.redirect_uri).origin)
      ) {
        return sendJson(res, 400, { error: "invalid_request" });
      }
      const back = new URL(params.data.redirect_uri);
      if (params.data.state) back.searchParams.set("state", params.data.state);
      back.searchParams.set("iss", issuer);
      if (req.method === "GET") return sendHtml(res, loginPage(params.data, null));
      if (raw.decision === "deny") {
        back.searchParams.set("error", "access_denied");
        return redirect(res, back.toString());
      }
      const fin = String(raw.fin ?? "")
        .trim()
        .toUpperCase();
      if (!FIN_PATTERN.test(fin))
        return sendHtml(res, loginPage(params.data, "The FIN is 7 Latin letters and digits."));
      const code = randomBytes(24).toString("base64url");
      grants.set(code, {
        clientId: params.data.client_id,
        redirectUri: params.data.redirect_uri,
        nonce: params.data.nonce ?? null,
        codeChallenge: params.data.code_challenge,
        fin,
        name: String(raw.name ?? "").trim() || fin,
        expiresAt: Date.now() + 60_000,
      });
      back.searchParams.set("code", code);
      return redirect(res, back.toString());
    }
    if (req.method === "POST" && url.pathname === "/token")
      return token(req.headers.authorization, await readBody(req), res);
    if (req.method === "GET" && url.pathname === "/userinfo") {
      const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
      const t = bearer ? tokens.get(bearer) : undefined;
      if (!t || t.expiresAt < Date.now()) return sendJson(res, 401, { error: "invalid_token" });
      return sendJson(res, 200, { sub: t.sub, fin: t.fin, name: t.name });
    }
    sendJson(res, 404, { error: "not found" });
  });
  issuer = server.url;

  function token(authorization: string | undefined, body: string, res: ServerResponse): void {
    const form = Object.fromEntries(new URLSearchParams(body));
    const basic = /^Basic (.+)$/.exec(authorization ?? "")?.[1];
    const [id, secret] = basic
      ? Buffer.from(basic, "base64").toString("utf8").split(":").map(decodeURIComponent)
      : [form.client_id, form.client_secret];
    if (id !== options.clientId || secret !== options.clientSecret)
      return sendJson(res, 401, { error: "invalid_client" });
    const grant = form.code ? grants.get(form.code) : undefined;
    if (form.code) grants.delete(form.code); // a code is good for one exchange
    const verifier = form.code_verifier ?? "";
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    if (
      form.grant_type !== "authorization_code" ||
      !grant ||
      grant.expiresAt < Date.now() ||
      grant.redirectUri !== form.redirect_uri ||
      grant.codeChallenge !== challenge
    ) {
      return sendJson(res, 400, { error: "invalid_grant" });
    }
    // A stable subject per person that is not the FIN itself.
    const sub = createHash("sha256").update(`egov:${grant.fin}`).digest("hex").slice(0, 32);
    const now = Math.floor(Date.now() / 1000);
    const accessToken = randomBytes(24).toString("base64url");
    tokens.set(accessToken, { sub, fin: grant.fin, name: grant.name, expiresAt: Date.now() + 300_000 });
    const idToken = signJwt(privateKey, kid, {
      iss: issuer,
      sub,
      aud: grant.clientId,
      iat: now,
      exp: now + 300,
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
      fin: grant.fin,
      name: grant.name,
    });
    sendJson(res, 200, {
      access_token: accessToken,
      token_type: "Bearer",
      expires_in: 300,
      id_token: idToken,
      scope: "openid profile",
    });
  }

  return { ...server, issuer };
}

runWhenMain(import.meta.url, async () => {
  const env = process.env;
  const idp = await startEgovIdp({
    port: portFrom(env.EGOV_IDP_PORT, 8050),
    clientId: env.EGOV_OIDC_CLIENT_ID ?? "vemtas-local",
    clientSecret: env.EGOV_OIDC_CLIENT_SECRET ?? "vemtas-local-secret",
    appOrigins: (env.EGOV_IDP_APP_ORIGINS ?? "http://localhost:3000").split(","),
  });
  return { server: idp, banner: `e-Gov identity stand-in (OpenID Connect) on ${idp.issuer}` };
});
