package br.org.teia.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.audit.AuditActor.Actor;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.TeiaAuthentication;
import br.org.teia.kernel.security.TeiaUser;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import br.org.teia.kernel.tenancy.internal.SchemaOwnerConfiguration;
import br.org.teia.kernel.testapp.KernelTestApplication;
import br.org.teia.kernel.testapp.TestAuditActor;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = KernelTestApplication.class)
class AuditLogIT {

  static final TenantId CONTAGEM = TenantId.of("3118601");

  @Autowired AuditLog audit;
  @Autowired TestAuditActor actor;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired @Qualifier(SchemaOwnerConfiguration.OWNER_DATA_SOURCE) DataSource owner;
  @Autowired ObjectProvider<SecurityContextHolderStrategy> strategies;

  /**
   * Method security reads this context's strategy (Vaadin's, a bean); another context started in
   * the same JVM meanwhile (NotificationsIT's, with other beans) installs its own in the static
   * holder, where signInAs writes. Give the holder this context's strategy back first.
   */
  @BeforeEach
  void holderOfThisContext() {
    strategies.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
  }

  @AfterEach
  void nobodyActs() {
    actor.reset();
    SecurityContextHolder.clearContext();
  }

  @Test
  void an_event_is_written_with_the_tenant_and_the_acting_account() {
    UUID maria = UUID.randomUUID();
    String person = UUID.randomUUID().toString();
    actor.actAs(new Actor(maria, "Maria da Silva"));

    try (var scope = TenantScope.enter(CONTAGEM)) {
      audit.record(AuditAction.PERSONAL_DATA_READ, "person", person, "ficha aberta");
    }

    Map<String, Object> row = rowFor(person);
    assertThat(row).containsEntry("tenant_code", "3118601")
        .containsEntry("account_id", maria)
        .containsEntry("actor", "Maria da Silva")
        .containsEntry("action", "PERSONAL_DATA_READ")
        .containsEntry("entity_type", "person")
        .containsEntry("details", "ficha aberta");
    assertThat(row.get("occurred_at")).isNotNull();
  }

  @Test
  void an_event_outside_a_tenant_scope_has_no_tenant_and_the_system_acts_when_nobody_is_logged_in() {
    String tenant = "x-" + UUID.randomUUID(); // unique: onboarding also audits real codes
    audit.record(AuditAction.TENANT_SUSPENDED, "tenant", tenant, null);

    Map<String, Object> row = rowFor(tenant);
    assertThat(row.get("tenant_code")).isNull();
    assertThat(row.get("account_id")).isNull();
    assertThat(row).containsEntry("actor", "system").containsEntry("action", "TENANT_SUSPENDED");
  }

  @Test
  void the_database_refuses_to_change_or_remove_audit_events() {
    String id = UUID.randomUUID().toString();
    audit.record(AuditAction.PERSONAL_DATA_CHANGE, "person", id, "antes");

    // The application role has no such privilege (ADR 0011)...
    assertThatThrownBy(() -> jdbc.sql("UPDATE platform.audit_event SET details = 'depois' WHERE entity_id = ?")
        .param(id).update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM platform.audit_event WHERE entity_id = ?")
        .param(id).update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.sql("TRUNCATE platform.audit_event").update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    // ...and the trigger refuses even the owner of the table.
    JdbcClient asOwner = JdbcClient.create(owner);
    assertThatThrownBy(() -> asOwner.sql("UPDATE platform.audit_event SET details = 'depois' WHERE entity_id = ?")
        .param(id).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> asOwner.sql("DELETE FROM platform.audit_event WHERE entity_id = ?")
        .param(id).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> asOwner.sql("TRUNCATE platform.audit_event").update())
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThat(rowFor(id)).containsEntry("details", "antes");
  }

  @Test
  void an_event_recorded_inside_a_read_only_transaction_is_kept() {
    String person = UUID.randomUUID().toString();
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);

    readOnly.executeWithoutResult(status -> {
      // the premise: PostgreSQL itself would refuse an INSERT here
      assertThat(jdbc.sql("SHOW transaction_read_only").query(String.class).single()).isEqualTo("on");
      audit.record(AuditAction.PERSONAL_DATA_READ, "person", person, "relatório");
    });

    assertThat(rowFor(person)).containsEntry("action", "PERSONAL_DATA_READ");
  }

