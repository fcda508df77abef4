package br.org.teia.exchange.region;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the console's region sets and regions (read-only here; the console edits them). */
@Component
public class Regions {

  private final JdbcClient jdbc;

  Regions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every region, named with its set, in name order. */
  public List<RegionChoice> choices() {
    return jdbc.sql("""
            SELECT r.id, s.name || ' — ' || r.name AS label FROM platform.region r
            JOIN platform.region_set s ON s.id = r.region_set_id ORDER BY lower(s.name), lower(r.name)""")
        .query((rs, n) -> new RegionChoice(rs.getObject("id", UUID.class), rs.getString("label"))).list();
  }

  /** Whether every one of {@code ids} is a region. */
  public boolean allExist(Set<UUID> ids) {
    return ids.isEmpty() || jdbc.sql("SELECT count(*) FROM platform.region WHERE id = ANY(?)")
        .param(ids.toArray(UUID[]::new)).query(Long.class).single() == ids.size();
  }
}
