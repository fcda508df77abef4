package br.org.teia.structure.demo;

import br.org.teia.kernel.demo.DemoContribution;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitSummary;
import br.org.teia.structure.workforce.EmploymentBond;
import br.org.teia.structure.workforce.Profession;
import br.org.teia.structure.workforce.WorkerForm;
import br.org.teia.structure.workforce.WorkerService;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo workers, after {@link DemoStructure} made the units: Belo Horizonte and Betim get some complete
 * and some incomplete NOB-RH/SUAS reference teams, each small town a minimal CRAS team. Names are
 * made up from common first names and surnames; CPFs are generated (the IBGE code, a sequence,
 * check digits by the CPF rule), so they are well-formed but stand for nobody. Idempotent: a unit
 * that has any worker is left alone.
 */
@Component
@ConditionalOnProperty(name = DemoData.ENABLED, havingValue = "true")
public class DemoWorkforce implements DemoContribution {

  /**
   * Each unit's team, one worker per entry: {@code [*]PROFESSION[:hours][/BOND]}; {@code *} marks
   * the coordinator; 40 hours and an efetivo bond unless said otherwise.
   */
  static final Map<TenantId, Map<String, List<String>>> TEAMS = Map.of(
      DemoData.BELO_HORIZONTE, Map.of(
          "CRAS Barreiro de Cima", List.of("*ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "PSICOLOGO",
              "PEDAGOGO", "ORIENTADOR_SOCIAL", "ORIENTADOR_SOCIAL", "AUXILIAR_ADMINISTRATIVO",
              "TECNICO_NIVEL_MEDIO/CONTRATADO"),
          "CRAS Venda Nova", List.of("*PSICOLOGO/COMISSIONADO", "ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL",
              "ORIENTADOR_SOCIAL/CONTRATADO", "ORIENTADOR_SOCIAL/CONTRATADO", "AUXILIAR_ADMINISTRATIVO"),
          "CRAS Vila Fátima", List.of("*ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "PSICOLOGO",
              "ORIENTADOR_SOCIAL", "ORIENTADOR_SOCIAL", "AUXILIAR_ADMINISTRATIVO"),
          "CRAS Jardim Felicidade", List.of("*ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "PSICOLOGO:20",
              "ORIENTADOR_SOCIAL/TERCEIRIZADO"),
          "CREAS Centro-Sul", List.of("*ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "PSICOLOGO",
              "PSICOLOGO", "ADVOGADO", "ORIENTADOR_SOCIAL", "ORIENTADOR_SOCIAL", "ORIENTADOR_SOCIAL", "PEDAGOGO",
              "AUXILIAR_ADMINISTRATIVO", "AUXILIAR_ADMINISTRATIVO"),
          "CREAS Barreiro", List.of("*PSICOLOGO", "ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "PSICOLOGO",
              "ORIENTADOR_SOCIAL", "ORIENTADOR_SOCIAL/CONTRATADO", "AUXILIAR_ADMINISTRATIVO"),
          "Centro POP Centro-Sul", List.of("*ASSISTENTE_SOCIAL", "PSICOLOGO", "ORIENTADOR_SOCIAL/TERCEIRIZADO",
              "APOIO_OPERACIONAL/TERCEIRIZADO")),
      DemoData.BETIM, Map.of(
          "CRAS Teresópolis", List.of("*ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "PSICOLOGO",
              "TERAPEUTA_OCUPACIONAL", "ORIENTADOR_SOCIAL", "ORIENTADOR_SOCIAL", "ORIENTADOR_SOCIAL",
              "AUXILIAR_ADMINISTRATIVO"),
          "CRAS Alterosas", List.of("*ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "PSICOLOGO:20",
              "SOCIOLOGO", "ORIENTADOR_SOCIAL", "ORIENTADOR_SOCIAL", "ORIENTADOR_SOCIAL/CONTRATADO",
              "ORIENTADOR_SOCIAL/CONTRATADO"),
          "CRAS Citrolândia", List.of("*ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "PSICOLOGO",
              "ORIENTADOR_SOCIAL", "CUIDADOR_SOCIAL", "AUXILIAR_ADMINISTRATIVO"),
          "Equipe volante CRAS Citrolândia", List.of("ASSISTENTE_SOCIAL", "PSICOLOGO", "ORIENTADOR_SOCIAL",
              "ORIENTADOR_SOCIAL/CONTRATADO"),
          "CREAS Betim", List.of("*ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL", "PSICOLOGO",
              "PSICOLOGO", "ORIENTADOR_SOCIAL", "ORIENTADOR_SOCIAL", "ORIENTADOR_SOCIAL", "ORIENTADOR_SOCIAL",
              "AUXILIAR_ADMINISTRATIVO", "AUXILIAR_ADMINISTRATIVO"),
          "Centro POP Betim", List.of("ASSISTENTE_SOCIAL", "ORIENTADOR_SOCIAL/CONTRATADO")),
      DemoData.SERRA_DA_SAUDADE, Map.of("CRAS Serra da Saudade", List.of("*ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL",
          "PEDAGOGO", "ORIENTADOR_SOCIAL", "AUXILIAR_ADMINISTRATIVO")),
      DemoData.CEDRO_DO_ABAETE, Map.of("CRAS Cedro do Abaeté", List.of("*ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL",
          "PSICOLOGO", "ORIENTADOR_SOCIAL", "ORIENTADOR_SOCIAL/CONTRATADO")),
      DemoData.ARAPONGA, Map.of("CRAS Araponga", List.of("*ASSISTENTE_SOCIAL", "ASSISTENTE_SOCIAL",
          "ORIENTADOR_SOCIAL/CONTRATADO")));

