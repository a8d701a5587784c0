package dev.observatory.slo.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpositionParserTest {
  private static final ExpositionFormat TEXT = ExpositionFormat.PROMETHEUS_TEXT;
  private static final ExpositionFormat OM = ExpositionFormat.OPENMETRICS;

  private static Sample sample(String name, Labels labels, double value, long timestamp) {
    return new Sample(name, labels, value, timestamp, 0);
  }

  private static Sample sample(String name, Labels labels, double value) {
    return sample(name, labels, value, Sample.NO_TIMESTAMP);
  }

  static Stream<Arguments> goodPages() {
    // name, format, page, the one sample it holds (line numbers are not compared)
    return Stream.of(
        Arguments.of("a 0.0.4 counter with labels", TEXT,
            "# HELP calls_total Calls.\n# TYPE calls_total counter\ncalls_total{service_name=\"cart\",span_kind=\"SPAN_KIND_SERVER\"} 42\n",
            sample("calls_total", Labels.of("service_name", "cart", "span_kind", "SPAN_KIND_SERVER"), 42)),
        Arguments.of("a 0.0.4 timestamp is in milliseconds", TEXT,
            "up 1 1700000000123\n", sample("up", Labels.EMPTY, 1, 1_700_000_000_123L)),
        Arguments.of("an OpenMetrics timestamp is in seconds with a fraction", OM,
            "# TYPE up gauge\nup 1 1700000000.123\n# EOF\n", sample("up", Labels.EMPTY, 1, 1_700_000_000_123L)),
        Arguments.of("an OpenMetrics counter family has _total samples", OM,
            "# TYPE calls counter\n# HELP calls Calls.\ncalls_total{a=\"b\"} 7.5\n# EOF", sample("calls_total", Labels.of("a", "b"), 7.5)),
        Arguments.of("escaped quotes, backslashes and newlines in label values", TEXT,
            "m{path=\"C:\\\\dir\",msg=\"say \\\"hi\\\"\\nbye\"} 1\n", sample("m", Labels.of("path", "C:\\dir", "msg", "say \"hi\"\nbye"), 1)),
        Arguments.of("+Inf in a bucket's le label and as a value", TEXT,
            "# TYPE d histogram\nd_bucket{le=\"+Inf\"} +Inf\n", sample("d_bucket", Labels.of("le", "+Inf"), Double.POSITIVE_INFINITY)),
        Arguments.of("NaN as a value", OM, "# TYPE g gauge\ng NaN\n# EOF\n", sample("g", Labels.EMPTY, Double.NaN)),
        Arguments.of("negative and exponent values", TEXT, "g -1.5e3\n", sample("g", Labels.EMPTY, -1500)),
        Arguments.of("labels written out of order are sorted", TEXT,
            "m{z=\"1\",a=\"2\"} 3\n", sample("m", Labels.of("a", "2", "z", "1"), 3)),
        Arguments.of("a trailing comma and blanks in a 0.0.4 label set", TEXT,
            "m { a = \"1\" , } \t 3\n", sample("m", Labels.of("a", "1"), 3)),
        Arguments.of("comments, blank lines and CRLF in 0.0.4", TEXT,
            "# just a comment\n\nm 3\r\n", sample("m", Labels.EMPTY, 3)),
        Arguments.of("an OpenMetrics exemplar is skipped", OM,
            "# TYPE d histogram\nd_bucket{le=\"0.5\"} 4 # {trace_id=\"abc\"} 0.3 1700000000.5\n# EOF\n",
            sample("d_bucket", Labels.of("le", "0.5"), 4)),
        Arguments.of("OpenMetrics # UNIT is read", OM,
            "# TYPE d_seconds gauge\n# UNIT d_seconds seconds\nd_seconds 2\n# EOF\n", sample("d_seconds", Labels.EMPTY, 2)),
        Arguments.of("a metric name with colons", TEXT, "job:calls:rate5m 0.25\n", sample("job:calls:rate5m", Labels.EMPTY, 0.25)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodPages")
  void readsEveryFeatureOfBothFormats(String name, ExpositionFormat format, String page, Sample expected) {
    ParseResult result = ExpositionParser.forPages(format).parse(page);

    assertThat(result.problem()).isEmpty();
    assertThat(result.samples()).hasSize(1);
    Sample got = result.samples().get(0);
    assertThat(got.name()).isEqualTo(expected.name());
    assertThat(got.labels()).isEqualTo(expected.labels());
    assertThat(Double.valueOf(got.value())).isEqualTo(Double.valueOf(expected.value()));
    assertThat(got.timestampMillis()).isEqualTo(expected.timestampMillis());
  }

  static Stream<Arguments> badPages() {
    // name, format, page, expected problem text
    return Stream.of(
        Arguments.of("an HTML page", TEXT, "<!DOCTYPE html>\n<html><body>Login</body></html>\n",
            "line 1, column 1: this is an HTML page, not a metrics exposition"),
        Arguments.of("an HTML page after blank lines", TEXT, "\n\n  <html>\n", "line 3, column 3: this is an HTML page"),
        Arguments.of("garbage", TEXT, "up 1\n%%% what\n", "line 2, column 1: expected a metric name, found \"%%% what\""),
        Arguments.of("a value that is not a number", TEXT, "up one\n", "line 1, column 4: \"one\" is not a number"),
        Arguments.of("a page truncated inside a label value", TEXT, "up 1\nm{a=\"b", "line 2, column 5: the label value is not closed (truncated?)"),
        Arguments.of("a page truncated inside a label set", TEXT, "m{a=\"b\"", "line 1, column 8: the label set is not closed (truncated?)"),
        Arguments.of("a sample without a value", TEXT, "up\n", "line 1, column 3: expected a space between the series and its value"),
        Arguments.of("an OpenMetrics page without # EOF", OM, "# TYPE up gauge\nup 1\n", "line 2: no # EOF at the end"),
        Arguments.of("text after # EOF", OM, "# EOF\nup 1\n", "line 2: text after # EOF"),
        Arguments.of("an empty line in OpenMetrics", OM, "up 1\n\n# EOF\n", "line 2: empty line"),
        Arguments.of("an unknown escape in a label value", TEXT, "m{a=\"\\t\"} 1\n", "line 1, column 6: invalid escape \\t"),
        Arguments.of("a label that appears twice", TEXT, "m{a=\"1\",a=\"2\"} 1\n", "line 1: label a appears twice"),
        Arguments.of("an unknown type", TEXT, "# TYPE m thing\n", "\"thing\" is not a metric type of the Prometheus text format"),
        Arguments.of("a 0.0.4 type in OpenMetrics", OM, "# TYPE m untyped\n# EOF\n", "\"untyped\" is not a metric type of OpenMetrics"),
        Arguments.of("an OpenMetrics counter sample without _total", OM, "# TYPE calls counter\ncalls 3\n# EOF\n",
            "line 2, column 1: sample calls does not belong to counter calls declared on line 1 (its samples are named calls_total, calls_created)"),
        Arguments.of("a histogram bucket without le", TEXT, "# TYPE d histogram\nd_bucket 3\n", "line 2, column 1: histogram bucket d_bucket has no le label"),
        Arguments.of("a second # TYPE for a family", TEXT, "# TYPE m gauge\nm 1\n# TYPE m gauge\n", "line 3"),
        Arguments.of("an OpenMetrics family split in two", OM, "a 1\nb 1\na 2\n# EOF\n", "line 3, column 1: metric family a appears again after other families"),
        Arguments.of("an unknown comment in OpenMetrics", OM, "# hello\n# EOF\n", "line 1, column 1: unknown comment"),
        Arguments.of("text after the timestamp", TEXT, "up 1 1000 extra\n", "line 1, column 11: unexpected text after the sample"),
        Arguments.of("a timestamp that is not a number", TEXT, "up 1 soon\n", "line 1, column 6: \"soon\" is not a timestamp"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badPages")
  void badPagesGiveOneProblemNamingTheLine(String name, ExpositionFormat format, String page, String expected) {
    ParseResult result = ExpositionParser.forPages(format).parse(page);

    assertThat(result.ok()).isFalse();
    assertThat(result.samples()).isEmpty();
    assertThat(result.problem().orElseThrow().toString()).contains(expected);
  }

  @Test
  void anEmptyZeroZeroFourPageHasNoSamplesAndNoProblem() {
    ParseResult result = ExpositionParser.forPages(TEXT).parse("");

    assertThat(result.ok()).isTrue();
    assertThat(result.samples()).isEmpty();
  }

  @Test
  void samplesCarryTheirLineAndFamiliesTheirTypeAndHelp() {
    String page = "# HELP calls_total Calls \\\\ spans.\n# TYPE calls_total counter\ncalls_total{a=\"1\"} 1\ncalls_total{a=\"2\"} 2\nother 5\n";

    ParseResult result = ExpositionParser.forPages(TEXT).parse(page);

    assertThat(result.samples()).extracting(Sample::line).containsExactly(3, 4, 5);
    assertThat(result.families()).containsExactly(
        new Family("calls_total", MetricType.COUNTER, "Calls \\ spans.", null, 1),
        new Family("other", MetricType.UNKNOWN, null, null, 5));
  }

  @Test
  void histogramsAndSummariesKeepTheirSuffixedSampleNames() {
    String page = """
        # TYPE lat histogram
        lat_bucket{le="0.1"} 1
        lat_bucket{le="+Inf"} 2
        lat_sum 0.3
        lat_count 2
        lat_created 1700000000.0
        # TYPE q summary
        q{quantile="0.5"} 1
        q_sum 3
        q_count 2
        # EOF
        """;

    ParseResult result = ExpositionParser.forPages(OM).parse(page);

    assertThat(result.problem()).isEmpty();
    assertThat(result.samples()).extracting(Sample::name)
        .containsExactly("lat_bucket", "lat_bucket", "lat_sum", "lat_count", "lat_created", "q", "q_sum", "q_count");
    assertThat(result.families()).extracting(Family::type).containsExactly(MetricType.HISTOGRAM, MetricType.SUMMARY);
  }

  @Test
  void aHistoryFileWithSamplesOutOfOrderFailsNamingTheLine() {
    String file = "# TYPE c counter\nc_total 1 60\nc_total 2 120\nc_total 3 90\n# EOF\n";

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(ExpositionException.class)
        .hasMessageStartingWith("line 4, column 9: sample of c_total{} at 90000 ms is not after the previous one at 120000 ms");
  }

  @Test
  void aHistoryFileNeedsTimestamps() {
    assertThatThrownBy(() -> read("c_total 1\n# EOF\n")).hasMessageStartingWith("line 1, column 9: a history sample needs a timestamp");
  }

  @Test
  void aHistoryFileWithoutEofFailsNamingTheLastLine() {
    assertThatThrownBy(() -> read("c_total 1 60\nc_total 2 120\n")).hasMessageStartingWith("line 2: no # EOF at the end");
  }

  @Test
  void aHistoryFileStreamsItsSamplesInFileOrder() throws Exception {
    List<Sample> samples = read("# TYPE c counter\nc_total{x=\"1\"} 1 60\nc_total{x=\"2\"} 5 60\nc_total{x=\"1\"} 2 120.5\n# EOF\n");

    assertThat(samples).extracting(Sample::timestampMillis).containsExactly(60_000L, 60_000L, 120_500L);
    assertThat(samples).extracting(Sample::value).containsExactly(1.0, 5.0, 2.0);
  }

  private static List<Sample> read(String file) throws Exception {
    List<Sample> samples = new ArrayList<>();
    ExpositionParser.forHistory().read(new BufferedReader(new StringReader(file)), new ExpositionSink() {
      @Override
      public void family(Family family) {}

      @Override
      public void sample(Sample sample) {
        samples.add(sample);
      }
    });
    return samples;
  }
}
