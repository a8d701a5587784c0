package dev.observatory.slo.source;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Parses one exposition line by line, keeping the state that spans lines (the current family, the
 * families declared, {@code # EOF}, and for history files each series' last timestamp). One
 * instance per page or file; not thread-safe. Errors are thrown as {@link ExpositionException};
 * the public entry points decide whether they escape.
 */
final class LineParser {
  private static final int MAX_LABELS = 64;
  private static final int WHOLE_LINE = -1;

  private final ExpositionFormat format;
  private final boolean history;
  private final ExpositionSink sink;
  private final boolean om;

  private int lineNo;
  private boolean eof;
  private String familyName;
  private MetricType familyType;
  private String familyHelp;
  private String familyUnit;
  private int familyLine;
  private boolean familyHasType;
  private boolean familyEmitted;
  private final Set<String> declared = new HashSet<>();
  private final Set<String> closedFamilies = new HashSet<>();
  private final Map<SeriesId, Long> lastTimestamps;

  // Scratch state of the line being parsed. The previous line's names and values are kept so that
  // consecutive series of a family share their strings instead of allocating new ones.
  private String line;
  private int lineStart;
  private int pos;
  private int end;
  private String[] pairs = new String[MAX_LABELS * 2];
  private String[] previousPairs = new String[MAX_LABELS * 2];
  private int previousCount;
  private String previousName = "";

  private record SeriesId(String name, Labels labels) {}

  LineParser(ExpositionFormat format, boolean history, ExpositionSink sink) {
    this.format = format;
    this.history = history;
    this.sink = sink;
    this.om = format == ExpositionFormat.OPENMETRICS;
    this.lastTimestamps = history ? new HashMap<>() : null;
  }

  /** Parses {@code text[start, end)}, one line without its line feed. */
  void line(String text, int start, int stop) {
    lineNo++;
    line = text;
    lineStart = start;
    pos = start;
    end = stop;
    if (end > start && text.charAt(end - 1) == '\r') end--;
    if (eof) throw fail(WHOLE_LINE, "text after # EOF; OpenMetrics ends with it");
    if (!om) skipBlanks();
    if (pos == end) {
      if (om) throw fail(WHOLE_LINE, "empty line; OpenMetrics allows none");
      return;
    }
    if (line.charAt(pos) == '#') {
      comment();
    } else {
      sample();
    }
  }

  /** Called after the last line. */
  void finish() {
    if (om && !eof) {
      throw new ExpositionException(new ExpositionProblem(lineNo, 0, "no # EOF at the end: an OpenMetrics exposition ends with it (truncated?)"));
    }
  }

  private void comment() {
    int start = pos;
    pos++;
    if (om) {
      if (pos == end || line.charAt(pos) != ' ') throw fail(pos, "expected \"# \" followed by HELP, TYPE, UNIT or EOF");
      pos++;
    } else {
      skipBlanks();
    }
    String keyword = word();
    switch (keyword) {
      case "EOF" -> {
        if (!om) return; // a plain comment in 0.0.4
        if (pos != end) throw fail(pos, "unexpected text after # EOF");
        eof = true;
      }
      case "TYPE", "HELP", "UNIT" -> {
        if (keyword.equals("UNIT") && !om) return;
        metadata(keyword);
      }
      default -> {
        if (om) throw fail(start, "unknown comment \"" + text(start, Math.min(end, start + 40)) + "\"; OpenMetrics allows only # HELP, # TYPE, # UNIT and # EOF");
      }
    }
  }

  private void metadata(String keyword) {
    requireSeparator("after # " + keyword);
    int nameAt = pos;
    String name = metricName();
    String rest;
    if (pos == end) {
      rest = "";
    } else {
      requireSeparator("after the metric name");
      rest = text(pos, end);
    }
    if (!name.equals(familyName)) {
      startFamily(name, nameAt);
    } else if (familyEmitted) {
      throw fail(nameAt, "# " + keyword + " for " + name + " after its samples; metadata comes first");
    }
    switch (keyword) {
      case "TYPE" -> {
        MetricType type = MetricType.named(rest.trim(), format);
        if (type == null) throw fail(pos, "\"" + rest + "\" is not a metric type of " + describeFormat());
        if (!declared.add(name)) throw fail(nameAt, "a second # TYPE line for " + name);
        familyType = type;
        familyHasType = true;
      }
      case "HELP" -> familyHelp = unescape(rest, pos, true);
      default -> familyUnit = rest;
    }
  }

  private void startFamily(String name, int column) {
    if (familyName != null) closedFamilies.add(familyName);
    if (om && closedFamilies.contains(name)) {
      throw fail(column, "metric family " + name + " appears again after other families; its lines must be together");
    }
    familyName = name;
    familyType = MetricType.UNKNOWN;
    familyHasType = false;
    familyHelp = null;
    familyUnit = null;
    familyLine = lineNo;
    familyEmitted = false;
  }

  private void sample() {
    int nameAt = pos;
    if (line.charAt(pos) == '<') {
      throw fail(pos, "this is an HTML page, not a metrics exposition: \"" + text(pos, Math.min(end, pos + 40)) + "\"");
    }
    String name = metricName();
    Labels labels = Labels.EMPTY;
    if (!om) {
      int afterName = pos;
      skipBlanks(); // 0.0.4 allows blanks between the name and its labels
      if (pos == end || line.charAt(pos) != '{') pos = afterName;
    }
    if (pos < end && line.charAt(pos) == '{') labels = labels();
    resolveFamily(name, labels, nameAt);
    requireSeparator("between the series and its value");
    int valueAt = pos;
    double value = value(token());
    long timestamp = Sample.NO_TIMESTAMP;
    if (pos < end) {
      requireSeparator("after the value");
      if (pos < end && line.charAt(pos) != '#') {
        timestamp = timestamp(token());
        if (pos < end) requireSeparator("after the timestamp");
      }
      // An OpenMetrics exemplar ("# {trace_id="..."} 1.0"): not part of the series, skipped.
      if (pos < end && !(om && line.charAt(pos) == '#')) throw fail(pos, "unexpected text after the sample: \"" + text(pos, end) + "\"");
    }
    if (history) checkOrder(name, labels, timestamp, valueAt);
    sink.sample(new Sample(name, labels, value, timestamp, lineNo));
  }

  private void resolveFamily(String name, Labels labels, int column) {
    boolean belongs = familyName != null && familyType.belongs(familyName, name, format);
    if (!belongs) {
      if (om && familyHasType && !familyEmitted) {
        throw fail(column, "sample " + name + " does not belong to " + familyType.word(format) + " " + familyName
            + " declared on line " + familyLine + " (its samples are named " + familyType.describeSamples(familyName, format) + ")");
      }
      startFamily(name, column);
    }
    if (!familyEmitted) {
      sink.family(new Family(familyName, familyType, familyHelp, familyUnit, familyLine));
      familyEmitted = true;
    }
    if (name.endsWith("_bucket") && (familyType == MetricType.HISTOGRAM || familyType == MetricType.GAUGEHISTOGRAM) && labels.get("le") == null) {
      throw fail(column, "histogram bucket " + name + " has no le label");
    }
  }

  private void checkOrder(String name, Labels labels, long timestamp, int column) {
    if (timestamp == Sample.NO_TIMESTAMP) throw fail(column, "a history sample needs a timestamp");
    Long previous = lastTimestamps.put(new SeriesId(name, labels), timestamp);
    if (previous != null && timestamp <= previous) {
      throw fail(column, "sample of " + name + labels + " at " + timestamp + " ms is not after the previous one at "
          + previous + " ms: samples of a series must be in time order");
    }
  }

  // --- tokens ---------------------------------------------------------------------------------

  private String metricName() {
    int start = pos;
    if (pos < end && isNameStart(line.charAt(pos), true)) {
      pos++;
      while (pos < end && isNameChar(line.charAt(pos), true)) pos++;
    }
    if (pos == start) {
      throw fail(start, "expected a metric name, found " + describe(start));
    }
    int length = pos - start;
    if (previousName.length() == length && line.regionMatches(start, previousName, 0, length)) return previousName;
    previousName = line.substring(start, pos);
    return previousName;
  }

  private Labels labels() {
    pos++; // '{'
    int count = 0;
    while (true) {
      if (!om) skipBlanks();
      if (pos == end) throw fail(pos, "the label set is not closed (truncated?)");
      if (line.charAt(pos) == '}') {
        pos++;
        break;
      }
      if (count == MAX_LABELS) throw fail(pos, "more than " + MAX_LABELS + " labels");
      pairs[count * 2] = labelName(count);
      if (!om) skipBlanks();
      if (pos == end || line.charAt(pos) != '=') throw fail(pos, "expected = after label " + pairs[count * 2] + ", found " + describe(pos));
      pos++;
      if (!om) skipBlanks();
      if (pos == end || line.charAt(pos) != '"') throw fail(pos, "expected a quoted value for label " + pairs[count * 2] + ", found " + describe(pos));
      pairs[count * 2 + 1] = labelValue(count);
      count++;
      if (!om) skipBlanks();
      if (pos == end) throw fail(pos, "the label set is not closed (truncated?)");
      char c = line.charAt(pos);
      if (c == ',') {
        pos++;
      } else if (c != '}') {
        throw fail(pos, "expected , or } after a label, found " + describe(pos));
      }
    }
    Labels labels = Labels.fromParsed(pairs, count);
    if (labels == null) throw fail(WHOLE_LINE, "label " + Labels.duplicateOf(pairs, count) + " appears twice");
    String[] swap = previousPairs;
    previousPairs = pairs;
    pairs = swap;
    previousCount = count;
    return labels;
  }

  private String labelName(int index) {
    int start = pos;
    if (pos < end && isNameStart(line.charAt(pos), false)) {
      pos++;
      while (pos < end && isNameChar(line.charAt(pos), false)) pos++;
    }
    if (pos == start) throw fail(start, "expected a label name, found " + describe(start));
    return reuse(start, pos, index * 2);
  }

  private String labelValue(int index) {
    int start = ++pos;
    while (pos < end) {
      char c = line.charAt(pos);
      if (c == '"') {
        String value = reuse(start, pos, index * 2 + 1);
        pos++;
        return value;
      }
      if (c == '\\') return escapedLabelValue(start);
      pos++;
    }
    throw fail(start - 1, "the label value is not closed (truncated?)");
  }

  private String escapedLabelValue(int start) {
    StringBuilder out = new StringBuilder(line.substring(start, pos));
    while (pos < end) {
      char c = line.charAt(pos);
      if (c == '"') {
        pos++;
        return out.toString();
      }
      if (c == '\\') {
        if (pos + 1 == end) break;
        char e = line.charAt(pos + 1);
        switch (e) {
          case '\\' -> out.append('\\');
          case '"' -> out.append('"');
          case 'n' -> out.append('\n');
          default -> throw fail(pos, "invalid escape \\" + e + " in a label value (only \\\\, \\\" and \\n)");
        }
        pos += 2;
      } else {
        out.append(c);
        pos++;
      }
    }
    throw fail(start - 1, "the label value is not closed (truncated?)");
  }

  /** The previous line's string at the same place when the text is the same, else a new one. */
  private String reuse(int start, int stop, int slot) {
    int length = stop - start;
    if (slot < previousCount * 2) {
      String previous = previousPairs[slot];
      if (previous.length() == length && line.regionMatches(start, previous, 0, length)) return previous;
    }
    return line.substring(start, stop);
  }

  private double value(int[] span) {
    int start = span[0];
    int stop = span[1];
    int length = stop - start;
    if (length > 0 && length <= 15) {
      long v = 0;
      int i = start;
      for (; i < stop; i++) {
        char c = line.charAt(i);
        if (c < '0' || c > '9') break;
        v = v * 10 + (c - '0');
      }
      if (i == stop) return v;
    }
    String text = text(start, stop);
    switch (om ? text : text.toLowerCase(java.util.Locale.ROOT)) {
      case "+Inf", "+inf", "inf", "+infinity", "infinity" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-Inf", "-inf", "-infinity" -> {
        return Double.NEGATIVE_INFINITY;
      }
      case "NaN", "nan" -> {
        return Double.NaN;
      }
      default -> {}
    }
    if (isDecimal(text)) {
      try {
        return Double.parseDouble(text);
      } catch (NumberFormatException e) {
        // falls through to the error below
      }
    }
    throw fail(start, "\"" + text + "\" is not a number");
  }

  private long timestamp(int[] span) {
    String text = text(span[0], span[1]);
    if (!isDecimal(text)) throw fail(span[0], "\"" + text + "\" is not a timestamp");
    try {
      if (!om) return Long.parseLong(text); // 0.0.4: integer milliseconds
      // OpenMetrics: seconds, possibly fractional; exact decimal so that 1700000000.123 is ...123 ms.
      int dot = text.indexOf('.');
      if (dot < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) return Math.multiplyExact(Long.parseLong(text), 1000L);
      return new BigDecimal(text).movePointRight(3).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw fail(span[0], "\"" + text + "\" is not a timestamp" + (om ? " in seconds" : " in milliseconds"));
    }
  }

  private static boolean isDecimal(String text) {
    if (text.isEmpty()) return false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) return false;
    }
    return true;
  }

  private final int[] span = new int[2];

  private int[] token() {
    int start = pos;
    while (pos < end && line.charAt(pos) != ' ' && line.charAt(pos) != '\t') pos++;
    if (pos == start) throw fail(start, "expected a value, found " + describe(start));
    span[0] = start;
    span[1] = pos;
    return span;
  }

  private String word() {
    int start = pos;
    while (pos < end && line.charAt(pos) != ' ' && line.charAt(pos) != '\t') pos++;
    return text(start, pos);
  }

  private void requireSeparator(String where) {
    if (pos == end || (line.charAt(pos) != ' ' && (om || line.charAt(pos) != '\t'))) {
      throw fail(pos, "expected a space " + where + ", found " + describe(pos));
    }
    pos++;
    if (!om) skipBlanks();
  }

  private void skipBlanks() {
    while (pos < end && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) pos++;
  }

  private String unescape(String text, int column, boolean help) {
    if (text.indexOf('\\') < 0) return text;
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char e = text.charAt(++i);
      switch (e) {
        case '\\' -> out.append('\\');
        case 'n' -> out.append('\n');
        case '"' -> {
          if (!om) out.append('\\');
          out.append('"');
        }
        default -> {
          if (om) throw fail(column, "invalid escape \\" + e + " in # HELP text");
          out.append('\\').append(e); // 0.0.4 keeps unknown escapes as they are
        }
      }
    }
    return out.toString();
  }

  private static boolean isNameStart(char c, boolean metric) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (metric && c == ':');
  }

  private static boolean isNameChar(char c, boolean metric) {
    return isNameStart(c, metric) || (c >= '0' && c <= '9');
  }

  private String text(int start, int stop) {
    return line.substring(start, stop);
  }

  private String describe(int at) {
    if (at >= end) return "the end of the line";
    return "\"" + text(at, Math.min(end, at + 20)) + "\"";
  }

  private String describeFormat() {
    return om ? "OpenMetrics" : "the Prometheus text format";
  }

  /** A problem at offset {@code at} of the text ({@link #WHOLE_LINE}: no column). */
  private ExpositionException fail(int at, String message) {
    int column = at == WHOLE_LINE ? 0 : at - lineStart + 1;
    return new ExpositionException(new ExpositionProblem(lineNo, column, message));
  }
}
