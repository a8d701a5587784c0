package dev.observatory.shop.email;

import dev.observatory.shop.money.Money;
import java.util.List;
import java.util.Objects;

/** Renders the "your order is confirmed" email as HTML. */
public final class ConfirmationEmail {
  private ConfirmationEmail() {}

  /**
   * The email body. {@code lines} carry unit prices; each row shows the unit price and the line's
   * subtotal. {@code shippingCost} and {@code total} are shown as given (the checkout computes
   * them). All text is escaped.
   */
  public static String render(String orderId, String trackingId, Money shippingCost, List<OrderLine> lines, Money total) {
    requireText("orderId", orderId);
    requireText("trackingId", trackingId);
    Objects.requireNonNull(shippingCost, "shippingCost");
    Objects.requireNonNull(total, "total");
    if (lines == null || lines.isEmpty()) {
      throw new IllegalArgumentException(orderId + ": a confirmation needs at least one order line");
    }
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n")
        .append("<html lang=\"en\">\n")
        .append("<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<title>Your Astronomy Shop order ").append(escape(orderId)).append("</title>\n")
        .append("</head>\n")
        .append("<body>\n")
        .append("<h1>Thank you for your order!</h1>\n")
        .append("<p>Order <strong>").append(escape(orderId)).append("</strong> is confirmed and on its way.</p>\n")
        .append("<p>Tracking number: <strong>").append(escape(trackingId)).append("</strong></p>\n")
        .append("<table>\n")
        .append("<thead><tr><th>Item</th><th>Quantity</th><th>Price</th><th>Subtotal</th></tr></thead>\n")
        .append("<tbody>\n");
    for (OrderLine line : lines) {
      html.append("<tr><td>").append(escape(line.productName()))
          .append("</td><td>").append(line.quantity())
          .append("</td><td>").append(escape(line.cost().display()))
          .append("</td><td>").append(escape(line.subtotal().display()))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n")
        .append("<tfoot>\n")
        .append("<tr><td colspan=\"3\">Shipping</td><td>").append(escape(shippingCost.display())).append("</td></tr>\n")
        .append("<tr><td colspan=\"3\"><strong>Total</strong></td><td><strong>").append(escape(total.display())).append("</strong></td></tr>\n")
        .append("</tfoot>\n")
        .append("</table>\n")
        .append("<p>Clear skies!<br>The Astronomy Shop</p>\n")
        .append("</body>\n")
        .append("</html>\n");
    return html.toString();
  }

  /** Escapes text for use in HTML element content and in quoted attribute values. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("\"" + value + "\": " + field + " must not be blank");
    }
  }
}
