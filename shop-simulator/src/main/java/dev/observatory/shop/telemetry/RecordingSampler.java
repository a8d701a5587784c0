package dev.observatory.shop.telemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import java.util.List;

/**
 * Turns the delegate's DROP into RECORD_ONLY: the span is still recorded, so span processors
 * (spanmetrics) see it, but its sampled flag stays off, so exporters skip it and downstream
 * services, through {@code traceparent}, do not sample it either.
 */
final class RecordingSampler implements Sampler {

  private final Sampler delegate;

  RecordingSampler(Sampler delegate) {
    this.delegate = delegate;
  }

  /** Parent-based, with a trace-id ratio for root spans; never drops. */
  static Sampler parentBasedRatio(double ratio) {
    return new RecordingSampler(Sampler.parentBased(Sampler.traceIdRatioBased(ratio)));
  }

  @Override
  public SamplingResult shouldSample(
      Context parentContext,
      String traceId,
      String name,
      SpanKind spanKind,
      Attributes attributes,
      List<LinkData> parentLinks) {
    SamplingResult result =
        delegate.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    return result.getDecision() == SamplingDecision.DROP ? SamplingResult.recordOnly() : result;
  }

  @Override
  public String getDescription() {
    return "RecordingSampler{" + delegate.getDescription() + "}";
  }
}