  @Test
  void an_event_recorded_inside_a_rolled_back_transaction_is_rolled_back_with_it() {
    String person = UUID.randomUUID().toString();
    TransactionTemplate write = new TransactionTemplate(transactions);

    assertThatThrownBy(() -> write.executeWithoutResult(status -> {
      audit.record(AuditAction.PERSONAL_DATA_CHANGE, "person", person, "corrigido");
      throw new IllegalStateException("the change failed");
    })).hasMessage("the change failed");

    assertThat(count(person)).isZero();
  }

  @Test
  void an_event_recorded_inside_a_committed_transaction_is_committed_with_it() {
    String person = UUID.randomUUID().toString();
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      audit.record(AuditAction.PERSONAL_DATA_CHANGE, "person", person, "corrigido");
      // same transaction: visible here before commit
      assertThat(count(person)).isOne();
    });
    assertThat(count(person)).isOne();
  }

  @Test
  void events_are_listed_newest_first_page_by_page_by_tenant_and_by_account() {
    TenantId abadia = TenantId.of("3100104"); // no other test writes for it
    UUID joao = UUID.randomUUID();
    actor.actAs(new Actor(joao, "João"));
    try (var scope = TenantScope.enter(abadia)) {
      for (String step : new String[] {"first", "second", "third"}) {
        audit.record(AuditAction.PERSONAL_DATA_CHANGE, "person", UUID.randomUUID().toString(), step);
      }
    }

    signInAs(TeiaAuthentication.of(new TeiaUser(UUID.randomUUID(), "admin", "Admin",
        Set.of(Role.ASSOCIATION_ADMIN), Map.of()), null));
    Slice<AuditEvent> first = audit.byTenant(abadia, PageRequest.of(0, 2));
    Slice<AuditEvent> second = audit.byTenant(abadia, PageRequest.of(1, 2));
    assertThat(first.getContent()).extracting(AuditEvent::details).containsExactly("third", "second");
    assertThat(first.hasNext()).isTrue();
    assertThat(second.getContent()).extracting(AuditEvent::details).containsExactly("first");
    assertThat(second.hasNext()).isFalse();
    assertThat(first.getContent()).allSatisfy(e -> {
      assertThat(e.tenant()).isEqualTo(abadia);
      assertThat(e.accountId()).isEqualTo(joao);
      assertThat(e.action()).isEqualTo(AuditAction.PERSONAL_DATA_CHANGE);
    });
    assertThat(audit.byAccount(joao, PageRequest.of(0, 10)).getContent())
        .extracting(AuditEvent::details).containsExactly("third", "second", "first");
  }

  @Test
  void a_manager_reads_her_own_municipalitys_log_but_no_other() {
    TenantId contagem = CONTAGEM;
    TenantId other = TenantId.of("3100104");
    signInAs(TeiaAuthentication.of(new TeiaUser(UUID.randomUUID(), "gestora", "Gestora", Set.of(),
        Map.of(contagem, Set.of(Role.MUNICIPAL_MANAGER))), contagem));

    assertThat(audit.byTenant(contagem, PageRequest.of(0, 1))).isNotNull();
    assertThatThrownBy(() -> audit.byTenant(other, PageRequest.of(0, 1))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> audit.byAccount(UUID.randomUUID(), PageRequest.of(0, 1))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void nobody_signed_in_reads_no_log() {
    SecurityContextHolder.clearContext();
    assertThatThrownBy(() -> audit.byTenant(CONTAGEM, PageRequest.of(0, 1)))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }

  private static void signInAs(TeiaAuthentication authentication) {
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
  }

  private Map<String, Object> rowFor(String entityId) {
    return jdbc.sql("SELECT * FROM platform.audit_event WHERE entity_id = ?").param(entityId)
        .query().singleRow();
  }

  private long count(String entityId) {
    return jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE entity_id = ?").param(entityId)
        .query(Long.class).single();
  }
}
