package br.org.teia.structure;

import br.org.teia.council.api.EntityInscriptionChanged;
import br.org.teia.council.api.InscriptionStatus;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.entity.ActionType;
import br.org.teia.structure.entity.InscriptionState;
import br.org.teia.structure.entity.ServiceOffer;
import br.org.teia.structure.entity.SocialEntityForm;
import br.org.teia.structure.entity.SocialEntityService;
import br.org.teia.structure.entity.SocialEntitySummary;
import br.org.teia.structure.managingbody.ManagingBodyForm;
import br.org.teia.structure.managingbody.ManagingBodyService;
import br.org.teia.structure.managingbody.SuasManagementLevel;
import br.org.teia.structure.territory.TerritoryForm;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.structure.territory.TerritorySummary;
import br.org.teia.structure.unit.UnitForm;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitSummary;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.structure.workforce.EmploymentBond;
import br.org.teia.structure.workforce.Profession;
import br.org.teia.structure.workforce.WorkerForm;
import br.org.teia.structure.workforce.WorkerService;
import br.org.teia.testsupport.ActingAs;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data of the structure module's own, instead of the demo: a municipality's managing body and
 * territories, units, reference teams, and a network of entities with the CMAS statuses the council
 * publishes. Idempotent, by name (a unit that has workers keeps its team, an entity that has a status
 * keeps it), so tests sharing a municipality may all ask for the same data.
 */
public final class StructureFixture {

  public static final int POPULATION = 2_315_560;
  private static final Map<String, Integer> TERRITORIES = Map.of("Território A", 9000, "Território B", 8000,
      "Território C", 6000, "Território D", 7000);
  /** CPFs starting with 5, apart from the other tests' and the demo's. */
  private static final AtomicInteger NEXT_CPF = new AtomicInteger();

  /** One worker of a team: profession, weekly hours, bond, whether she coordinates. */
  public record Member(Profession profession, int weeklyHours, EmploymentBond bond, boolean coordinator) {

    public static Member coordinator(Profession profession) {
      return new Member(profession, 40, EmploymentBond.EFETIVO, true);
    }

    public static Member of(Profession profession) {
      return new Member(profession, 40, EmploymentBond.EFETIVO, false);
    }

    public static Member of(Profession profession, EmploymentBond bond) {
      return new Member(profession, 40, bond, false);
    }

    public static Member partTime(Profession profession, int weeklyHours) {
      return new Member(profession, weeklyHours, EmploymentBond.EFETIVO, false);
    }
  }

  /** One entity of {@link #network}: its CNPJ sequence, name, actions, services and CMAS steps. */
  public record NetworkEntity(int sequence, String legalName, Set<ActionType> actions, List<ServiceOffer> services,
      List<Step> cmas) {}

  /** One step the CMAS published: where the inscription stands from {@code on} (certificate code when inscribed). */
  public record Step(InscriptionStatus status, LocalDate on, String certificateCode) {}

  /**
   * The entity network {@link #network} registers: three inscribed in the CMAS (the first after a step
   * in progress, so its history has two steps), one refused, one never asked.
   */
  public static final List<NetworkEntity> NETWORK = List.of(
      new NetworkEntity(1, "Associação Comunitária Luz do Barreiro", Set.of(ActionType.ATENDIMENTO),
          List.of(new ServiceOffer("SCFV", 150)), List.of(step(InscriptionStatus.IN_PROGRESS, "2024-03-04", null),
          step(InscriptionStatus.INSCRIBED, "2024-05-14", "CMAS-2024-0117"))),
      new NetworkEntity(2, "Instituto Semear Cidadania", Set.of(ActionType.ASSESSORAMENTO), List.of(),
          List.of(step(InscriptionStatus.INSCRIBED, "2023-08-02", "CMAS-2023-0088"))),
      new NetworkEntity(3, "Casa de Acolhida Caminho Novo", Set.of(ActionType.ATENDIMENTO),
          List.of(new ServiceOffer("ACOLHIMENTO_INSTITUCIONAL", 20)),
          List.of(step(InscriptionStatus.INSCRIBED, "2022-11-30", "CMAS-2022-0203"))),
      new NetworkEntity(4, "Obra Social Nossa Senhora das Graças", Set.of(ActionType.ATENDIMENTO),
          List.of(new ServiceOffer("SCFV", 200)), List.of(step(InscriptionStatus.IN_PROGRESS, "2025-08-01", null),
          step(InscriptionStatus.REFUSED, "2025-10-20", null))),
      new NetworkEntity(5, "Fórum Popular de Direitos Humanos", Set.of(ActionType.DEFESA_GARANTIA_DIREITOS),
          List.of(), List.of()));

  private final ManagingBodyService managingBodies;
  private final TerritoryService territories;
  private final UnitService units;
  private final WorkerService workers;
  private final SocialEntityService entities;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;

  /** The fixture on the services of the test's application context. */
  public StructureFixture(ApplicationContext context) {
    this.managingBodies = context.getBean(ManagingBodyService.class);
    this.territories = context.getBean(TerritoryService.class);
    this.units = context.getBean(UnitService.class);
    this.workers = context.getBean(WorkerService.class);
    this.entities = context.getBean(SocialEntityService.class);
    this.events = context;
    this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
  }

