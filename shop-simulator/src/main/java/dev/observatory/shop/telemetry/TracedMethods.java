package dev.observatory.shop.telemetry;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;

/** Binds a {@link ServerSpanFilter} to each {@link Traced} resource method. */
final class TracedMethods implements DynamicFeature {

  private final Telemetry telemetry;

  TracedMethods(Telemetry telemetry) {
    this.telemetry = telemetry;
  }

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Method method = resourceInfo.getResourceMethod();
    Traced traced = method == null ? null : method.getAnnotation(Traced.class);
    if (traced == null) {
      return;
    }
    // Before authentication, so even rejected requests are traced.
    context.register(
        new ServerSpanFilter(
            telemetry.forService(traced.service()),
            traced.span(),
            route(resourceInfo.getResourceClass(), method)),
        Priorities.AUTHENTICATION - 100);
  }

  /** The route template, e.g. {@code /api/products/{id}}, from the class's and method's @Path. */
  static String route(Class<?> resource, Method method) {
    String route = join("", resource == null ? null : resource.getAnnotation(Path.class));
    route = join(route, method.getAnnotation(Path.class));
    return route.isEmpty() ? "/" : route;
  }

  private static String join(String prefix, Path path) {
    if (path == null || path.value().isEmpty() || path.value().equals("/")) {
      return prefix;
    }
    String value = path.value().startsWith("/") ? path.value() : "/" + path.value();
    return prefix + (value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
  }
}
