package dev.observatory.slo.report;

/**
 * Text escaping for the HTML outputs. The markup is also well-formed XML (XHTML-compatible:
 * closed empty elements, only the five XML entities), so tests and tools can parse it strictly.
 */
final class Html {
  private Html() {}

  /** Escapes text for element content and double- or single-quoted attribute values. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // Control characters other than tab and newlines are not allowed in XML 1.0.
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') b.append('\uFFFD');
          else b.append(c);
        }
      }
    }
    return b.toString();
  }

  /** An element id from an SLO id: letters, digits and dashes ({@code slo-checkout-place-order}). */
  static String anchor(String sloId) {
    return "slo-" + sloId.replaceAll("[^A-Za-z0-9_-]+", "-");
  }

  /** {@link #anchor} for each id, made unique with a suffix where two ids map to the same anchor. */
  static java.util.List<String> anchors(java.util.List<String> sloIds) {
    java.util.Set<String> used = new java.util.HashSet<>();
    java.util.List<String> anchors = new java.util.ArrayList<>(sloIds.size());
    for (String id : sloIds) {
      String base = anchor(id);
      String a = base;
      for (int n = 2; !used.add(a); n++) a = base + "-" + n;
      anchors.add(a);
    }
    return anchors;
  }
}
