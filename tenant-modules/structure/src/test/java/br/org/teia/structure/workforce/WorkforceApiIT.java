package br.org.teia.structure.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.StructureFixture;
import br.org.teia.testsupport.OidcTestBase;
import br.org.teia.testsupport.TestOidcServer.Token;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Workers, reference-team checks and the dashboard through the API with real bearer tokens: the
 * CPF masked for everyone, whole only for the manager and staff (audited), never for council or
 * association roles; another municipality's ids answer 404.
 */
class WorkforceApiIT extends OidcTestBase {

  private static final AtomicInteger NEXT = new AtomicInteger();
  /** A metrópole with its structure (the module's fixture), and a second municipality: the tests' own. */
  private TenantId city;
  private TenantId other;

  @BeforeEach
  void twoMunicipalitiesOfTheirOwn() {
    city = new StructureFixture(context).metropolis(onboarded("3136702")); // Juiz de Fora
    other = onboarded("3143302"); // Montes Claros
  }

  @Test
  void staff_registers_a_worker_and_the_manager_reads_the_cpf_masked() throws Exception {
    String staff = token(Role.MUNICIPAL_STAFF, city);
    String cpf = cpf();
    String unit = unit(staff, "CRAS", 2500);

    HttpResponse<String> created = send("POST", "/api/v1/structure/workers", staff, worker("Clarice Menezes Duarte",
        Cpf.format(cpf), "PSICOLOGO", unit, false));
    assertThat(created.statusCode()).isEqualTo(201);
    String id = json(created).get("id").asString();

    HttpResponse<String> read = send("GET", "/api/v1/structure/workers/" + id, token(Role.MUNICIPAL_MANAGER, city), null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json(read).get("maskedCpf").asString()).isEqualTo(Cpf.mask(cpf));
    assertThat(read.body()).doesNotContain(cpf).doesNotContain(Cpf.format(cpf));
    HttpResponse<String> list = send("GET", "/api/v1/structure/workers?search=Clarice&unitId=" + unit, staff, null);
    assertThat(json(list).get("content").get(0).get("maskedCpf").asString()).isEqualTo(Cpf.mask(cpf));
    HttpResponse<String> csv = send("GET", "/api/v1/structure/workers/export.csv?unitId=" + unit, staff, null);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains(Cpf.mask(cpf)).doesNotContain(cpf);
  }

  /** The workers list is personal data: council roles get 403 on it and its exports (docs/roles.md). */
  @Test
  void council_member_and_secretary_get_403_on_the_workers_and_their_exports() throws Exception {
    String id = json(send("POST", "/api/v1/structure/workers", token(Role.MUNICIPAL_STAFF, city),
        worker("Helena Prado " + NEXT.incrementAndGet(), cpf(), "PSICOLOGO", unit(token(Role.MUNICIPAL_STAFF, city),
            "CRAS", 2500), false))).get("id").asString();

    for (Role role : new Role[] {Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY}) {
      String token = token(role, city);
      for (String path : new String[] {"/api/v1/structure/workers", "/api/v1/structure/workers/" + id,
          "/api/v1/structure/workers/export.csv", "/api/v1/structure/workers/export.xlsx"}) {
        assertThat(send("GET", path, token, null).statusCode()).as("%s %s", role, path).isEqualTo(403);
      }
      assertThat(send("GET", "/api/v1/structure/dashboard", token, null).statusCode()).as("%s dashboard", role)
          .isEqualTo(200);
    }
  }

