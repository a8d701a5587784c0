package dev.observatory.shop.load;

import java.time.Duration;
import java.util.Map;

/**
 * Applies a scenario's steps through the admin endpoint at their offsets from the start of the
 * run, printing each change. A change the shop refuses is printed and the scenario goes on.
 */
final class ScenarioRunner implements Runnable {

  private final Scenario scenario;
  private final FlagAdmin admin;
  private final RunControl control;
  private final Output output;

  ScenarioRunner(Scenario scenario, FlagAdmin admin, RunControl control, Output output) {
    this.scenario = scenario;
    this.admin = admin;
    this.control = control;
    this.output = output;
  }

  @Override
  public void run() {
    try {
      for (Scenario.Step step : scenario.steps()) {
        long at = control.start() + step.at().toNanos();
        if (at >= control.end()
            || control.ticker().sleepUntil(at, control.stopSignal())) {
          return;
        }
        for (Map.Entry<String, String> flag : step.set().entrySet()) {
          String failure = admin.set(flag.getKey(), flag.getValue());
          String when = "[" + Elapsed.format(Duration.ofNanos(control.elapsed())) + "] ";
          output.line(
              when
                  + "scenario "
                  + scenario.name()
                  + ": "
                  + (failure == null ? "set " : "could not set ")
                  + flag.getKey()
                  + " = "
                  + flag.getValue()
                  + (failure == null ? "" : ": " + failure));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lines warning about steps that fall after the end of a run of {@code duration}. */
  static java.util.List<String> warnings(Scenario scenario, Duration duration) {
    return scenario.steps().stream()
        .filter(s -> s.at().compareTo(duration) >= 0)
        .map(
            s ->
                "scenario "
                    + scenario.name()
                    + ": the step at "
                    + PrometheusDuration.format(s.at())
                    + " comes after the run ends ("
                    + PrometheusDuration.format(duration)
                    + ") and will not be applied")
        .toList();
  }
}
