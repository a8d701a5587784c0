package dev.observatory.shop.telemetry;

import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.internal.process.MappableException;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * Jersey events for traced requests: keeps the exception that a mapper turned into a response
 * (for the span's exception event), and ends a span whose response filters never ran.
 */
final class ServerSpanEvents implements ApplicationEventListener {

  private static final RequestEventListener LISTENER = ServerSpanEvents::onRequestEvent;

  @Override
  public void onEvent(ApplicationEvent event) {}

  @Override
  public RequestEventListener onRequest(RequestEvent requestEvent) {
    return LISTENER;
  }

  private static void onRequestEvent(RequestEvent event) {
    ContainerRequest request = event.getContainerRequest();
    if (request == null || !(request.getProperty(ServerSpan.PROPERTY) instanceof ServerSpan span)) {
      return;
    }
    switch (event.getType()) {
      case ON_EXCEPTION -> span.failedWith(unwrap(event.getException()));
      case FINISHED -> span.endQuietly();
      default -> {}
    }
  }

  /** Jersey wraps what the resource method threw; the span should name the original. */
  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof MappableException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