  @Test
  void the_manager_reads_the_whole_cpf_and_the_read_is_audited_with_her_account() throws Exception {
    String managerSubject = linkedSubject(Role.MUNICIPAL_MANAGER, city);
    String manager = oidc.accessToken(Token.forSubject(managerSubject));
    UUID managerAccount = accounts.findByUsername(managerSubject + "@api.teia.test").orElseThrow().id();
    String cpf = cpf();
    String unit = unit(manager, "CRAS", 2500);
    String id = json(send("POST", "/api/v1/structure/workers", manager, worker("Otávio Brandão Lima", cpf,
        "ASSISTENTE_SOCIAL", unit, true))).get("id").asString();

    HttpResponse<String> read = send("GET", "/api/v1/structure/workers/" + id + "/cpf", manager, null);

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json(read).get("cpf").asString()).isEqualTo(Cpf.format(cpf));
    assertThat(jdbc.sql("""
            SELECT count(*) FROM platform.audit_event
            WHERE action = 'PERSONAL_DATA_READ' AND entity_type = 'structure.worker' AND entity_id = ?
              AND account_id = ? AND tenant_code = ?""")
        .params(id, managerAccount, city.ibgeCode()).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void council_member_council_secretary_and_association_staff_are_refused_the_whole_cpf() throws Exception {
    String staff = token(Role.MUNICIPAL_STAFF, city);
    String cpf = cpf();
    String id = json(send("POST", "/api/v1/structure/workers", staff, worker("Helena Prates Vilela", cpf,
        "ADVOGADO", unit(staff, "CREAS", 50), false))).get("id").asString();

    for (String token : new String[] {token(Role.COUNCIL_MEMBER, city),
        token(Role.COUNCIL_SECRETARY, city),
        oidc.accessToken(Token.forSubject(linkedSubject(Role.ASSOCIATION_STAFF)))}) {
      HttpResponse<String> refused = send("GET", "/api/v1/structure/workers/" + id + "/cpf", token, null);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).doesNotContain(cpf).doesNotContain(Cpf.format(cpf));
    }
    assertThat(send("GET", "/api/v1/structure/workers", oidc.accessToken(Token.forSubject(
        linkedSubject(Role.ASSOCIATION_STAFF))), null).statusCode()).isEqualTo(403);
    assertThat(send("POST", "/api/v1/structure/workers", token(Role.COUNCIL_MEMBER, city),
        worker("Não Pode", cpf(), "PSICOLOGO", UUID.randomUUID().toString(), false)).statusCode()).isEqualTo(403);
    assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE action = 'PERSONAL_DATA_READ' AND entity_id = ?")
        .param(id).query(Long.class).single()).isZero();
  }

  @Test
  void another_municipalitys_worker_and_unit_answer_404() throws Exception {
    String betim = token(Role.MUNICIPAL_MANAGER, other);
    String unit = unit(betim, "CRAS", 3500);
    String id = json(send("POST", "/api/v1/structure/workers", betim, worker("Sebastião Coelho Reis", cpf(),
        "PSICOLOGO", unit, false))).get("id").asString();
    String bh = token(Role.MUNICIPAL_MANAGER, city);

    assertThat(send("GET", "/api/v1/structure/workers/" + id, bh, null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/structure/workers/" + id + "/cpf", bh, null).statusCode()).isEqualTo(404);
    assertThat(send("PUT", "/api/v1/structure/workers/" + id + "?version=0", bh, worker("Outro", null, "PSICOLOGO",
        unit, false)).statusCode()).isEqualTo(404);
    assertThat(send("DELETE", "/api/v1/structure/workers/" + id, bh, null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/structure/units/" + unit + "/team-check", bh, null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/structure/workers/" + id, betim, null).statusCode()).isEqualTo(200);
  }

  @Test
  void an_invalid_worker_is_refused_with_portuguese_messages_per_field() throws Exception {
    String staff = token(Role.MUNICIPAL_STAFF, city);

    HttpResponse<String> refused = send("POST", "/api/v1/structure/workers", staff,
        "{\"name\":\"Fulana\",\"cpf\":\"111.222.333-44\",\"profession\":\"PSICOLOGO\",\"educationLevel\":\"SUPERIOR\","
            + "\"bond\":\"EFETIVO\",\"weeklyHours\":80,\"unitId\":\"" + unit(staff, "CRAS", 2500) + "\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("CPF inválido: confira os dígitos.")
        .contains("Informe uma carga horária entre 1 e 60 horas semanais.");
  }

  @Test
  void the_team_check_of_a_unit_says_what_is_missing_in_portuguese() throws Exception {
    String staff = token(Role.MUNICIPAL_STAFF, city);
    String unit = unit(staff, "CRAS", 2500);
    send("POST", "/api/v1/structure/workers", staff, worker("Irene Tavares Bastos", cpf(), "ASSISTENTE_SOCIAL", unit, true));
    send("POST", "/api/v1/structure/workers", staff, worker("Jorge Vasconcelos Pinto", cpf(), "ASSISTENTE_SOCIAL", unit, false));

    JsonNode check = json(send("GET", "/api/v1/structure/units/" + unit + "/team-check",
        token(Role.COUNCIL_MEMBER, city), null));

    assertThat(check.get("status").asString()).isEqualTo("INCOMPLETE");
    assertThat(check.get("tier").asString()).isEqualTo("CRAS_ATE_2500");
    assertThat(check.get("missing").toString()).isEqualTo("[\"1 técnico(a) de nível superior (de preferência: "
        + "Psicólogo(a))\",\"2 técnicos(as) de nível médio\"]");
  }

  @Test
  void the_dashboard_answers_aggregates_and_the_minimum_of_cras_of_a_metropolis() throws Exception {
    JsonNode dashboard = json(send("GET", "/api/v1/structure/dashboard",
        token(Role.COUNCIL_MEMBER, city), null));

    assertThat(dashboard.get("sizeClass").asString()).isEqualTo("METROPOLE");
    assertThat(dashboard.get("minimumCras").asInt()).isEqualTo(8);
    assertThat(dashboard.get("figures").get("teamsChecked").asInt()).isGreaterThanOrEqualTo(6);
    assertThat(dashboard.get("figures").get("estimatedFamilies").asLong()).isGreaterThanOrEqualTo(30_000);
    assertThat(dashboard.toString()).doesNotContain("cpf");
  }

  private String unit(String token, String type, int capacity) throws Exception {
    HttpResponse<String> created = send("POST", "/api/v1/structure/units", token,
        "{\"type\":\"" + type + "\",\"name\":\"" + unique(type) + "\",\"capacity\":" + capacity + "}");
    assertThat(created.statusCode()).isEqualTo(201);
    return json(created).get("id").asString();
  }

  private static String worker(String name, String cpf, String profession, String unit, boolean coordinator) {
    String education = profession.equals("ORIENTADOR_SOCIAL") ? "MEDIO" : "SUPERIOR";
    return "{\"name\":\"" + name + "\"," + (cpf == null ? "" : "\"cpf\":\"" + cpf + "\",") + "\"profession\":\""
        + profession + "\",\"educationLevel\":\"" + education + "\",\"bond\":\"EFETIVO\",\"weeklyHours\":40,"
        + "\"unitId\":\"" + unit + "\",\"coordinator\":" + coordinator + "}";
  }

  /** Generated, valid, apart from the demo workers' CPFs (those start with the IBGE code's digits). */
  private static String cpf() {
    return Cpf.withCheckDigits(String.format("7%08d", NEXT.incrementAndGet()));
  }
}
