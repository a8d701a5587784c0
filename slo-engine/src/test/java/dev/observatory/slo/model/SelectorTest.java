package dev.observatory.slo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectorTest {
  @ParameterizedTest(name = "{0} parses and prints as {1}")
  @CsvSource(delimiter = '|', value = {
    "up | up",
    "http_requests_total{job=\"api\"} | http_requests_total{job=\"api\"}",
    "m{a=\"x\",b!=\"y\",c=~\"re.*\",d!~\"5..\"} | m{a=\"x\",b!=\"y\",c=~\"re.*\",d!~\"5..\"}",
    "  m { a = 'x' , } | m{a=\"x\"}",
    "{__name__=\"up\",job=\"a\"} | {__name__=\"up\",job=\"a\"}",
    "ns:metric:rate5m{le=\"0.5\"} | ns:metric:rate5m{le=\"0.5\"}",
    "m{path=\"a\\\"b\"} | m{path=\"a\\\"b\"}",
  })
  void aSelectorParsesAndPrintsBackAsPromql(String text, String printed) {
    Selector selector = Selector.parse(text);
    assertThat(selector).hasToString(printed);
    assertThat(Selector.parse(selector.toString())).isEqualTo(selector);
  }

  @ParameterizedTest(name = "{0} fails at offset {1}: {2}")
  @CsvSource(delimiter = '|', value = {
    "'' | 0 | empty selector",
    "m{a~=\"x\"} | 3 | expected one of = != =~ !~, found '~'",
    "m{a=\"x\" | 7 | unclosed '{'",
    "m{a=x} | 4 | expected a quoted value, found 'x'",
    "m{a=\"x} | 4 | unterminated string",
    "m{a=~\"(\"} | 5 | invalid regular expression for label a: Unclosed group near index 1",
    "sum(m) | 3 | expected a plain series selector, found '(' (functions and ranges are not selectors)",
    "m[5m] | 1 | expected a plain series selector, found '[' (functions and ranges are not selectors)",
    "{a=\"x\"} | 0 | a selector needs a metric name or a __name__ matcher",
    "m{1a=\"x\"} | 2 | expected a label name, found '1'",
  })
  void aBadSelectorFailsAtTheOffendingCharacter(String text, int offset, String message) {
    assertThatThrownBy(() -> Selector.parse(text))
        .isInstanceOfSatisfying(SelectorSyntaxException.class, e -> assertThat(e.offset()).isEqualTo(offset))
        .hasMessage(message);
  }
}
