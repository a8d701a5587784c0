package dev.observatory.shop.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The cart service's storage: one row per user and product. */
@RegisterConstructorMapper(CartLine.class)
public interface CartDao {
  /** Adds to a line, creating it; returns the line's new quantity. */
  @SqlQuery("insert into cart_items (user_id, product_id, quantity) values (:userId, :productId, :quantity)"
      + " on conflict (user_id, product_id) do update set quantity = cart_items.quantity + excluded.quantity"
      + " returning quantity")
  int add(@Bind("userId") String userId, @Bind("productId") String productId, @Bind("quantity") int quantity);

  @SqlQuery("select product_id, quantity from cart_items where user_id = :userId order by added_at, product_id")
  List<CartLine> lines(@Bind("userId") String userId);

  @SqlUpdate("delete from cart_items where user_id = :userId")
  int empty(@Bind("userId") String userId);
}
