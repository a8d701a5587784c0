package dev.observatory.shop.checkout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.shop.api.Address;
import dev.observatory.shop.api.Cart;
import dev.observatory.shop.api.CartItem;
import dev.observatory.shop.api.ChargeRequest;
import dev.observatory.shop.api.ChargeResponse;
import dev.observatory.shop.api.ConfirmationRequest;
import dev.observatory.shop.api.ConvertRequest;
import dev.observatory.shop.api.OrderItem;
import dev.observatory.shop.api.OrderResult;
import dev.observatory.shop.api.PlaceOrderRequest;
import dev.observatory.shop.api.ShipOrderResponse;
import dev.observatory.shop.api.ShippingRequest;
import dev.observatory.shop.app.PeerClient;
import dev.observatory.shop.app.PeerException;
import dev.observatory.shop.catalog.Product;
import dev.observatory.shop.db.OrderDao;
import dev.observatory.shop.db.OrderItemRow;
import dev.observatory.shop.db.OrderRow;
import dev.observatory.shop.flags.FaultFlags;
import dev.observatory.shop.flags.Flag;
import dev.observatory.shop.money.Money;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PlaceOrder. A failure at any step leaves no order and no charge: a charge made before a
 * later step fails is refunded, and the cart is only emptied once the order can be written (and
 * restored if writing it fails).
 */
final class PlaceOrder {
  private static final Logger LOG = LoggerFactory.getLogger(PlaceOrder.class);
  static final String PREPARE_SPAN = "prepareOrderItemsAndShippingQuoteFromCart";
  static final String PUBLISH_SPAN = "orders publish";

  private final PeerClient peers;
  private final OrderDao orders;
  private final FaultFlags flags;
  private final Tracer tracer;
  private final ObjectMapper json;
  private final String unreachablePaymentBase;

  PlaceOrder(PeerClient peers, OrderDao orders, FaultFlags flags, Tracer tracer, ObjectMapper json, String unreachablePaymentBase) {
    this.peers = peers;
    this.orders = orders;
    this.flags = flags;
    this.tracer = tracer;
    this.json = json;
    this.unreachablePaymentBase = unreachablePaymentBase;
  }

  private record Prepared(List<OrderItem> items, Money shippingCost, Money total) {}

  OrderResult place(PlaceOrderRequest request, String chargeKey) {
    Span span = Span.current();
    span.setAttribute("app.user.id", request.userId());
    span.setAttribute("app.user.currency", request.userCurrency());
    String orderId = UUID.randomUUID().toString();

    Cart cart = peers.get("cart", "/svc/cart/" + request.userId(), "oteldemo.CartService/GetCart", Cart.class);
    if (cart.items().isEmpty()) throw new CheckoutException(400, "the cart of user " + request.userId() + " is empty");
    Prepared prepared = prepare(cart, request);
    span.addEvent("prepared");

    ChargeResponse charge = charge(prepared.total(), request, chargeKey);
    span.setAttribute("app.payment.transaction.id", charge.transactionId());
    span.setAttribute("app.payment.card_type", charge.cardType().toLowerCase(java.util.Locale.ROOT));
    span.addEvent("charged");

    String trackingId;
    try {
      trackingId = peers.post("shipping", "/svc/shipping/ship", "oteldemo.ShippingService/ShipOrder", new ShippingRequest(request.address(), cart.items()), ShipOrderResponse.class).trackingId();
    } catch (PeerException e) {
      refund(chargeKey);
      throw e;
    }
    span.setAttribute("app.shipping.tracking.id", trackingId);
    span.addEvent("shipped");

    peers.delete("cart", "/svc/cart/" + request.userId(), "oteldemo.CartService/EmptyCart");
    OrderResult result = new OrderResult(orderId, trackingId, prepared.shippingCost(), request.address(), prepared.items(), prepared.total());
    try {
      publish(result, request, charge);
    } catch (RuntimeException e) {
      refund(chargeKey);
      restoreCart(request.userId(), cart.items());
      throw e;
    }
    span.setAttribute("app.order.id", orderId);
    span.setAttribute("app.order.amount", prepared.total().toBigDecimal().toPlainString());
    span.setAttribute("app.order.items.count", (long) cart.items().size());
    span.setAttribute("app.shipping.amount", prepared.shippingCost().toBigDecimal().toPlainString());

    try {
      peers.post("email", "/svc/email/confirmation", "oteldemo.EmailService/SendOrderConfirmation", new ConfirmationRequest(request.email(), result), null);
    } catch (PeerException e) {
      // The order stands; a missing confirmation email is worth a warning, not a failed checkout.
      LOG.warn("order {} placed but its confirmation email failed: {}", orderId, e.getMessage());
    }
    LOG.info("order {} placed: {} items, total {}", orderId, cart.items().size(), prepared.total().display());
    return result;
  }

