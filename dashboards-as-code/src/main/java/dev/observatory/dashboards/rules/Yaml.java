package dev.observatory.dashboards.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A tiny block-style YAML writer for generated files: maps keep the order they were built in
 * (callers use sorted maps where order is data), multi-line strings become literal blocks, and
 * any scalar that plain YAML could misread is double-quoted.
 */
final class Yaml {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9_./:-]*");
  private static final Pattern RESERVED = Pattern.compile("(?i)y|n|yes|no|true|false|on|off|null|~");

  private Yaml() {}

  /** The document for {@code root}, after header comment lines. */
  static String write(List<String> header, Map<String, ?> root) {
    StringBuilder out = new StringBuilder();
    for (String line : header) out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    map(out, root, 0);
    return out.toString();
  }

  private static void map(StringBuilder out, Map<String, ?> map, int indent) {
    for (Map.Entry<String, ?> e : map.entrySet()) {
      out.append(" ".repeat(indent)).append(scalar(e.getKey())).append(':');
      value(out, e.getValue(), indent);
    }
  }

  private static void value(StringBuilder out, Object value, int indent) {
    if (value instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append(" {}\n");
        return;
      }
      out.append('\n');
      @SuppressWarnings("unchecked")
      Map<String, ?> typed = (Map<String, ?>) m;
      map(out, typed, indent + 2);
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append(" []\n");
        return;
      }
      out.append('\n');
      for (Object item : list) {
        out.append(" ".repeat(indent + 2)).append("-");
        if (item instanceof Map<?, ?> m && !m.isEmpty()) {
          // The first key goes on the dash's line; the rest align under it.
          @SuppressWarnings("unchecked")
          Map<String, ?> typed = (Map<String, ?>) m;
          StringBuilder inner = new StringBuilder();
          map(inner, typed, indent + 4);
          out.append(' ').append(inner.substring(indent + 4));
        } else {
          value(out, item, indent + 2);
        }
      }
    } else if (value instanceof String s && s.contains("\n")) {
      String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
      out.append(" |").append(s.endsWith("\n") ? "" : "-").append('\n');
      for (String line : body.split("\n", -1)) {
        out.append(line.isEmpty() ? "" : " ".repeat(indent + 2) + line).append('\n');
      }
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  static String scalar(Object value) {
    if (value instanceof Number n) return n.toString();
    String s = String.valueOf(value);
    if (PLAIN.matcher(s).matches() && !RESERVED.matcher(s).matches()) return s;
    StringBuilder q = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\t' -> q.append("\\t");
        default -> q.append(c);
      }
    }
    return q.append('"').toString();
  }
}
