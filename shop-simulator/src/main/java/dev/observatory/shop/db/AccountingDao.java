package dev.observatory.shop.db;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Accounting's ledger: one entry per order, whatever happens to the consumer. */
public interface AccountingDao {
  /** Records an order; 0 when it was recorded before (the primary key keeps it exactly once). */
  @SqlUpdate("insert into accounting_entries (order_id, total_currency, total_units, total_nanos, item_count)"
      + " values (:orderId, :currency, :units, :nanos, :itemCount) on conflict (order_id) do nothing")
  int record(@Bind("orderId") String orderId, @Bind("currency") String currency, @Bind("units") long units, @Bind("nanos") int nanos, @Bind("itemCount") int itemCount);

  @SqlQuery("select count(*) from accounting_entries where order_id = :orderId")
  int entries(@Bind("orderId") String orderId);
}
