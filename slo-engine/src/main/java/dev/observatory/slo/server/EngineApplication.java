package dev.observatory.slo.server;

import com.codahale.metrics.health.HealthCheck;
import dev.observatory.slo.store.EngineDatabase;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The composition root of the engine server: resources, health checks and the cycle's schedule. */
final class EngineApplication extends Application<EngineConfiguration> {
  private final Engine engine;
  private final EngineDatabase database;

  EngineApplication(Engine engine, EngineDatabase database) {
    this.engine = engine;
    this.database = database;
  }

  @Override
  public String getName() {
    return "observatory-engine";
  }

  @Override
  public void run(EngineConfiguration configuration, Environment environment) {
    EngineOptions options = configuration.options();
    environment.jersey().register(new SloResource(engine, database.jdbi()));
    environment.jersey().register(new PageResource(engine));
    environment.jersey().register(new ReportResource(engine, database.jdbi()));
    environment.healthChecks().register("database", new HealthCheck() {
      @Override
      protected Result check() throws Exception {
        database.ping();
        return Result.healthy(database.toString());
      }
    });
    environment.healthChecks().register(engine.sourceName(), new HealthCheck() {
      @Override
      protected Result check() {
        var errors = engine.lastSourceErrors();
        return errors.isEmpty() ? Result.healthy("the " + engine.sourceName() + " source answered its last read") : Result.unhealthy(String.join("; ", errors));
      }
    });
    environment.lifecycle().manage(new Cycle(engine, options.scrapeInterval()));
  }

  /** Runs a cycle every interval, on one thread, from server start to stop. */
  static final class Cycle implements Managed {
    private final Engine engine;
    private final Duration interval;
    private ScheduledExecutorService executor;

    Cycle(Engine engine, Duration interval) {
      this.engine = engine;
      this.interval = interval;
    }

    @Override
    public void start() {
      executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "engine-cycle");
        t.setDaemon(true);
        return t;
      });
      executor.scheduleWithFixedDelay(engine::cycle, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() throws InterruptedException {
      executor.shutdown();
      executor.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
