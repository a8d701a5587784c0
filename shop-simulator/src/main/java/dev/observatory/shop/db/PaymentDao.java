package dev.observatory.shop.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The payment service's ledger. A charge is keyed by the checkout attempt, so however many times
 * a checkout is retried, concurrently or not, the card is charged once.
 */
public interface PaymentDao {
  /**
   * Records a charge unless one exists for the key (1 when recorded, 0 when the key was charged
   * already). Read the standing transaction with {@link #byChargeKey} in a new statement: under
   * READ COMMITTED it sees a concurrent winner's row.
   */
  @SqlUpdate("insert into payments (transaction_id, charge_key, currency_code, units, nanos, card_type, card_last_four)"
      + " values (:transactionId, :chargeKey, :currency, :units, :nanos, :cardType, :lastFour) on conflict (charge_key) do nothing")
  int charge(@Bind("transactionId") String transactionId, @Bind("chargeKey") String chargeKey, @Bind("currency") String currency,
      @Bind("units") long units, @Bind("nanos") int nanos, @Bind("cardType") String cardType, @Bind("lastFour") String lastFour);

  @SqlQuery("select transaction_id from payments where charge_key = :chargeKey")
  Optional<String> byChargeKey(@Bind("chargeKey") String chargeKey);

  /** Voids a charge that no order stands on (a checkout that failed after charging). */
  @SqlUpdate("delete from payments p where p.charge_key = :chargeKey and not exists (select 1 from orders o where o.payment_transaction_id = p.transaction_id)")
  int refund(@Bind("chargeKey") String chargeKey);

  @SqlQuery("select count(*) from payments")
  long count();
}
