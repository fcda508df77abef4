package br.org.teia.server;

import br.org.teia.council.api.EntityInscriptionChanged;
import br.org.teia.council.api.InscriptionStatus;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.entity.ActionType;
import br.org.teia.structure.entity.Cnpj;
import br.org.teia.structure.entity.InscriptionState;
import br.org.teia.structure.entity.ServiceOffer;
import br.org.teia.structure.entity.SocialEntityForm;
import br.org.teia.structure.entity.SocialEntityService;
import br.org.teia.structure.entity.SocialEntitySummary;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.structure.territory.TerritorySummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo network of social-assistance entities, after {@link DemoData} has built the municipalities
 * and their structure; idempotent. Belo Horizonte and Betim get several entities, one small town
 * one, the other small towns none. Names, addresses and contacts are invented; CNPJs are computed
 * (root 99 + digits of the IBGE code + a sequence, branch 0001, check digits by the Receita's rule),
 * never copied from anyone. Some entities are inscribed in the CMAS: the demo publishes the kernel's
 * {@link EntityInscriptionChanged} as the council module will (in the municipality's scope, inside
 * a transaction, as the council's secretary), so the status arrives by the listener's path.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "teia.demo.enabled", havingValue = "true")
public class DemoEntities implements ApplicationRunner {

  /** One step a council published: status and date (certificate code when inscribed). */
  record Step(InscriptionStatus status, LocalDate on, String certificate) {}

  /** One demo entity: its CNPJ sequence within the municipality, its territory by name, its CMAS steps. */
  record DemoEntity(int sequence, String legalName, String tradeName, Set<ActionType> actions,
      List<ServiceOffer> services, String address, String territory, String phone, String email, String contact,
      List<Step> cmas) {}

  private final SystemWork system;
  private final SocialEntityService entities;
  private final TerritoryService territories;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  DemoEntities(SystemWork system, SocialEntityService entities, TerritoryService territories,
      ApplicationEventPublisher events, PlatformTransactionManager transactions) {
    this.system = system;
    this.entities = entities;
    this.territories = territories;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.getNonOptionArgs().isEmpty()) {
      return; // an operator command, not a demo run
    }
    seed(DemoData.BELO_HORIZONTE, List.of(
        new DemoEntity(1, "Associação Comunitária Luz do Barreiro", "Luz do Barreiro", Set.of(ActionType.ATENDIMENTO),
            List.of(new ServiceOffer("SCFV", 150)), "Rua das Acácias, 210 - Barreiro", "Barreiro", "3133210001",
            "contato@luzdobarreiro.demo", "Sônia Albuquerque",
            List.of(step(InscriptionStatus.IN_PROGRESS, 2024, 3, 4), inscribed(2024, 5, 14, "CMAS-BH-2024-0117"))),
        new DemoEntity(2, "Instituto Semear Cidadania", "Semear", Set.of(ActionType.ASSESSORAMENTO,
            ActionType.DEFESA_GARANTIA_DIREITOS), List.of(), "Avenida dos Andradas, 1500 - Centro", "Centro-Sul",
            "3133210002", "semear@semear.demo", "Rogério Tavares",
            List.of(inscribed(2023, 8, 2, "CMAS-BH-2023-0088"))),
        new DemoEntity(3, "Lar Recanto da Esperança para Pessoas Idosas", "Recanto da Esperança",
            Set.of(ActionType.ATENDIMENTO), List.of(new ServiceOffer("ACOLHIMENTO_INSTITUCIONAL", 40)),
            "Rua Jequitibá, 75 - Jardim Felicidade", "Norte", "3133210003", "recanto@recanto.demo", "Irmã Lúcia Moraes",
            List.of(step(InscriptionStatus.IN_PROGRESS, 2026, 9, 10))),
        new DemoEntity(4, "Casa de Acolhida Caminho Novo", "Caminho Novo", Set.of(ActionType.ATENDIMENTO),
            List.of(new ServiceOffer("ACOLHIMENTO_INSTITUCIONAL", 20), new ServiceOffer("ACOLHIMENTO_REPUBLICA", 12)),
            "Rua Itapecerica, 40 - Lagoinha", "Centro-Sul", "3133210004", "acolhida@caminhonovo.demo",
            "Paulo Henrique Dias", List.of(inscribed(2022, 11, 30, "CMAS-BH-2022-0203"))),
        new DemoEntity(5, "Centro de Defesa dos Direitos da Pessoa com Deficiência de Venda Nova", "CDPD Venda Nova",
            Set.of(ActionType.ATENDIMENTO, ActionType.DEFESA_GARANTIA_DIREITOS),
            List.of(new ServiceOffer("PSE_PCD_IDOSOS", 60)), "Rua Padre Pedro Pinto, 2300 - Venda Nova", "Venda Nova",
            "31988210005", "cdpd@vendanova.demo", "Marta Gonçalves", List.of()),
        new DemoEntity(6, "Obra Social Nossa Senhora das Graças", "Obra das Graças", Set.of(ActionType.ATENDIMENTO),
            List.of(new ServiceOffer("SCFV", 200), new ServiceOffer("PSB_DOMICILIO", 30)),
            "Rua Boa Vista, 18 - Venda Nova", "Venda Nova", "3133210006", "obra@dasgracas.demo", "Antônio Ferraz",
            List.of(step(InscriptionStatus.IN_PROGRESS, 2025, 8, 1), step(InscriptionStatus.REFUSED, 2025, 10, 20)))));
    seed(DemoData.BETIM, List.of(
        new DemoEntity(1, "Associação Beneficente Amigos de Citrolândia", "Amigos de Citrolândia",
            Set.of(ActionType.ATENDIMENTO), List.of(new ServiceOffer("SCFV", 90)), "Rua Ipê, 300 - Citrolândia",
            "Citrolândia", "3135940001", "amigos@citrolandia.demo", "Neusa Prado",
            List.of(inscribed(2025, 2, 18, "CMAS-BETIM-2025-014"))),
        new DemoEntity(2, "Instituto Betinense de Apoio à Família", "Apoio à Família",
            Set.of(ActionType.ATENDIMENTO, ActionType.ASSESSORAMENTO), List.of(new ServiceOffer("SCFV", 60)),
            "Rua Rio Grande do Sul, 120 - Teresópolis", "Teresópolis", "3135940002", "ibaf@apoiofamilia.demo",
            "Jorge Menezes", List.of(step(InscriptionStatus.IN_PROGRESS, 2026, 10, 5))),
        new DemoEntity(3, "Casa Lar Girassol", null, Set.of(ActionType.ATENDIMENTO),
            List.of(new ServiceOffer("ACOLHIMENTO_INSTITUCIONAL", 10)), "Rua das Palmeiras, 9 - Alterosas", "Alterosas",
            "3135940003", "girassol@casalar.demo", "Vera Lúcia Campos",
            List.of(inscribed(2024, 7, 1, "CMAS-BETIM-2024-031"))),
        new DemoEntity(4, "Fórum Popular de Direitos Humanos de Betim", "Fórum DH Betim",
            Set.of(ActionType.DEFESA_GARANTIA_DIREITOS), List.of(), "Praça Milton Campos, 50 - Centro", null,
            "3135940004", "forum@dhbetim.demo", "Cláudio Rezende", List.of())));
    seed(DemoData.ARAPONGA, List.of(
        new DemoEntity(1, "Associação Arapongense de Convivência", null, Set.of(ActionType.ATENDIMENTO),
            List.of(new ServiceOffer("SCFV", 40)), "Rua São José, 80 - Centro", null, "3138240001",
            "convivencia@araponga.demo", "Rita Fontes", List.of())));
  }

  /** The demo CNPJ of entity {@code sequence} in {@code tenant}. */
  public static String demoCnpj(TenantId tenant, int sequence) {
    return Cnpj.withCheckDigits("99" + tenant.ibgeCode().substring(2, 6) + String.format("%02d", sequence) + "0001")
        .digits();
  }

  private void seed(TenantId tenant, List<DemoEntity> demo) {
    for (DemoEntity entity : demo) {
      String cnpj = demoCnpj(tenant, entity.sequence());
      SocialEntitySummary registered = system.in(tenant, Role.MUNICIPAL_STAFF, () -> entities.findByCnpj(cnpj)
          .orElseGet(() -> entities.create(new SocialEntityForm(cnpj, entity.legalName(), entity.tradeName(),
              entity.actions(), entity.services(), null, entity.address(), territory(entity.territory()),
              entity.phone(), entity.email(), entity.contact()))));
      if (registered.cmas().state() == InscriptionState.NOT_INSCRIBED && !entity.cmas().isEmpty()) {
        system.in(tenant, Role.COUNCIL_SECRETARY, () -> transaction.execute(status -> {
          entity.cmas().forEach(step -> events.publishEvent(
              new EntityInscriptionChanged(cnpj, SocialEntityService.CMAS, step.status(), step.on(), step.certificate())));
          return null;
        }));
      }
    }
  }

  private java.util.UUID territory(String name) {
    if (name == null) {
      return null;
    }
    return territories.list(name, 0, 50).stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst()
        .map(TerritorySummary::id).orElse(null);
  }

  private static Step step(InscriptionStatus status, int year, int month, int day) {
    return new Step(status, LocalDate.of(year, month, day), null);
  }

  private static Step inscribed(int year, int month, int day, String certificate) {
    return new Step(InscriptionStatus.INSCRIBED, LocalDate.of(year, month, day), certificate);
  }
}
