// Next calls `register` once per server process. Traces are exported over OTLP/HTTP only when an operator sets
// OTEL_EXPORTER_OTLP_ENDPOINT (the exporter reads it and the OTEL_EXPORTER_OTLP_* headers itself); otherwise
// the SDK is never loaded and the spans in `src/server/observability/tracing.ts` stay no-ops.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.OTEL_EXPORTER_OTLP_ENDPOINT) return;
  const [{ BatchSpanProcessor }, { OTLPTraceExporter }, { startTracing }] = await Promise.all([
    import("@opentelemetry/sdk-trace"),
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@/server/observability/start-tracing"),
  ]);
  startTracing([new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })]);
}
