package dev.observatory.slo.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * {@code COPY} of minute rows into a temporary table and the merge into {@code slo_minutes}. COPY
 * skips per-row statement work entirely; the merge then pays only for the index and the upsert.
 * Runs on the caller's handle, inside its transaction (the temporary table is dropped at commit).
 */
final class MinuteCopy {
  private MinuteCopy() {}

  static int importInto(Handle handle, Iterable<MinuteRow> rows) {
    try {
      copyIntoTemporaryTable(handle, rows);
    } catch (SQLException | IOException e) {
      // An I/O error is how a connection lost mid-COPY shows: the same failure as any statement's.
      throw new UnableToExecuteStatementException("COPY into slo_minutes_import failed: " + e.getMessage(), e, null);
    }
    return handle.execute("insert into slo_minutes (slo_key, minute, good, total)"
        + " select distinct on (slo_key, minute) slo_key, minute, good, total from slo_minutes_import"
        + " order by slo_key, minute, ord desc"
        + " on conflict (slo_key, minute) do update set good = excluded.good, total = excluded.total"
        + " where (slo_minutes.good, slo_minutes.total) is distinct from (excluded.good, excluded.total)");
  }

  private static void copyIntoTemporaryTable(Handle handle, Iterable<MinuteRow> rows) throws SQLException, IOException {
    handle.execute("set local work_mem = '256MB'"); // the merge sorts the whole import
    handle.execute("drop table if exists slo_minutes_import");
    handle.execute("create temporary table slo_minutes_import"
        + " (slo_key text not null, minute bigint not null, good float8 not null, total float8 not null, ord bigint not null)"
        + " on commit drop");
    PGConnection pg = handle.getConnection().unwrap(PGConnection.class);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(
        new PGCopyOutputStream(pg, "copy slo_minutes_import (slo_key, minute, good, total, ord) from stdin", 1 << 16),
        StandardCharsets.UTF_8), 1 << 16)) {
      long ord = 0;
      for (MinuteRow row : rows) {
        writeText(out, row.sloKey().value());
        out.write('\t');
        out.write(Long.toString(row.minute()));
        out.write('\t');
        out.write(Double.toString(row.good()));
        out.write('\t');
        out.write(Double.toString(row.total()));
        out.write('\t');
        out.write(Long.toString(ord++));
        out.write('\n');
      }
    }
  }

  /** COPY's text format: backslash, tab, newline and carriage return are escaped. */
  private static void writeText(Writer out, String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.write("\\\\");
        case '\t' -> out.write("\\t");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        default -> out.write(c);
      }
    }
  }
}
