package dev.observatory.slo.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A PromQL series selector: {@code metric{a="x",b!="y",c=~"re",d!~"re"}}. The metric name may be
 * left out when a {@code __name__} matcher stands in for it, as in PromQL.
 */
public record Selector(String metric, List<LabelMatcher> matchers) {
  static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  public Selector {
    matchers = List.copyOf(matchers);
    if (metric != null && !METRIC_NAME.matcher(metric).matches()) {
      throw new IllegalArgumentException("\"" + metric + "\" is not a valid metric name");
    }
    if (metric == null && matchers.stream().noneMatch(m -> m.label().equals("__name__"))) {
      throw new IllegalArgumentException("a selector needs a metric name or a __name__ matcher");
    }
  }

  /** Parses PromQL selector text; the exception's {@link SelectorSyntaxException#offset()} points at the fault. */
  public static Selector parse(String text) {
    return new SelectorParser(text).parse();
  }

  /** A copy with one more matcher; an existing matcher on the same label and operator is replaced. */
  public Selector with(LabelMatcher extra) {
    List<LabelMatcher> next = new ArrayList<>();
    for (LabelMatcher m : matchers) {
      if (!(m.label().equals(extra.label()) && m.op() == extra.op())) next.add(m);
    }
    next.add(extra);
    return new Selector(metric, next);
  }

  /** The same selector on another metric name. */
  public Selector withMetric(String otherMetric) {
    return new Selector(otherMetric, matchers);
  }

  /** The matchers sorted by label then operator, for comparisons that ignore written order. */
  public List<LabelMatcher> sortedMatchers() {
    return matchers.stream()
        .sorted(Comparator.comparing(LabelMatcher::label).thenComparing(LabelMatcher::op).thenComparing(LabelMatcher::value))
        .toList();
  }

  /** PromQL text, matchers in written order. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(metric == null ? "" : metric);
    if (!matchers.isEmpty() || metric == null) {
      out.append('{');
      for (int i = 0; i < matchers.size(); i++) {
        if (i > 0) out.append(',');
        out.append(matchers.get(i));
      }
      out.append('}');
    }
    return out.toString();
  }

  /** One label matcher. Regular expressions are checked when built, fully anchored as in PromQL. */
  public record LabelMatcher(String label, Op op, String value) {
    public LabelMatcher {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(value, "value");
      if (!LABEL_NAME.matcher(label).matches()) {
        throw new IllegalArgumentException("\"" + label + "\" is not a valid label name");
      }
      if (op.regex) {
        try {
          Pattern.compile(value);
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(
              "invalid regular expression for label " + label + ": " + e.getDescription() + " near index " + e.getIndex());
        }
      }
    }

    public static LabelMatcher eq(String label, String value) {
      return new LabelMatcher(label, Op.EQ, value);
    }

    /** Whether a label value (empty when absent) satisfies this matcher, as Prometheus decides. */
    public boolean matches(String actual) {
      String v = actual == null ? "" : actual;
      return switch (op) {
        case EQ -> v.equals(value);
        case NE -> !v.equals(value);
        case RE -> Pattern.compile(value).matcher(v).matches();
        case NRE -> !Pattern.compile(value).matcher(v).matches();
      };
    }

    @Override
    public String toString() {
      return label + op.symbol + '"' + escape(value) + '"';
    }

    private static String escape(String s) {
      return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
  }

  /** The four PromQL label-matching operators. */
  public enum Op {
    EQ("=", false),
    NE("!=", false),
    RE("=~", true),
    NRE("!~", true);

    public final String symbol;
    final boolean regex;

    Op(String symbol, boolean regex) {
      this.symbol = symbol;
      this.regex = regex;
    }
  }
}
