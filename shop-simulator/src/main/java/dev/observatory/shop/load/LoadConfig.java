package dev.observatory.shop.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settings of one load run, validated as a whole: an invalid combination throws {@link
 * IllegalArgumentException} whose message lists every problem, one line each, naming the field
 * and the bad value ({@code users must be from 1 to 10000, got 0}). Build with {@link
 * #builder()}; every field has a default.
 *
 * @param target the shop's frontend base URL (default {@code http://127.0.0.1:8080})
 * @param admin the shop's admin base URL for fault flags (default: target's host, port 8081)
 * @param users virtual users in the closed model; in the open model, the number of distinct
 *     user ids the arrivals take turns with (default 10)
 * @param rampUp time over which the users start, evenly spaced (default 10s)
 * @param duration how long the run lasts (default 5m)
 * @param thinkTimeMin shortest pause between a user's tasks (default 1s)
 * @param thinkTimeMax longest pause between a user's tasks, uniform in between (default 3s)
 * @param arrivalRate tasks started per second regardless of response times (open model); 0
 *     means the closed model with {@code users} (default 0)
 * @param maxConcurrency open model: tasks in flight at most; an arrival finding all slots busy
 *     is dropped and counted (default 100)
 * @param maxTasks stop after this many tasks (in the open model: arrivals, dropped ones
 *     included); 0 means no limit (default 0)
 * @param scenario fault-flag changes to apply during the run (default none)
 * @param seed seed of all randomness; the same seed gives the same sequence of tasks (default 1)
 * @param reportInterval how often to print a RED line: rate, errors, latency (default 10s)
 * @param progress print a progress bar at most every second, for terminals (default false)
 * @param requestTimeout timeout of each HTTP request (default 10s)
 * @param stopGrace on stop or at the end, how long in-flight requests may take (default 5s)
 */
