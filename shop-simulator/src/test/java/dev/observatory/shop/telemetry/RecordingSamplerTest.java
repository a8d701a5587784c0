package dev.observatory.shop.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingSamplerTest {

  private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

  private static SamplingDecision decide(double ratio, Context parent) {
    return RecordingSampler.parentBasedRatio(ratio)
        .shouldSample(parent, TRACE_ID, "span", SpanKind.SERVER, Attributes.empty(), List.of())
        .getDecision();
  }

  private static Context remoteParent(boolean sampled) {
    return Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(
        TRACE_ID, "b7ad6b7169203331",
        sampled ? TraceFlags.getSampled() : TraceFlags.getDefault(), TraceState.getDefault())));
  }

  @Test
  void aRootSpanOutsideTheRatioIsRecordedButNotSampled() {
    assertThat(decide(0.0, Context.root())).isEqualTo(SamplingDecision.RECORD_ONLY);
  }

  @Test
  void aRootSpanInsideTheRatioIsSampled() {
    assertThat(decide(1.0, Context.root())).isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
  }

  @Test
  void aChildOfAnUnsampledParentIsRecordedButNotSampledWhateverTheRatio() {
    assertThat(decide(1.0, remoteParent(false))).isEqualTo(SamplingDecision.RECORD_ONLY);
  }

  @Test
  void aChildOfASampledParentIsSampledWhateverTheRatio() {
    assertThat(decide(0.0, remoteParent(true))).isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
  }
}
