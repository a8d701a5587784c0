package dev.observatory.shop.app;

import io.dropwizard.core.Configuration;

/** Dropwizard's configuration, carrying the shop's own options (set programmatically). */
public final class ShopConfiguration extends Configuration {
  private ShopOptions options;

  public ShopOptions options() {
    return options;
  }

  void options(ShopOptions options) {
    this.options = options;
  }
}