public record LoadConfig(
    URI target,
    URI admin,
    int users,
    Duration rampUp,
    Duration duration,
    Duration thinkTimeMin,
    Duration thinkTimeMax,
    double arrivalRate,
    int maxConcurrency,
    long maxTasks,
    Optional<Scenario> scenario,
    long seed,
    Duration reportInterval,
    boolean progress,
    Duration requestTimeout,
    Duration stopGrace) {

  static final int MAX_USERS = 10_000;
  static final double MAX_RATE = 10_000;
  static final Duration MAX_DURATION = Duration.ofDays(7);
  static final Duration MAX_PAUSE = Duration.ofHours(1);

  public LoadConfig {
    List<String> problems = new ArrayList<>();
    checkUrl("target", target, problems);
    checkUrl("admin", admin, problems);
    if (users < 1 || users > MAX_USERS) {
      problems.add("users must be from 1 to " + MAX_USERS + ", got " + users);
    }
    between("rampUp", rampUp, Duration.ZERO, MAX_DURATION, problems);
    between("duration", duration, Duration.ofMillis(1), MAX_DURATION, problems);
    between("thinkTimeMin", thinkTimeMin, Duration.ZERO, MAX_PAUSE, problems);
    between("thinkTimeMax", thinkTimeMax, Duration.ZERO, MAX_PAUSE, problems);
    if (thinkTimeMin != null && thinkTimeMax != null && thinkTimeMax.compareTo(thinkTimeMin) < 0) {
      problems.add(
          "thinkTimeMax must not be less than thinkTimeMin, got "
              + PrometheusDuration.format(thinkTimeMax)
              + " < "
              + PrometheusDuration.format(thinkTimeMin));
    }
    if (!(arrivalRate >= 0 && arrivalRate <= MAX_RATE)) {
      problems.add(
          "arrivalRate must be from 0 to " + (int) MAX_RATE + " per second, got " + arrivalRate);
    }
    if (maxConcurrency < 1 || maxConcurrency > MAX_USERS) {
      problems.add("maxConcurrency must be from 1 to " + MAX_USERS + ", got " + maxConcurrency);
    }
    if (maxTasks < 0) {
      problems.add("maxTasks must not be negative, got " + maxTasks);
    }
    if (scenario == null) {
      problems.add("scenario must be given (Optional.empty() for none)");
    }
    between("reportInterval", reportInterval, Duration.ofSeconds(1), MAX_DURATION, problems);
    between(
        "requestTimeout", requestTimeout, Duration.ofMillis(1), Duration.ofMinutes(10), problems);
    between("stopGrace", stopGrace, Duration.ZERO, Duration.ofMinutes(10), problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
  }

  /** True for the fixed-arrival-rate (open) model. */
  public boolean openModel() {
    return arrivalRate > 0;
  }

  public static Builder builder() {
    return new Builder();
  }

  private static void checkUrl(String field, URI url, List<String> problems) {
    if (url == null) {
      problems.add(field + " must be given");
    } else if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
        || url.getHost() == null) {
      problems.add(field + " must be an http:// or https:// URL with a host, got " + url);
    }
  }

  private static void between(
      String field, Duration d, Duration min, Duration max, List<String> problems) {
    if (d == null) {
      problems.add(field + " must be given");
    } else if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
      problems.add(
          field
              + " must be from "
              + PrometheusDuration.format(min)
              + " to "
              + PrometheusDuration.format(max)
              + ", got "
              + (d.isNegative() ? d.toString() : PrometheusDuration.format(d)));
    }
  }

  /** Defaults for everything; {@link #build()} validates. */
  public static final class Builder {
    private URI target = URI.create("http://127.0.0.1:8080");
    private URI admin;
    private int users = 10;
    private Duration rampUp = Duration.ofSeconds(10);
    private Duration duration = Duration.ofMinutes(5);
    private Duration thinkTimeMin = Duration.ofSeconds(1);
    private Duration thinkTimeMax = Duration.ofSeconds(3);
    private double arrivalRate;
    private int maxConcurrency = 100;
    private long maxTasks;
    private Optional<Scenario> scenario = Optional.empty();
    private long seed = 1;
    private Duration reportInterval = Duration.ofSeconds(10);
    private boolean progress;
    private Duration requestTimeout = Duration.ofSeconds(10);
    private Duration stopGrace = Duration.ofSeconds(5);

    private Builder() {}

    public Builder target(URI target) {
      this.target = target;
      return this;
    }

    /** Defaults to the target's scheme and host on port 8081. */
    public Builder admin(URI admin) {
      this.admin = admin;
      return this;
    }

    public Builder users(int users) {
      this.users = users;
      return this;
    }

    public Builder rampUp(Duration rampUp) {
      this.rampUp = rampUp;
      return this;
    }

    public Builder duration(Duration duration) {
      this.duration = duration;
      return this;
    }

    public Builder thinkTime(Duration min, Duration max) {
      this.thinkTimeMin = min;
      this.thinkTimeMax = max;
      return this;
    }

    public Builder arrivalRate(double perSecond) {
      this.arrivalRate = perSecond;
      return this;
    }

    public Builder maxConcurrency(int maxConcurrency) {
      this.maxConcurrency = maxConcurrency;
      return this;
    }

    public Builder maxTasks(long maxTasks) {
      this.maxTasks = maxTasks;
      return this;
    }

    public Builder scenario(Scenario scenario) {
      this.scenario = Optional.ofNullable(scenario);
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder reportInterval(Duration reportInterval) {
      this.reportInterval = reportInterval;
      return this;
    }

    public Builder progress(boolean progress) {
      this.progress = progress;
      return this;
    }

    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    public Builder stopGrace(Duration stopGrace) {
      this.stopGrace = stopGrace;
      return this;
    }

    public LoadConfig build() {
      return new LoadConfig(
          target,
          admin != null ? admin : defaultAdmin(target),
          users,
          rampUp,
          duration,
          thinkTimeMin,
          thinkTimeMax,
          arrivalRate,
          maxConcurrency,
          maxTasks,
          scenario,
          seed,
          reportInterval,
          progress,
          requestTimeout,
          stopGrace);
    }

    private static URI defaultAdmin(URI target) {
      if (target == null
          || target.getHost() == null
          || !("http".equals(target.getScheme()) || "https".equals(target.getScheme()))) {
        // the target's own problem is reported; a second one about the admin would be noise
        return URI.create("http://127.0.0.1:8081");
      }
      return URI.create(target.getScheme() + "://" + target.getHost() + ":8081");
    }
  }
}
