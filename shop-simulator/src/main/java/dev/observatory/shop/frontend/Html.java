package dev.observatory.shop.frontend;

/** Small helpers for the server-rendered storefront: escaping and the page frame. */
final class Html {
  private Html() {}

  static String esc(String s) {
    if (s == null) return "";
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String page(String title, String body) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s · Astronomy Shop</title>
        <style>
          body{font-family:system-ui,sans-serif;margin:0;background:#0b1020;color:#e8ecf8}
          header{padding:12px 24px;background:#141b33;display:flex;gap:24px;align-items:center}
          header a{color:#e8ecf8;text-decoration:none;font-weight:600}
          main{padding:24px;max-width:1100px;margin:auto}
          .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:16px}
          .card{background:#141b33;border-radius:8px;padding:16px}
          .card a{color:#9cc3ff}
          input,select,button{font:inherit;padding:6px;margin:4px 0}
          button{background:#4b7bec;color:white;border:0;border-radius:4px;padding:8px 16px;cursor:pointer}
          .error{background:#5c1f2a;padding:12px;border-radius:6px}
          table{border-collapse:collapse}td,th{padding:6px 12px;text-align:left}
          label{display:block}
        </style></head>
        <body><header><a href="/">🔭 Astronomy Shop</a><a href="/cart" id="cart-link">Cart</a>
        <form action="/" method="get"><input name="q" placeholder="Search telescopes, filters…" aria-label="search"></form></header>
        <main>%s</main></body></html>
        """.formatted(esc(title), body);
  }
}