  private Prepared prepare(Cart cart, PlaceOrderRequest request) {
    Span span = tracer.spanBuilder(PREPARE_SPAN).setSpanKind(SpanKind.INTERNAL).startSpan();
    try (Scope ignored = span.makeCurrent()) {
      List<OrderItem> items = new ArrayList<>();
      Money total = Money.zero(request.userCurrency());
      for (CartItem item : cart.items()) {
        Product product = peers.get("product-catalog", "/svc/product-catalog/products/" + item.productId(), "oteldemo.ProductCatalogService/GetProduct", Product.class);
        // As in the demo, an order item's cost is the unit price in the user's currency.
        Money unit = convert(product.priceUsd(), request.userCurrency());
        items.add(new OrderItem(item, unit));
        total = total.plus(unit.times(item.quantity()));
      }
      Money quoteUsd = peers.post("shipping", "/svc/shipping/quote", "oteldemo.ShippingService/GetQuote", new ShippingRequest(request.address(), cart.items()), Money.class);
      Money shipping = convert(quoteUsd, request.userCurrency());
      return new Prepared(items, shipping, total.plus(shipping));
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR, e.getMessage());
      span.recordException(e);
      throw e;
    } finally {
      span.end();
    }
  }

  private Money convert(Money from, String to) {
    if (from.currencyCode().equals(to)) return from;
    return peers.post("currency", "/svc/currency/convert", "oteldemo.CurrencyService/Convert", new ConvertRequest(from, to), Money.class);
  }

  private ChargeResponse charge(Money total, PlaceOrderRequest request, String chargeKey) {
    ChargeRequest charge = new ChargeRequest(total, request.creditCard(), chargeKey);
    if (flags.on(Flag.PAYMENT_UNREACHABLE)) {
      // As in the demo: checkout is configured with a bad address for the payment service.
      return peers.postTo(unreachablePaymentBase, "payment", "/svc/payment/charge", "oteldemo.PaymentService/Charge", charge, ChargeResponse.class);
    }
    return peers.post("payment", "/svc/payment/charge", "oteldemo.PaymentService/Charge", charge, ChargeResponse.class);
  }

  private void publish(OrderResult result, PlaceOrderRequest request, ChargeResponse charge) {
    Span span = tracer.spanBuilder(PUBLISH_SPAN).setSpanKind(SpanKind.PRODUCER)
        .setAllAttributes(Attributes.of(AttributeKey.stringKey("messaging.system"), "postgresql", AttributeKey.stringKey("messaging.destination.name"), "orders"))
        .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      Address a = request.address();
      OrderRow row = new OrderRow(result.orderId(), request.userId(), request.userCurrency(), request.email(), a.streetAddress(), a.city(), a.state(), a.country(), a.zipCode(),
          result.shippingTrackingId(), result.shippingCost().currencyCode(), result.shippingCost().units(), result.shippingCost().nanos(),
          result.total().currencyCode(), result.total().units(), result.total().nanos(), charge.transactionId());
      List<OrderItemRow> items = result.items().stream()
          .map(i -> new OrderItemRow(result.orderId(), i.item().productId(), i.item().quantity(), i.cost().currencyCode(), i.cost().units(), i.cost().nanos()))
          .toList();
      String traceparent = "00-" + span.getSpanContext().getTraceId() + "-" + span.getSpanContext().getSpanId() + "-" + span.getSpanContext().getTraceFlags().asHex();
      orders.place(row, items, payload(result), traceparent);
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR, "order write failed");
      span.recordException(e);
      throw new CheckoutException(500, "the order could not be written: " + e.getClass().getSimpleName());
    } finally {
      span.end();
    }
  }

  private String payload(OrderResult result) {
    try {
      return json.writeValueAsString(Map.of("orderId", result.orderId(), "total", result.total(), "itemCount", result.items().size()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void refund(String chargeKey) {
    try {
      peers.post("payment", "/svc/payment/refund", "oteldemo.PaymentService/Refund", Map.of("chargeKey", chargeKey), null);
    } catch (PeerException e) {
      LOG.error("refund of charge {} failed: {}", chargeKey, e.getMessage());
    }
  }

  private void restoreCart(String userId, List<CartItem> items) {
    for (CartItem item : items) {
      try {
        peers.post("cart", "/svc/cart/items", "oteldemo.CartService/AddItem", new dev.observatory.shop.api.AddItemRequest(userId, item), null);
      } catch (PeerException e) {
        LOG.error("could not restore item {} to the cart of {}: {}", item.productId(), userId, e.getMessage());
      }
    }
  }
}
