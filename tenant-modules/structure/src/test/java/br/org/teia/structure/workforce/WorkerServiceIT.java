package br.org.teia.structure.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.unit.UnitForm;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.testsupport.ActingAs;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
@StructureContext
class WorkerServiceIT {

  static final TenantId OURO_PRETO = TenantId.of("3146107");
  static final TenantId MARIANA = TenantId.of("3140001");
  private static final AtomicInteger NEXT_CPF = new AtomicInteger();

  @Autowired WorkerService workers;
  @Autowired WorkerExport export;
  @Autowired UnitService units;
  @Autowired TenantOnboarding onboarding;
  @Autowired JdbcClient jdbc;

  final UUID manager = UUID.randomUUID();
  UUID cras;

  @BeforeEach
  void aMunicipalityWithACras() {
    onboarding.onboard(List.of(OURO_PRETO.ibgeCode(), MARIANA.ibgeCode()));
    cras = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> units.create(new UnitForm(UnitType.CRAS,
        "CRAS " + unique(), null, null, null, null, 2500, null, Set.of("PAIF"))).id());
  }

  @Test
  void staff_registers_a_worker_and_every_list_shows_the_cpf_masked() {
    String cpf = cpf();
    String name = "Maria Aparecida Teixeira " + unique();
    WorkerSummary created = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(form(name, Cpf.format(cpf),
        Profession.ASSISTENTE_SOCIAL, false)));

    WorkerSummary listed = as(OURO_PRETO, Role.MUNICIPAL_MANAGER, () -> workers.list(name, cras, 0, 10).getContent().getFirst());
    assertThat(listed.maskedCpf()).isEqualTo(Cpf.mask(cpf)).startsWith("***.").endsWith("-**");
    assertThat(listed.unitName()).startsWith("CRAS ");
    assertThat(created.maskedCpf()).isEqualTo(listed.maskedCpf());
    assertThat(as(OURO_PRETO, Role.MUNICIPAL_MANAGER, () -> workers.get(created.id())).maskedCpf())
        .isEqualTo(Cpf.mask(cpf)).isNotEqualTo(Cpf.format(cpf));
  }

  /** Who works where is personal data: the council sees team counts and checks, not the people (docs/roles.md). */
  @Test
  void council_roles_are_refused_the_workers_but_read_the_counts() {
    WorkerSummary worker = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(form("Rita de Cássia Lopes " + unique(),
        cpf(), Profession.ASSISTENTE_SOCIAL, false)));

    for (Role role : List.of(Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY)) {
      assertThatThrownBy(() -> as(OURO_PRETO, role, () -> workers.list("", null, 0, 10)))
          .as(role.name()).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> as(OURO_PRETO, role, () -> workers.listAll("", null)))
          .as(role.name()).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> as(OURO_PRETO, role, () -> workers.get(worker.id())))
          .as(role.name()).isInstanceOf(AccessDeniedException.class);
      assertThat(as(OURO_PRETO, role, () -> workers.count())).as(role.name()).isPositive();
    }
  }

  @Test
  void the_manager_reads_the_whole_cpf_on_request_and_the_read_is_audited_with_who_and_which_worker() {
    String cpf = cpf();
    WorkerSummary worker = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(form("João Batista Moreira", cpf,
        Profession.PSICOLOGO, false)));

    String read = ActingAs.as(manager, OURO_PRETO, Role.MUNICIPAL_MANAGER, () -> workers.revealCpf(worker.id()));

    assertThat(read).isEqualTo(Cpf.format(cpf));
    List<Map<String, Object>> rows = jdbc.sql("""
            SELECT account_id, tenant_code, details FROM platform.audit_event
            WHERE action = 'PERSONAL_DATA_READ' AND entity_type = 'structure.worker' AND entity_id = ?""")
        .param(worker.id().toString()).query().listOfRows();
    assertThat(rows).hasSize(1);
    assertThat(rows.getFirst().get("account_id")).isEqualTo(manager);
    assertThat(rows.getFirst().get("tenant_code")).isEqualTo(OURO_PRETO.ibgeCode());
    assertThat(rows.getFirst().get("details")).isEqualTo("cpf");
  }

  @Test
  void council_and_association_roles_never_read_a_whole_cpf_and_each_refused_try_is_audited_with_who() {
    WorkerSummary worker = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(form("Ana Lúcia Rocha", cpf(),
        Profession.PEDAGOGO, false)));

    List<UUID> refused = new java.util.ArrayList<>();
    for (Role role : List.of(Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY, Role.ASSOCIATION_STAFF, Role.ASSOCIATION_ADMIN)) {
      UUID person = UUID.randomUUID();
      refused.add(person);
      assertThatThrownBy(() -> ActingAs.as(person, OURO_PRETO, role, () -> workers.revealCpf(worker.id())))
          .as(role.name()).isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> ActingAs.as(UUID.randomUUID(), OURO_PRETO, Role.ASSOCIATION_STAFF,
        () -> workers.list("", null, 0, 10))).isInstanceOf(AccessDeniedException.class);
    assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE action = 'PERSONAL_DATA_READ' AND entity_id = ?")
        .param(worker.id().toString()).query(Long.class).single()).isZero();
    assertThat(jdbc.sql("""
            SELECT account_id FROM platform.audit_event WHERE action = 'PERSONAL_DATA_READ_REFUSED'
            AND entity_type = 'structure.worker' AND entity_id = ? AND details = 'refused: revealCpf'""")
        .param(worker.id().toString()).query(UUID.class).list()).containsExactlyInAnyOrderElementsOf(refused);
  }

  @Test
  void an_export_refused_to_the_association_is_audited() {
    UUID staff = UUID.randomUUID();

    assertThatThrownBy(() -> ActingAs.as(staff, OURO_PRETO, Role.ASSOCIATION_STAFF,
        () -> export.csv("", null, I18nConfiguration.PT_BR))).isInstanceOf(AccessDeniedException.class);

    assertThat(jdbc.sql("""
            SELECT count(*) FROM platform.audit_event WHERE action = 'PERSONAL_DATA_READ_REFUSED'
            AND account_id = ? AND entity_type = 'structure.worker' AND details = 'refused: csv'""")
        .param(staff).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void another_municipalitys_worker_does_not_exist_here() {
    WorkerSummary worker = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(form("Paulo Henrique Dias", cpf(),
        Profession.ADVOGADO, false)));

    assertThatThrownBy(() -> as(MARIANA, Role.MUNICIPAL_MANAGER, () -> workers.get(worker.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(MARIANA, Role.MUNICIPAL_MANAGER, () -> workers.revealCpf(worker.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(MARIANA, Role.MUNICIPAL_MANAGER, () -> workers.update(worker.id(), 0, worker.form())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(MARIANA, Role.MUNICIPAL_MANAGER, () -> workers.create(form("Outra Pessoa", cpf(),
        Profession.PSICOLOGO, false)))).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("structure.worker.unit.not-found"));
  }

  @Test
  void an_invalid_form_is_refused_with_a_portuguese_message_per_field() {
    WorkerForm invalid = new WorkerForm(" ", "123.456.789-00", Profession.PSICOLOGO, EducationLevel.MEDIO,
        EmploymentBond.EFETIVO, 0, null, false);

    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(invalid)))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
            .extracting(v -> v.getPropertyPath().toString().replaceFirst(".*\\.", "") + ": " + v.getMessage())
            .containsExactlyInAnyOrder(
                "name: Informe o nome.",
                "cpf: CPF inválido: confira os dígitos.",
                "weeklyHours: Informe uma carga horária entre 1 e 60 horas semanais.",
                "unitId: Escolha a unidade em que a pessoa trabalha.",
                "educationSufficient: A escolaridade não basta para a profissão: as de nível superior pedem ensino "
                    + "superior; as de nível médio, ao menos o ensino médio."));
  }

  @Test
  void the_cpf_is_required_on_creation_and_kept_when_a_change_leaves_it_blank() {
    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(form("Sem CPF", null,
        Profession.PSICOLOGO, false)))).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("structure.worker.cpf.required"));
    String cpf = cpf();
    WorkerSummary worker = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(form("Rita de Cássia Lopes", cpf,
        Profession.PSICOLOGO, false)));

    WorkerSummary changed = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.update(worker.id(), worker.version(),
        new WorkerForm("Rita de Cássia Lopes Amaral", null, Profession.PSICOLOGO, EducationLevel.SUPERIOR,
            EmploymentBond.CONTRATADO, 30, cras, false)));

    assertThat(changed.name()).isEqualTo("Rita de Cássia Lopes Amaral");
    assertThat(changed.bond()).isEqualTo(EmploymentBond.CONTRATADO);
    assertThat(as(OURO_PRETO, Role.MUNICIPAL_MANAGER, () -> workers.revealCpf(worker.id()))).isEqualTo(Cpf.format(cpf));
  }

  @Test
  void a_cpf_is_registered_once_per_municipality_and_a_unit_has_one_coordinator() {
    String cpf = cpf();
    as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(form("Coordenadora Um", cpf, Profession.ASSISTENTE_SOCIAL, true)));

    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(form("Outro Nome", cpf,
        Profession.PSICOLOGO, false)))).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("structure.worker.cpf.duplicate"));
    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(form("Coordenador Dois", cpf(),
        Profession.PSICOLOGO, true)))).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("structure.worker.coordinator.taken"));
  }

  @Test
  void a_unit_with_workers_is_not_deleted() {
    as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(form("Luiz Fernando Prado", cpf(), Profession.ORIENTADOR_SOCIAL,
        false)));

    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_MANAGER, () -> {
      units.delete(cras);
      return null;
    })).isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("structure.unit.in-use"));
    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> units.get(cras).id())).isEqualTo(cras);
  }

  @Test
  void staff_cannot_delete_a_worker_the_manager_can() {
    WorkerSummary worker = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(form("Sérgio Antunes", cpf(),
        Profession.CUIDADOR_SOCIAL, false)));

    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> {
      workers.delete(worker.id());
      return null;
    })).isInstanceOf(AccessDeniedException.class);
    as(OURO_PRETO, Role.MUNICIPAL_MANAGER, () -> {
      workers.delete(worker.id());
      return null;
    });
    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_MANAGER, () -> workers.get(worker.id())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_exports_carry_only_the_masked_cpf() throws Exception {
    String cpf = cpf();
    String name = "Exportada; \"Silva\" " + unique();
    as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> workers.create(form(name, cpf, Profession.PSICOLOGO, false)));

    assertThatThrownBy(() -> as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> export.csv(name, null, I18nConfiguration.PT_BR)))
        .as("the workers' export is personal data: not the council's").isInstanceOf(AccessDeniedException.class);
    String csv = new String(as(OURO_PRETO, Role.MUNICIPAL_MANAGER, () -> export.csv(name, null, I18nConfiguration.PT_BR)),
        StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFNome;CPF (mascarado);Profissão ou ocupação;Escolaridade;Vínculo;"
        + "Carga horária semanal (horas);Unidade;Coordenador(a)\r\n");
    assertThat(csv).contains(Cpf.mask(cpf) + ";Psicólogo(a);Ensino superior;Efetivo (concursado);40;CRAS ")
        .doesNotContain(cpf).doesNotContain(Cpf.format(cpf));
    byte[] xlsx = as(OURO_PRETO, Role.MUNICIPAL_MANAGER, () -> export.xlsx(name, null, I18nConfiguration.PT_BR));
    try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(1).getCellText(1)).isEqualTo(Cpf.mask(cpf));
    }
  }

  WorkerForm form(String name, String cpf, Profession profession, boolean coordinator) {
    return new WorkerForm(name, cpf, profession, profession.usualEducation(), EmploymentBond.EFETIVO, 40, cras,
        coordinator);
  }

  /** A valid, generated CPF, different in every call of this JVM. */
  static String cpf() {
    int n = NEXT_CPF.incrementAndGet();
    return Cpf.withCheckDigits(String.format("9%02d%06d", (int) (ProcessHandle.current().pid() % 100), n));
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static <T> T as(TenantId tenant, Role role, Supplier<T> action) {
    return ActingAs.as(tenant, role, action);
  }
}
