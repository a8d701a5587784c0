package dev.observatory.shop.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Orders, their lines and the outbox record, written together in one transaction. */
@RegisterConstructorMapper(OutboxRecord.class)
@RegisterConstructorMapper(OrderRow.class)
public interface OrderDao {
  @SqlUpdate("insert into orders (order_id, user_id, user_currency, email, street_address, city, state, country, zip_code,"
      + " shipping_tracking_id, shipping_cost_currency, shipping_cost_units, shipping_cost_nanos,"
      + " total_currency, total_units, total_nanos, payment_transaction_id)"
      + " values (:orderId, :userId, :userCurrency, :email, :streetAddress, :city, :state, :country, :zipCode,"
      + " :trackingId, :shippingCurrency, :shippingUnits, :shippingNanos, :totalCurrency, :totalUnits, :totalNanos, :transactionId)")
  void insertOrder(@BindMethods OrderRow order);

  @SqlBatch("insert into order_items (order_id, product_id, quantity, unit_price_currency, unit_price_units, unit_price_nanos)"
      + " values (:orderId, :productId, :quantity, :currency, :units, :nanos)")
  void insertItems(@BindMethods List<OrderItemRow> items);

  @SqlUpdate("insert into order_outbox (order_id, payload, traceparent) values (:orderId, :payload, :traceparent)")
  void insertOutbox(@Bind("orderId") String orderId, @Bind("payload") String payload, @Bind("traceparent") String traceparent);

  /** The order, its lines and its outbox record, all or nothing ({@code orders publish}). */
  @Transaction
  default void place(OrderRow order, List<OrderItemRow> items, String outboxPayload, String traceparent) {
    insertOrder(order);
    insertItems(items);
    insertOutbox(order.orderId(), outboxPayload, traceparent);
  }

  @SqlQuery("select * from orders where order_id = :orderId")
  Optional<OrderRow> order(@Bind("orderId") String orderId);

  @SqlQuery("select count(*) from orders")
  long count();

  @SqlQuery("select count(*) from order_items where order_id = :orderId")
  int itemCount(@Bind("orderId") String orderId);

  /** Outbox records not yet consumed, oldest first, locked so that two consumers never take the same one. */
  @SqlQuery("select id, order_id, payload, traceparent from order_outbox where consumed_at is null order by id limit :limit for update skip locked")
  List<OutboxRecord> pendingForUpdate(@Bind("limit") int limit);

  @SqlUpdate("update order_outbox set consumed_at = now() where id = :id")
  void markConsumed(@Bind("id") long id);
}
