package dev.observatory.slo.store;

import dev.observatory.slo.model.Severity;
import java.lang.reflect.Type;
import java.sql.Types;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.spi.JdbiPlugin;

/**
 * Teaches Jdbi the store's value types: an {@link SloKey} is its text, and the enums are stored
 * by lower-case name ({@code page}, {@code firing}, {@code alertmanager}) as the alerts and
 * notifications spell them, rather than Jdbi's default upper-case constant names.
 */
final class StoreTypes implements JdbiPlugin {
  @Override
  public void customizeJdbi(Jdbi jdbi) {
    text(jdbi, SloKey.class, SloKey::value, SloKey::new);
    lowerCase(jdbi, Severity.class);
    lowerCase(jdbi, NotificationKind.class);
    lowerCase(jdbi, NotificationTarget.class);
  }

  private static <E extends Enum<E>> void lowerCase(Jdbi jdbi, Class<E> type) {
    text(jdbi, type, e -> e.name().toLowerCase(Locale.ROOT), s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT)));
  }

  private static <T> void text(Jdbi jdbi, Class<T> type, Function<T, String> write, Function<String, T> read) {
    jdbi.registerArgument((ArgumentFactory) (Type declared, Object value, ConfigRegistry config) -> {
      if (!type.equals(declared) && !type.isInstance(value)) return Optional.empty();
      Argument argument = value == null
          ? (position, statement, ctx) -> statement.setNull(position, Types.VARCHAR)
          : (position, statement, ctx) -> statement.setString(position, write.apply(type.cast(value)));
      return Optional.of(argument);
    });
    jdbi.registerColumnMapper(type, (rs, column, ctx) -> {
      String s = rs.getString(column);
      return s == null ? null : read.apply(s);
    });
  }
}
