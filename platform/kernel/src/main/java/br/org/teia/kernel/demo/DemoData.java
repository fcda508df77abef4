package br.org.teia.kernel.demo;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.tenancy.TenantId;
import java.util.List;

/**
 * What every module's demo data shares: the demo municipalities (Belo Horizonte and Betim, named in
 * the documents Teia comes from, and three small towns of Minas Gerais), one login per role and
 * their password, and the fictitious but well-formed CNPJs the demo gives funds and entities.
 * {@link DemoSeeder} onboards the municipalities and creates the logins; each module adds its part
 * through a {@link DemoContribution}. Names and CNPJs are fictitious; populations are those of the
 * 2022 census.
 */
public final class DemoData {

  /** The property that turns the demo on; with it false no demo bean exists at all. */
  public static final String ENABLED = "teia.demo.enabled";

  public static final TenantId BELO_HORIZONTE = TenantId.of("3106200");
  public static final TenantId BETIM = TenantId.of("3106705");
  public static final TenantId SERRA_DA_SAUDADE = TenantId.of("3166600");
  public static final TenantId CEDRO_DO_ABAETE = TenantId.of("3115607");
  public static final TenantId ARAPONGA = TenantId.of("3103702");
  public static final List<String> MUNICIPALITIES = List.of(BELO_HORIZONTE.ibgeCode(), BETIM.ibgeCode(),
      SERRA_DA_SAUDADE.ibgeCode(), CEDRO_DO_ABAETE.ibgeCode(), ARAPONGA.ibgeCode());
  public static final String PASSWORD = "Teia@demo2026";

  /** One demo login: who, what they are, where. */
  public record DemoLogin(String username, String displayName, Role role, List<TenantId> tenants) {}

  public static final List<DemoLogin> LOGINS = List.of(
      new DemoLogin("admin@cogemas.demo", "Ana Administradora (COGEMAS)", Role.ASSOCIATION_ADMIN, List.of()),
      new DemoLogin("equipe@cogemas.demo", "Bruno da Equipe (COGEMAS)", Role.ASSOCIATION_STAFF, List.of()),
      new DemoLogin("gestora@bh.demo", "Carla Gestora (Belo Horizonte)", Role.MUNICIPAL_MANAGER, List.of(BELO_HORIZONTE)),
      new DemoLogin("tecnico@bh.demo", "Diego Técnico (Belo Horizonte)", Role.MUNICIPAL_STAFF, List.of(BELO_HORIZONTE)),
      new DemoLogin("cmas@bh.demo", "Elisa Secretária do CMAS (Belo Horizonte)", Role.COUNCIL_SECRETARY, List.of(BELO_HORIZONTE)),
      new DemoLogin("conselheira@bh.demo", "Fátima Conselheira (Belo Horizonte)", Role.COUNCIL_MEMBER, List.of(BELO_HORIZONTE)),
      new DemoLogin("gestor@betim.demo", "Gustavo Gestor (Betim)", Role.MUNICIPAL_MANAGER, List.of(BETIM)),
      new DemoLogin("consultora@pequenos.demo", "Helena Consultora (3 municípios)", Role.MUNICIPAL_STAFF,
          List.of(SERRA_DA_SAUDADE, CEDRO_DO_ABAETE, ARAPONGA)));

  private DemoData() {}

  /** A fictitious but well-formed CNPJ for the municipality's fund: its IBGE code, branch 0001, check digits. */
  public static String fundCnpj(TenantId tenant) {
    return withCheckDigits(("0" + tenant.ibgeCode()).substring(0, 8) + "0001");
  }

  /**
   * The demo CNPJ of entity {@code sequence} in {@code tenant}: root 99 + digits of the IBGE code + the
   * sequence, branch 0001, check digits from {@link Cnpj}; never anyone's. The structure module's
   * entities and the council's inscriptions of the demo meet on it.
   */
  public static String entityCnpj(TenantId tenant, int sequence) {
    return withCheckDigits("99" + tenant.ibgeCode().substring(2, 6) + String.format("%02d", sequence) + "0001");
  }

  private static String withCheckDigits(String twelve) {
    return Cnpj.withCheckDigits(twelve).digits();
  }
}
