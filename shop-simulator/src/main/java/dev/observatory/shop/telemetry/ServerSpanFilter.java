package dev.observatory.shop.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/** Starts a traced request's SERVER span (request filter) and ends it (response filter). */
final class ServerSpanFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final TextMapGetter<ContainerRequestContext> HEADERS =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ContainerRequestContext request) {
          return request.getHeaders().keySet();
        }

        @Override
        public String get(ContainerRequestContext request, String key) {
          return request == null ? null : request.getHeaderString(key);
        }
      };

  private final ServiceTelemetry service;
  private final String spanName;
  private final String route;

  ServerSpanFilter(ServiceTelemetry service, String spanName, String route) {
    this.service = service;
    this.spanName = spanName;
    this.route = route;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Context parent = service.propagator().extract(Context.root(), request, HEADERS);
    Span span =
        service
            .tracer()
            .spanBuilder(spanName)
            .setParent(parent)
            .setSpanKind(SpanKind.SERVER)
            .setAttribute(HttpAttributes.REQUEST_METHOD, request.getMethod())
            .setAttribute(HttpAttributes.URL_PATH, "/" + request.getUriInfo().getPath(false))
            .setAttribute(HttpAttributes.ROUTE, route)
            .startSpan();
    request.setProperty(
        ServerSpan.PROPERTY,
        new ServerSpan(
            span,
            parent.with(span).makeCurrent(),
            LogContext.forSpan(span, service.serviceName())));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(ServerSpan.PROPERTY) instanceof ServerSpan serverSpan) {
      serverSpan.end(response.getStatus());
    }
  }
}
