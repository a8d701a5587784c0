package dev.observatory.slo.server;

import io.dropwizard.core.Configuration;

/** Dropwizard's configuration, carrying the engine's options (set programmatically). */
public final class EngineConfiguration extends Configuration {
  private EngineOptions options;

  EngineOptions options() {
    return options;
  }

  void options(EngineOptions options) {
    this.options = options;
  }
}
