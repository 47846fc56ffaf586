import { describe, expect, it } from "vitest";
import { loadAgencyGatewayConfig } from "./config";

describe("agency gateway configuration", () => {
  it("applies the gateway-wide base URL, token and certificates, with per-agency overrides", () => {
    const files: Record<string, string> = {
      "/secrets/gw.crt": "-----BEGIN CERTIFICATE-----gw",
      "/secrets/gw.key": "-----BEGIN KEY-----gw",
    };
    const c = loadAgencyGatewayConfig(
      {
        AGENCY_GATEWAY_BASE_URL: "https://gw.example/",
        AGENCY_GATEWAY_TOKEN: "t0",
        AGENCY_GATEWAY_CERT: "/secrets/gw.crt",
        AGENCY_GATEWAY_KEY: "/secrets/gw.key",
        AGENCY_CREDIT_BUREAU_BASE_URL: "https://mkr.example",
        AGENCY_CREDIT_BUREAU_TIMEOUT_MS: "9000",
        AGENCY_CREDIT_BUREAU_CERT: "-----BEGIN CERTIFICATE-----mkr",
        AGENCY_CREDIT_BUREAU_KEY: "-----BEGIN KEY-----mkr",
      },
      (p) => files[p] ?? "",
    );
    expect(c.endpoints.population).toMatchObject({ baseUrl: "https://gw.example", token: "t0", timeoutMs: 5000 });
    expect(c.endpoints.population.tls.cert).toContain("gw");
    expect(c.endpoints["credit-bureau"]).toMatchObject({ baseUrl: "https://mkr.example", timeoutMs: 9000 });
    expect(c.endpoints["credit-bureau"].tls.cert).toContain("mkr");
  });

  it("refuses a certificate without its key, and production without a base URL", () => {
    expect(() => loadAgencyGatewayConfig({ AGENCY_GATEWAY_CERT: "-----BEGIN CERTIFICATE-----x" })).toThrow(
      /CERT and KEY/,
    );
    expect(() => loadAgencyGatewayConfig({ NODE_ENV: "production" })).toThrow(/base URL/);
    expect(loadAgencyGatewayConfig({}).endpoints.tax.baseUrl).toBe("http://127.0.0.1:8040");
  });
});
