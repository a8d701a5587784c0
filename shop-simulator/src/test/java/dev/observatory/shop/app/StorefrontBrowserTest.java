package dev.observatory.shop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A shopper places an order through the storefront's HTML pages in headless Chromium (Debian's
 * chromium and chromium-driver; Selenium is pointed at /usr/bin/chromedriver and never downloads
 * a driver). Outside CI the test is skipped when the browser is not installed; in CI it must run.
 */
class StorefrontBrowserTest {
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  @TempDir static Path dir;
  static RunningShop shop;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    }
    assertThat(installed).as("CI must install chromium and chromium-driver (.ci/run)").isTrue();
    shop = new RunningShop(dir.resolve("pg"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.quit();
    if (shop != null) shop.close();
  }

  @Test
  void aShopperSearchesAddsToTheCartAndPlacesAnOrderThroughTheForm() {
    // Clicks that submit a form return before the next page has loaded: wait for it, bounded.
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(shop.server.baseUrl() + "/?q=telescope");
    assertThat(browser.getTitle()).contains("Astronomy Shop");
    var products = browser.findElements(By.cssSelector(".product a"));
    assertThat(products).isNotEmpty();
    products.get(0).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add-to-cart")));

    browser.findElement(By.name("quantity")).clear();
    browser.findElement(By.name("quantity")).sendKeys("2");
    browser.findElement(By.id("add-to-cart")).click();
    wait.until(ExpectedConditions.urlMatches("/cart$"));

    browser.findElement(By.id("creditCardNumber")).sendKeys("4111 1111 1111 1111");
    browser.findElement(By.id("creditCardCvv")).sendKeys("672");
    browser.findElement(By.id("creditCardExpirationMonth")).sendKeys("12");
    browser.findElement(By.id("creditCardExpirationYear")).sendKeys(Integer.toString(Year.now().getValue() + 2));
    new Select(browser.findElement(By.name("currency"))).selectByVisibleText("EUR");
    browser.findElement(By.id("place-order")).click();

    String orderId = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("order-id"))).getText();
    assertThat(orderId).isNotBlank();
    assertThat(browser.findElement(By.id("tracking-id")).getText()).isNotBlank();
    assertThat(shop.query("select count(*) from orders where order_id = '" + orderId + "' and user_currency = 'EUR'", Integer.class)).isEqualTo(1);

    browser.get(shop.server.baseUrl() + "/cart");
    assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("empty-cart"))).getText()).contains("empty");
  }
}
