package dev.observatory.shop.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Sent confirmation emails (stored, not mailed). */
public interface EmailDao {
  @SqlUpdate("insert into emails (order_id, recipient, subject, body) values (:orderId, :recipient, :subject, :body) on conflict (order_id) do nothing")
  int store(@Bind("orderId") String orderId, @Bind("recipient") String recipient, @Bind("subject") String subject, @Bind("body") String body);

  @SqlQuery("select body from emails where order_id = :orderId")
  Optional<String> body(@Bind("orderId") String orderId);
}
