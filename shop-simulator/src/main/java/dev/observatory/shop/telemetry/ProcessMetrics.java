package dev.observatory.shop.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Process metrics from the JVM's MXBeans, named as the OpenTelemetry JVM semantic conventions
 * name them. On Prometheus:
 *
 * <ul>
 *   <li>{@code jvm_memory_used_bytes{jvm_memory_type="heap"|"non_heap"}} (gauge)
 *   <li>{@code jvm_cpu_time_seconds_total} (counter; CPU time of the whole process)
 *   <li>{@code jvm_cpu_recent_utilization} (gauge, 0 to 1 of all processors; unit "1" gets no
 *       suffix from this exporter version)
 * </ul>
 */
final class ProcessMetrics {

  static final String SCOPE = "dev.observatory.shop.telemetry.process";
  private static final AttributeKey<String> MEMORY_TYPE = AttributeKey.stringKey("jvm.memory.type");
  private static final Attributes HEAP = Attributes.of(MEMORY_TYPE, "heap");
  private static final Attributes NON_HEAP = Attributes.of(MEMORY_TYPE, "non_heap");

  private ProcessMetrics() {}

  /** Registers the callbacks; closing the returned handles unregisters them. */
  static List<AutoCloseable> register(Meter meter) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    List<AutoCloseable> handles = new ArrayList<>();
    handles.add(
        meter
            .upDownCounterBuilder("jvm.memory.used")
            .setUnit("By")
            .setDescription("Memory used, heap and non-heap.")
            .buildWithCallback(
                m -> {
                  m.record(memory.getHeapMemoryUsage().getUsed(), HEAP);
                  m.record(memory.getNonHeapMemoryUsage().getUsed(), NON_HEAP);
                }));
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      handles.add(
          meter
              .counterBuilder("jvm.cpu.time")
              .ofDoubles()
              .setUnit("s")
              .setDescription("CPU time used by the process, as reported by the JVM.")
              .buildWithCallback(m -> record(m::record, sun.getProcessCpuTime() / 1e9)));
      handles.add(
          meter
              .gaugeBuilder("jvm.cpu.recent_utilization")
              .setUnit("1")
              .setDescription("Recent CPU utilization of the process, 0 to 1 of all processors.")
              .buildWithCallback(m -> record(m::record, sun.getProcessCpuLoad())));
    }
    return handles;
  }

  /** The MXBeans answer negative values when they do not know; report nothing then. */
  private static void record(DoubleConsumer sink, double value) {
    if (value >= 0) {
      sink.accept(value);
    }
  }
}
