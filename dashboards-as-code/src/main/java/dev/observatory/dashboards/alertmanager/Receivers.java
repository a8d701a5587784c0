package dev.observatory.dashboards.alertmanager;

/**
 * The webhooks that receive every SLO's page and ticket notifications, as given on the command
 * line. A {@code null} URL stands for "not given": the config then points at a placeholder on
 * the discard port of the local host ({@value #PLACEHOLDER_PAGE}, {@value #PLACEHOLDER_TICKET}),
 * which keeps the file valid for {@code amtool check-config} and delivers nothing. An SLO whose
 * spec names its own webhook for a severity gets that webhook instead, whatever is given here.
 */
public record Receivers(String pageWebhook, String ticketWebhook) {
  /** Where page notifications go when no page webhook is given: port 9 (discard) of the local host. */
  public static final String PLACEHOLDER_PAGE = "http://127.0.0.1:9/page";
  /** Where ticket notifications go when no ticket webhook is given. */
  public static final String PLACEHOLDER_TICKET = "http://127.0.0.1:9/ticket";

  /** Placeholders for both: a valid config that delivers nowhere. */
  public static final Receivers PLACEHOLDERS = new Receivers(null, null);

  public Receivers {
    check("page webhook", pageWebhook);
    check("ticket webhook", ticketWebhook);
  }

  /** The URL page notifications go to: the given one, or the placeholder. */
  public String pageUrl() {
    return pageWebhook == null ? PLACEHOLDER_PAGE : pageWebhook;
  }

  /** The URL ticket notifications go to: the given one, or the placeholder. */
  public String ticketUrl() {
    return ticketWebhook == null ? PLACEHOLDER_TICKET : ticketWebhook;
  }

  private static void check(String what, String url) {
    if (url == null) return;
    String problem = WebhookUrls.problem(url);
    if (problem != null) throw new IllegalArgumentException(what + " " + problem);
  }
}
