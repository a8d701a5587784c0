package dev.observatory.slo.source;

import static dev.observatory.slo.source.TestSources.API;
import static dev.observatory.slo.source.TestSources.CHECKOUT;
import static dev.observatory.slo.source.TestSources.slo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.source.SliSelection.Match;
import dev.observatory.slo.source.SliSelection.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class SliSelectionTest {
  private final SliSelection selection = TestSources.selection();

  @Test
  void feedsAreInSloIdOrderWithShorthandsExpanded() {
    assertThat(selection.feeds()).extracting(SliSelection.Feed::slo).containsExactly(CHECKOUT, API);
    assertThat(selection.feeds().get(0).total().toString()).startsWith("traces_span_metrics_calls_total{");
    assertThat(selection.feeds().get(0).partIsBad()).isTrue();
    assertThat(selection.feeds().get(1).partIsBad()).isFalse();
  }

  @Test
  void anErrorSeriesCountsAsTotalAndBadOfTheAvailabilitySlo() {
    Labels labels = Labels.of("service_name", "checkout", "span_name", TestSources.SPAN, "span_kind", "SPAN_KIND_SERVER", "status_code", "STATUS_CODE_ERROR");

    assertThat(selection.match("traces_span_metrics_calls_total", labels)).containsExactly(new Match(0, Role.TOTAL), new Match(0, Role.BAD));
    assertThat(selection.match("traces_span_metrics_calls_total", Labels.of("service_name", "checkout"))).isEmpty();
  }

  @Test
  void aNameMatcherAndARegexSelectLikePromql() {
    assertThat(selection.match("http_requests_total", Labels.of("job", "api", "code", "200"))).containsExactly(new Match(1, Role.TOTAL), new Match(1, Role.GOOD));
    assertThat(selection.match("http_requests_total", Labels.of("job", "api", "code", "500"))).containsExactly(new Match(1, Role.TOTAL));
    assertThat(selection.match("http_requests_total", Labels.of("job", "web", "code", "200"))).isEmpty();
    assertThat(selection.match("http_requests_created", Labels.of("job", "api", "code", "200"))).isEmpty();
  }

  @Test
  void promqlSlisAreSkippedWithAReason() {
    SliSelection withPromql = SliSelection.of(List.of(
        slo(new SloId("search", "ratio"), new Sli.Promql("sum(rate(errors[{{.window}}])) / sum(rate(all[{{.window}}]))", null, null)),
        slo(CHECKOUT, new Sli.Availability("checkout", TestSources.SPAN))));

    assertThat(withPromql.feeds()).extracting(SliSelection.Feed::slo).containsExactly(CHECKOUT);
    assertThat(withPromql.skipped()).singleElement().satisfies(s -> {
      assertThat(s.slo()).isEqualTo(new SloId("search", "ratio"));
      assertThat(s.reason()).contains("raw PromQL");
    });
  }
}
