package dev.observatory.shop.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A {@link HttpClient} whose calls are CLIENT spans of the calling service, children of the
 * current span, with {@code traceparent} sent along. Status ERROR on a failed exchange
 * (connection refused, timeout, ...) and on 5xx; 4xx stays UNSET, since for the shop a 4xx is
 * the callee's answer, not a failed call.
 */
public final class TracingHttpClient {

  private static final TextMapSetter<HttpRequest.Builder> HEADERS =
      (builder, key, value) -> builder.setHeader(key, value);

  private final HttpClient client;
  private final ServiceTelemetry caller;

  public TracingHttpClient(HttpClient client, ServiceTelemetry caller) {
    this.client = client;
    this.caller = caller;
  }

  /**
   * Sends the request as a CLIENT span named {@code spanName}, e.g. {@code
   * oteldemo.CartService/GetCart}.
   */
  public <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> bodyHandler, String spanName)
      throws IOException, InterruptedException {
    HttpRequest plain = request.build();
    URI uri = plain.uri();
    Span span =
        caller
            .tracer()
            .spanBuilder(spanName)
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute(HttpAttributes.REQUEST_METHOD, plain.method())
            .setAttribute(HttpAttributes.URL_FULL, uri.toString())
            .setAttribute(HttpAttributes.SERVER_ADDRESS, String.valueOf(uri.getHost()))
            .setAttribute(HttpAttributes.SERVER_PORT, (long) port(uri))
            .startSpan();
    try (Scope scope = span.makeCurrent()) {
      caller.propagator().inject(Context.current(), request, HEADERS);
      HttpResponse<T> response = client.send(request.build(), bodyHandler);
      span.setAttribute(HttpAttributes.RESPONSE_STATUS_CODE, (long) response.statusCode());
      // HTTP semantic conventions: a client span fails on 4xx and 5xx (a server span only on 5xx).
      if (response.statusCode() >= 400) {
        span.setAttribute(HttpAttributes.ERROR_TYPE, Integer.toString(response.statusCode()));
        span.setStatus(StatusCode.ERROR);
      }
      return response;
    } catch (IOException | InterruptedException | RuntimeException e) {
      span.setAttribute(HttpAttributes.ERROR_TYPE, e.getClass().getName());
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
      throw e;
    } finally {
      span.end();
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
