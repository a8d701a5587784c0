package dev.observatory.slo.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium opens the engine's status page and finds every SLO with its budget and alert state. */
class StatusPageBrowserTest {
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final String SPEC = """
      apiVersion: observatory/v1
      service: checkout
      slos:
        - name: place-order-availability
          objective: 99.9
          sli: {availability: {spanName: oteldemo.CheckoutService/PlaceOrder}}
        - name: ship-order-availability
          objective: 99
          sli: {availability: {spanName: oteldemo.ShippingService/ShipOrder}}
        - name: quiet
          objective: 99
          sli: {availability: {spanName: nobody/CallsThis}}
      """;
  @TempDir Path dir;
  FakeTarget target;
  EngineServer engine;
  WebDriver browser;

  @AfterEach
  void stop() throws Exception {
    if (browser != null) browser.quit();
    if (engine != null) engine.close();
    if (target != null) target.close();
  }

  @Test
  void theStatusPageShowsEverySloWithItsBudgetAndAlertState() throws Exception {
    boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    if (!"true".equals(System.getenv("CI"))) Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
    assertThat(installed).as("CI must install chromium and chromium-driver (.ci/run)").isTrue();

    target = new FakeTarget();
    Path spec = Files.writeString(dir.resolve("checkout.yaml"), SPEC);
    MutableClock clock = new MutableClock();
    engine = EngineServer.start(new EngineOptions(List.of(spec), "127.0.0.1", 0, 0, List.of(target.metrics()), Duration.ofMinutes(1),
        dir.resolve("pg"), null, null, null, null, Duration.ofMinutes(5), List.of()), true, clock);
    for (int minute = 0; minute < 8; minute++) {
      target.add("checkout", "oteldemo.CheckoutService/PlaceOrder", 100, minute >= 4 ? 100 : 0);
      target.add("checkout", "oteldemo.ShippingService/ShipOrder", 100, 0);
      engine.cycleNow();
      clock.now = clock.now.plus(Duration.ofMinutes(1));
    }
    engine.cycleNow();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build(), options);
    browser.get(engine.baseUrl() + "/");

    List<WebElement> sections = browser.findElements(By.cssSelector("section.slo"));
    assertThat(sections).extracting(s -> s.getAttribute("data-slo"))
        .containsExactly("checkout/place-order-availability", "checkout/ship-order-availability", "checkout/quiet");
    WebElement burning = sections.get(0);
    assertThat(burning.findElement(By.cssSelector(".alert-state")).getAttribute("data-state")).isEqualTo("page");
    assertThat(Double.parseDouble(burning.findElement(By.cssSelector(".budget-left")).getAttribute("data-value"))).isLessThan(1);
    WebElement healthy = sections.get(1);
    assertThat(healthy.findElement(By.cssSelector(".alert-state")).getAttribute("data-state")).isEqualTo("ok");
    assertThat(Double.parseDouble(healthy.findElement(By.cssSelector(".budget-left")).getAttribute("data-value"))).isEqualTo(1.0);
    WebElement quiet = sections.get(2);
    assertThat(quiet.findElement(By.cssSelector(".alert-state")).getAttribute("data-state")).isEqualTo("no-data");
    assertThat(quiet.findElement(By.cssSelector(".budget-left")).getAttribute("data-value")).isEmpty();
  }
}
