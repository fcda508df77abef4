package br.org.teia.exchange;

import br.org.teia.kernel.tenancy.TenantId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data the exchange reads but does not own: the console's regions and members' populations. */
public final class ExchangeFixture {

  private ExchangeFixture() {}

  /** A new region set of Minas Gerais with one region holding {@code members}; answers the region's id. */
  public static UUID region(JdbcClient jdbc, String name, TenantId... members) {
    UUID set = UUID.randomUUID();
    UUID region = UUID.randomUUID();
    jdbc.sql("INSERT INTO platform.region_set (id, name, uf) VALUES (?, ?, 'MG')")
        .params(set, "Conjunto " + name + " " + set.toString().substring(0, 6)).update();
    jdbc.sql("INSERT INTO platform.region (id, region_set_id, name) VALUES (?, ?, ?)").params(region, set, name).update();
    for (TenantId member : members) {
      jdbc.sql("INSERT INTO platform.region_municipality (region_set_id, region_id, ibge_code) VALUES (?, ?, ?)")
          .params(set, region, member.ibgeCode()).update();
    }
    return region;
  }

  /** Records the member's population (the console's profile), which gives its size class. */
  public static void population(JdbcClient jdbc, TenantId member, int population) {
    jdbc.sql("""
            INSERT INTO platform.member_profile (ibge_code, population) VALUES (?, ?)
            ON CONFLICT (ibge_code) DO UPDATE SET population = excluded.population""")
        .params(member.ibgeCode(), population).update();
  }

  /** How many notifications of {@code kind} the account has. */
  public static long notifications(JdbcClient jdbc, UUID account, String kind) {
    return jdbc.sql("SELECT count(*) FROM platform.notification WHERE account_id = ? AND kind = ?")
        .params(account, kind).query(Long.class).single();
  }
}
