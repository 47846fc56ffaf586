import { context, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { TracerProvider, type SpanProcessor } from "@opentelemetry/sdk-trace";

/**
 * Registers the global tracer provider with the given span processors: an OTLP exporter in the app
 * (`instrumentation.ts`), an in-memory exporter in tests. Returns the provider so a caller can flush it.
 */
export function startTracing(spanProcessors: SpanProcessor[]): TracerProvider {
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ "service.name": process.env.OTEL_SERVICE_NAME ?? "vemtas" }),
    spanProcessors,
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(provider);
  return provider;
}
