package br.org.teia.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.server.DemoServerTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A municipality's schema, built from every module's changelog, keeps to what moving it to another
 * database server (issue 16) or to a Citus distributed schema (ADR 0021) needs: no foreign key
 * leaves the schema, and every sequence is bigint.
 */
@DemoServerTest
class TenantSchemaShapeIT {

  static final TenantId ABRE_CAMPO = TenantId.of("3100302");

  @Autowired TenantOnboarding onboarding;
  @Autowired JdbcClient jdbc;

  @Test
  void no_foreign_key_leaves_a_municipality_schema_and_sequences_are_bigint() {
    onboarding.onboard(List.of(ABRE_CAMPO.ibgeCode()));
    String schema = ABRE_CAMPO.schemaName();

    long foreignKeys = jdbc.sql("""
        SELECT count(*) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace WHERE c.contype = 'f' AND n.nspname = ?""")
        .param(schema).query(Long.class).single();
    List<String> leaving = jdbc.sql("""
        SELECT t.relname || ' -> ' || rn.nspname || '.' || r.relname FROM pg_constraint c
        JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        JOIN pg_class r ON r.oid = c.confrelid JOIN pg_namespace rn ON rn.oid = r.relnamespace
        WHERE c.contype = 'f' AND n.nspname = ? AND rn.nspname <> n.nspname""")
        .param(schema).query(String.class).list();
    List<String> narrowSequences = jdbc.sql("""
        SELECT sequencename || ' ' || data_type FROM pg_sequences
        WHERE schemaname = ? AND data_type <> 'bigint'::regtype""")
        .param(schema).query(String.class).list();

    assertThat(foreignKeys).as("the schema has foreign keys to check at all").isPositive();
    assertThat(leaving).isEmpty();
    assertThat(narrowSequences).isEmpty();
  }
}