  /** Gives {@code tenant} a metrópole's structure, unless it has one. */
  public TenantId metropolis(TenantId tenant) {
    municipality(tenant, POPULATION, SuasManagementLevel.PLENA, TERRITORIES);
    ActingAs.as(tenant, Role.MUNICIPAL_MANAGER, () -> {
      for (int i = 1; i <= 6; i++) {
        unit(i <= 4 ? UnitType.CRAS : UnitType.CREAS, i);
      }
      return null;
    });
    return tenant;
  }

  /**
   * Gives {@code tenant} a managing body for {@code population} inhabitants (its size class follows)
   * and the territories named, with their estimated families; those it has are kept.
   */
  public TenantId municipality(TenantId tenant, int population, SuasManagementLevel level,
      Map<String, Integer> families) {
    ActingAs.as(tenant, Role.MUNICIPAL_MANAGER, () -> {
      managingBodies.find().orElseGet(() -> managingBodies.save(null, new ManagingBodyForm(
          "Secretaria Municipal de Assistência Social", "11222333000181", "Gestora de Teste", "10.836/2015",
          LocalDate.of(2015, 6, 1), null, population, level)));
      families.forEach((name, estimate) -> {
        if (territory(name) == null) {
          territories.create(new TerritoryForm(name, null, estimate, null));
        }
      });
      return null;
    });
    return tenant;
  }

  /** A unit named after the unit type and a number (its services those the type must offer). */
  public void unit(UnitType type, int number) {
    String name = type.name() + " de teste " + number;
    if (units.listAll(name, null).stream().noneMatch(u -> u.name().equals(name))) {
      units.create(new UnitForm(type, name, null, null, LocalDate.of(2010, 3, 1), null,
          type == UnitType.CRAS ? 5000 : 80, null, type == UnitType.CRAS ? Set.of("PAIF") : Set.of("PAEFI")));
    }
  }

  /**
   * The unit {@code name} of {@code tenant} (created, in {@code territory} when one of that name
   * exists, unless it exists) with {@code team} as its workers (added unless it has workers).
   */
  public UnitSummary unit(TenantId tenant, UnitType type, String name, Integer capacity, String territory,
      Set<String> services, Member... team) {
    return ActingAs.as(tenant, Role.MUNICIPAL_MANAGER, () -> {
      UnitSummary unit = units.listAll(name, null).stream().filter(u -> u.name().equals(name)).findFirst()
          .orElseGet(() -> {
            TerritorySummary in = territory == null ? null : territory(territory);
            return units.create(new UnitForm(type, name, null, in == null ? null : in.id(), LocalDate.of(2010, 3, 1),
                null, capacity, null, services));
          });
      if (team.length > 0 && workers.list("", unit.id(), 0, 1).getTotalElements() == 0) {
        for (int i = 0; i < team.length; i++) {
          Member member = team[i];
          workers.create(new WorkerForm(name + ", pessoa " + (i + 1), cpf(), member.profession(),
              member.profession().usualEducation(), member.bond(), member.weeklyHours(), unit.id(),
              member.coordinator()));
        }
      }
      return unit;
    });
  }

  /**
   * Registers {@link #NETWORK} in {@code tenant} (CNPJs from {@link #networkCnpj}) and has the council
   * publish each entity's CMAS steps, as the council module does: in the municipality's scope,
   * inside a transaction, as its secretary. An entity already registered keeps its status.
   */
  public TenantId network(TenantId tenant) {
    for (NetworkEntity entity : NETWORK) {
      String cnpj = networkCnpj(tenant, entity.sequence());
      SocialEntitySummary registered = ActingAs.as(tenant, Role.MUNICIPAL_STAFF, () -> entities.findByCnpj(cnpj)
          .orElseGet(() -> entities.create(new SocialEntityForm(cnpj, entity.legalName(), null, entity.actions(),
              entity.services(), null, "Rua das Flores, " + entity.sequence(), null, "(31) 3333-4444",
              "contato@entidade.org.br", "Pessoa responsável"))));
      if (registered.cmas().state() == InscriptionState.NOT_INSCRIBED && !entity.cmas().isEmpty()) {
        ActingAs.as(tenant, Role.COUNCIL_SECRETARY, () -> transactions.execute(status -> {
          entity.cmas().forEach(step -> events.publishEvent(new EntityInscriptionChanged(cnpj, "CMAS",
              step.status(), step.on(), step.certificateCode())));
          return null;
        }));
      }
    }
    return tenant;
  }

  /** The CNPJ of {@link #NETWORK}'s entity {@code sequence} in {@code tenant}: root 88, the IBGE code's digits. */
  public static String networkCnpj(TenantId tenant, int sequence) {
    return Cnpj.withCheckDigits("88" + tenant.ibgeCode().substring(2, 6) + String.format("%02d", sequence) + "0001")
        .digits();
  }

  /** A valid CPF never given before in this test JVM by the fixture. */
  public static String cpf() {
    return Cpf.withCheckDigits(String.format("5%08d", NEXT_CPF.incrementAndGet()));
  }

  private TerritorySummary territory(String name) {
    return territories.list(name, 0, 50).stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }

  private static Step step(InscriptionStatus status, String on, String certificate) {
    return new Step(status, LocalDate.parse(on), certificate);
  }
}