  private static final List<String> FIRST_NAMES = List.of("Ana", "Maria", "Juliana", "Fernanda", "Patrícia",
      "Cláudia", "Luciana", "Aline", "Camila", "Renata", "Adriana", "Beatriz", "Daniela", "Gabriela", "Márcia",
      "Sandra", "Simone", "Tatiana", "Vanessa", "Carlos", "José", "Paulo", "Marcos", "Rafael", "Rodrigo", "Lucas",
      "Bruno", "Felipe", "Gustavo", "Leandro", "André", "Thiago", "Eduardo", "Ricardo", "Alexandre", "Cristiane",
      "Eliane", "Rosângela");
  private static final List<String> SURNAMES = List.of("Silva", "Santos", "Oliveira", "Souza", "Rodrigues",
      "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes",
      "Soares", "Fernandes", "Vieira", "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade", "Moreira", "Nunes",
      "Marques", "Machado", "Mendes", "Freitas", "Cardoso", "Ramos", "Gonçalves", "Santana", "Teixeira");

  private final SystemWork system;
  private final UnitService units;
  private final WorkerService workers;

  DemoWorkforce(SystemWork system, UnitService units, WorkerService workers) {
    this.system = system;
    this.units = units;
    this.workers = workers;
  }

  @Override
  public int order() {
    return DemoContribution.AFTER_COUNCIL;
  }

  @Override
  public void seed() {
    TEAMS.forEach((tenant, teams) -> system.in(tenant, Role.MUNICIPAL_MANAGER, () -> {
      int sequence = 0;
      for (String unitName : teams.keySet().stream().sorted().toList()) {
        List<String> team = teams.get(unitName);
        UnitSummary unit = units.list(unitName, null, 0, 10).stream()
            .filter(u -> u.name().equalsIgnoreCase(unitName)).findFirst().orElse(null);
        if (unit != null && workers.list("", unit.id(), 0, 1).getTotalElements() == 0) {
          for (int i = 0; i < team.size(); i++) {
            workers.create(worker(tenant, sequence + i, team.get(i), unit));
          }
        }
        sequence += team.size();
      }
      return null;
    }));
  }

  static WorkerForm worker(TenantId tenant, int sequence, String spec, UnitSummary unit) {
    boolean coordinator = spec.startsWith("*");
    String rest = coordinator ? spec.substring(1) : spec;
    EmploymentBond bond = EmploymentBond.EFETIVO;
    if (rest.contains("/")) {
      bond = EmploymentBond.valueOf(rest.substring(rest.indexOf('/') + 1));
      rest = rest.substring(0, rest.indexOf('/'));
    }
    int hours = 40;
    if (rest.contains(":")) {
      hours = Integer.parseInt(rest.substring(rest.indexOf(':') + 1));
      rest = rest.substring(0, rest.indexOf(':'));
    }
    Profession profession = Profession.valueOf(rest);
    return new WorkerForm(name(tenant, sequence), cpf(tenant, sequence), profession, profession.usualEducation(), bond,
        hours, unit.id(), coordinator);
  }

  /** A made-up name: a first name and two different surnames, spread over the lists by the sequence. */
  static String name(TenantId tenant, int sequence) {
    int seed = sequence + Integer.parseInt(tenant.ibgeCode().substring(3));
    String first = FIRST_NAMES.get(Math.floorMod(seed * 7, FIRST_NAMES.size()));
    String surname = SURNAMES.get(Math.floorMod(seed * 11, SURNAMES.size()));
    String last = SURNAMES.get(Math.floorMod(seed * 13 + 5, SURNAMES.size()));
    return last.equals(surname) ? first + " " + surname : first + " " + surname + " " + last;
  }

  /**
   * A generated CPF: nine digits spread from the IBGE code and the sequence (multiplying by a prime
   * modulo 10^9 keeps them distinct within a municipality), then the check digits.
   */
  static String cpf(TenantId tenant, int sequence) {
    long spread = Math.floorMod((Long.parseLong(tenant.ibgeCode()) * 7_919L + sequence) * 104_729L + 12_345L,
        1_000_000_000L);
    return Cpf.withCheckDigits(String.format("%09d", spread));
  }
}
