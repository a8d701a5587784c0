package dev.observatory.shop.telemetry;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Server-side tracing for Jersey (Dropwizard 5): every resource method annotated with {@link
 * Traced} gets a SERVER span, child of the request's {@code traceparent}, current (and in the
 * MDC, see {@link LogContext}) while the method and the response filters run. Status ERROR on
 * 5xx, with the exception recorded when one caused it; 4xx stays UNSET, as the HTTP semantic
 * conventions say for servers.
 *
 * <p>Register once: {@code environment.jersey().register(new TracingFeature(telemetry))}.
 * Works for synchronous resource methods (the span's scope is thread-bound).
 */
public final class TracingFeature implements Feature {

  private final Telemetry telemetry;

  public TracingFeature(Telemetry telemetry) {
    this.telemetry = telemetry;
  }

  @Override
  public boolean configure(FeatureContext context) {
    context.register(new TracedMethods(telemetry));
    // Filters cannot see the exception a mapper turned into a response; the event listener can.
    context.register(new ServerSpanEvents());
    return true;
  }
}
