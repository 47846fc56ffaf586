import { SpanStatusCode, trace, type Attributes } from "@opentelemetry/api";

// Spans go through the OpenTelemetry API, which is a no-op until `instrumentation.ts` registers a tracer
// provider (only when OTEL_EXPORTER_OTLP_ENDPOINT is set): without it, these calls cost a function call.
const tracer = trace.getTracer("vemtas");

/** Runs `work` inside a span named `name`; a thrown error marks the span failed and is rethrown. */
export async function inSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : "error" });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Marks the active span failed for an outcome that is returned rather than thrown (a tRPC error result). */
export function markActiveSpanFailed(reason: string): void {
  trace.getActiveSpan()?.setStatus({ code: SpanStatusCode.ERROR, message: reason });
}
