package dev.observatory.slo.model;

import java.util.ArrayList;
import java.util.List;

/** A small recursive-descent parser for PromQL series selectors (no functions, no ranges). */
final class SelectorParser {
  private final String text;
  private int pos;

  SelectorParser(String text) {
    this.text = text == null ? "" : text;
  }

  Selector parse() {
    skipSpace();
    if (pos == text.length()) throw error("empty selector");
    String metric = null;
    if (text.charAt(pos) != '{') {
      int start = pos;
      while (pos < text.length() && isNameChar(text.charAt(pos), pos == start, true)) pos++;
      if (pos == start) throw error("expected a metric name or '{', found '" + text.charAt(pos) + "'");
      metric = text.substring(start, pos);
      skipSpace();
    }
    List<Selector.LabelMatcher> matchers = new ArrayList<>();
    if (pos < text.length() && text.charAt(pos) == '{') {
      pos++;
      skipSpace();
      while (pos < text.length() && text.charAt(pos) != '}') {
        matchers.add(matcher());
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ',') {
          pos++;
          skipSpace();
        } else if (pos < text.length() && text.charAt(pos) != '}') {
          throw error("expected ',' or '}', found '" + text.charAt(pos) + "'");
        }
      }
      if (pos == text.length()) throw error("unclosed '{'");
      pos++;
      skipSpace();
    }
    if (pos != text.length()) {
      char c = text.charAt(pos);
      throw error(c == '[' || c == '(' ? "expected a plain series selector, found '" + c + "' (functions and ranges are not selectors)" : "unexpected '" + c + "' after the selector");
    }
    try {
      return new Selector(metric, matchers);
    } catch (IllegalArgumentException e) {
      throw new SelectorSyntaxException(0, e.getMessage());
    }
  }

  private Selector.LabelMatcher matcher() {
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos), pos == start, false)) pos++;
    if (pos == start) throw error("expected a label name, found " + describe());
    String label = text.substring(start, pos);
    skipSpace();
    Selector.Op op = op();
    skipSpace();
    int valueStart = pos;
    String value = quoted();
    try {
      return new Selector.LabelMatcher(label, op, value);
    } catch (IllegalArgumentException e) {
      throw new SelectorSyntaxException(valueStart, e.getMessage());
    }
  }

  private Selector.Op op() {
    for (Selector.Op op : new Selector.Op[] {Selector.Op.NE, Selector.Op.RE, Selector.Op.NRE, Selector.Op.EQ}) {
      if (text.startsWith(op.symbol, pos)) {
        pos += op.symbol.length();
        return op;
      }
    }
    throw error("expected one of = != =~ !~, found " + describe());
  }

  private String quoted() {
    if (pos == text.length()) throw error("expected a quoted value, found the end");
    char quote = text.charAt(pos);
    if (quote != '"' && quote != '\'' && quote != '`') throw error("expected a quoted value, found " + describe());
    int start = pos++;
    StringBuilder out = new StringBuilder();
    while (pos < text.length() && text.charAt(pos) != quote) {
      char c = text.charAt(pos++);
      if (c == '\\' && quote != '`') {
        if (pos == text.length()) break;
        char e = text.charAt(pos++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case '\\', '"', '\'' -> out.append(e);
          default -> {
            // PromQL (Go) string escapes; keep regex escapes such as \. and \d as written.
            out.append('\\').append(e);
          }
        }
      } else {
        out.append(c);
      }
    }
    if (pos == text.length()) {
      pos = start;
      throw error("unterminated string");
    }
    pos++;
    return out.toString();
  }

  private static boolean isNameChar(char c, boolean first, boolean colonAllowed) {
    if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
    if (c == ':' && colonAllowed) return true;
    return !first && c >= '0' && c <= '9';
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
  }

  private String describe() {
    return pos == text.length() ? "the end" : "'" + text.charAt(pos) + "'";
  }

  private SelectorSyntaxException error(String message) {
    return new SelectorSyntaxException(pos, message);
  }
}
