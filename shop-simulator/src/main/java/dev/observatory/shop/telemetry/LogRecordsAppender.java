package dev.observatory.shop.telemetry;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.logs.Severity;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.context.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Counts Logback events into {@code log_records_total{service_name, severity}}; the service is
 * the MDC's {@code service_name} ({@link LogContext} puts it there), {@code unknown} outside
 * one; severity is the Logback level ({@code ERROR}, {@code WARN}, {@code INFO}, ...).
 *
 * <p>When the service ships logs over OTLP, the event also becomes an OpenTelemetry log record
 * of that service. Logback appends on the logging thread, so the current context, and with it
 * the record's trace and span id, is the caller's.
 */
final class LogRecordsAppender extends AppenderBase<ILoggingEvent> {

  static final String SCOPE = "dev.observatory.shop.telemetry.logs";
  static final String NAME = "observatory-log-records";
  static final String UNKNOWN_SERVICE = "unknown";
  private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service_name");
  private static final AttributeKey<String> SEVERITY = AttributeKey.stringKey("severity");
  private static final int MAX_CACHED = 1_000;

  private final LongCounter records;
  private final Function<String, io.opentelemetry.api.logs.Logger> otlpLogs;
  private final Map<String, Attributes> labels = new ConcurrentHashMap<>();
  private volatile Logger root;

  private LogRecordsAppender(
      LongCounter records, Function<String, io.opentelemetry.api.logs.Logger> otlpLogs) {
    this.records = records;
    this.otlpLogs = otlpLogs;
    setName(NAME);
  }

  /**
   * @param otlpLogs the OTLP logger of a service by name, null when it ships no logs
   */
  static LogRecordsAppender create(
      Meter meter, Function<String, io.opentelemetry.api.logs.Logger> otlpLogs) {
    return new LogRecordsAppender(
        meter
            .counterBuilder("log.records")
            .setUnit("{record}")
            .setDescription("Log records, by service and severity.")
            .build(),
        otlpLogs);
  }

  synchronized void attachTo(LoggerContext context) {
    Logger logger = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (logger.getAppender(NAME) == this) {
      return;
    }
    detach();
    setContext(context);
    start();
    logger.addAppender(this);
    root = logger;
  }

  synchronized void detach() {
    Logger logger = root;
    if (logger != null) {
      logger.detachAppender(this);
      root = null;
    }
    stop();
  }

  @Override
  protected void append(ILoggingEvent event) {
    try {
      String service = event.getMDCPropertyMap().getOrDefault("service_name", UNKNOWN_SERVICE);
      records.add(1, labels(service, event.getLevel()), Context.root());
      io.opentelemetry.api.logs.Logger otlp = otlpLogs.apply(service);
      if (otlp != null) {
        ship(otlp, event);
      }
    } catch (RuntimeException e) {
      // Counting a log line must never break logging; Logback reports appender errors itself.
      addError("could not count a log record", e);
    }
  }

  private static void ship(io.opentelemetry.api.logs.Logger otlp, ILoggingEvent event) {
    var record =
        otlp.logRecordBuilder()
            .setTimestamp(event.getTimeStamp(), TimeUnit.MILLISECONDS)
            .setContext(Context.current())
            .setSeverity(severity(event.getLevel()))
            .setSeverityText(event.getLevel().levelStr)
            .setBody(event.getFormattedMessage())
            .setAttribute("logger.name", event.getLoggerName())
            .setAttribute("thread.name", event.getThreadName());
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown instanceof ThrowableProxy proxy) {
      record.setException(proxy.getThrowable());
    }
    record.emit();
  }

  private static Severity severity(Level level) {
    return switch (level.toInt()) {
      case Level.ERROR_INT -> Severity.ERROR;
      case Level.WARN_INT -> Severity.WARN;
      case Level.INFO_INT -> Severity.INFO;
      case Level.DEBUG_INT -> Severity.DEBUG;
      case Level.TRACE_INT -> Severity.TRACE;
      default -> Severity.UNDEFINED_SEVERITY_NUMBER;
    };
  }

  private Attributes labels(String service, Level level) {
    String key = service + '\u0000' + level.levelStr;
    Attributes cached = labels.get(key);
    if (cached != null) {
      return cached;
    }
    Attributes built = Attributes.of(SERVICE_NAME, service, SEVERITY, level.levelStr);
    if (labels.size() < MAX_CACHED) {
      labels.putIfAbsent(key, built);
    }
    return built;
  }
}
