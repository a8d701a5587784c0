package dev.observatory.shop.app;

/** Latency injected by a fault flag. */
public final class Delays {
  private Delays() {}

  public static void sleep(long millis) {
    if (millis <= 0) return;
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
