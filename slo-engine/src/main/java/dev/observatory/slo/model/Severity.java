package dev.observatory.slo.model;

import java.util.Locale;

/** Who an alert wakes: the pager now, or a ticket for working hours. */
public enum Severity {
  PAGE,
  TICKET;

  /** The label value used in generated rules and notifications: {@code page}, {@code ticket}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
