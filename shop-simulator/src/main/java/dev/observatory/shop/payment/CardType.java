package dev.observatory.shop.payment;

/** The card types the shop accepts. */
public enum CardType {
  VISA("Visa"),
  MASTERCARD("MasterCard");

  private final String displayName;

  CardType(String displayName) {
    this.displayName = displayName;
  }

  /** The brand as people write it: "Visa", "MasterCard". */
  public String displayName() {
    return displayName;
  }
}
