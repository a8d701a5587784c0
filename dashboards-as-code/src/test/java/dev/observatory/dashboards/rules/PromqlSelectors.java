package dev.observatory.dashboards.rules;

import dev.observatory.slo.model.Selector;
import java.util.Set;
import java.util.TreeSet;

/**
 * The series selectors inside a PromQL expression, normalised (metric, then matchers sorted) so
 * that two generators' expressions can be compared by what they select, not how they are written.
 * A small scanner, enough for rule expressions: skips strings, ranges, function names, keywords
 * and the label lists of {@code by}, {@code without}, {@code on}, {@code ignoring}, {@code group_*}.
 */
final class PromqlSelectors {
  private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left", "group_right", "inf", "nan");
  private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

  private PromqlSelectors() {}

  static Set<String> of(String expr) {
    Set<String> out = new TreeSet<>();
    int i = 0;
    int n = expr.length();
    while (i < n) {
      char c = expr.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = skipString(expr, i);
      } else if (c == '[') {
        i = expr.indexOf(']', i) + 1;
      } else if (c == '{') {
        int end = expr.indexOf('}', i);
        out.add(normalise(expr.substring(i, end + 1)));
        i = end + 1;
      } else if (Character.isLetter(c) || c == '_' || c == ':') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(expr.charAt(j)) || expr.charAt(j) == '_' || expr.charAt(j) == ':')) j++;
        String word = expr.substring(i, j);
        int k = j;
        while (k < n && Character.isWhitespace(expr.charAt(k))) k++;
        if (LABEL_LISTS.contains(word.toLowerCase())) {
          i = k < n && expr.charAt(k) == '(' ? expr.indexOf(')', k) + 1 : k;
        } else if (KEYWORDS.contains(word.toLowerCase()) || (k < n && expr.charAt(k) == '(')) {
          i = j;
        } else if (k < n && expr.charAt(k) == '{') {
          int end = expr.indexOf('}', k);
          out.add(normalise(word + expr.substring(k, end + 1)));
          i = end + 1;
        } else {
          out.add(normalise(word));
          i = j;
        }
      } else if (Character.isDigit(c) || c == '.') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(expr.charAt(j)) || expr.charAt(j) == '.')) j++;
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  private static String normalise(String text) {
    Selector s = Selector.parse(text);
    return new Selector(s.metric(), s.sortedMatchers()).toString();
  }

  private static int skipString(String expr, int start) {
    char quote = expr.charAt(start);
    int i = start + 1;
    while (i < expr.length() && expr.charAt(i) != quote) i += expr.charAt(i) == '\\' ? 2 : 1;
    return i + 1;
  }
}
