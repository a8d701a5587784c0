package dev.observatory.shop.telemetry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Jersey resource method whose requests get a SERVER span, with {@link TracingFeature}
 * registered: {@code @Traced(service = "cart", span = "oteldemo.CartService/AddItem")}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Traced {

  /** The {@code service.name} whose tracer (and spanmetrics) the span belongs to. */
  String service();

  /** The span name, as in the OpenTelemetry demo. */
  String span();
}
