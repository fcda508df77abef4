package br.org.teia.structure.managingbody;

import br.org.teia.kernel.suas.SizeClass;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The municipality's managing body of social assistance (órgão gestor): one per municipality. */
@Entity
@Table(name = "managing_body")
class ManagingBody {

  /** The only row: the table's key admits no other value. */
  static final short THE_ONE = 1;

  @Id
  private short id;
  @Column(name = "secretariat_name")
  private String secretariatName;
  @Column(name = "fund_cnpj")
  private String fundCnpj;
  @Column(name = "manager_name")
  private String managerName;
  @Column(name = "suas_law_number")
  private String suasLawNumber;
  @Column(name = "suas_law_date")
  private LocalDate suasLawDate;
  @Column(name = "suas_law_url")
  private String suasLawUrl;
  private int population;
  @Enumerated(EnumType.STRING)
  @Column(name = "suas_management_level")
  private SuasManagementLevel suasManagementLevel;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private int version;

  protected ManagingBody() {}

  static ManagingBody create(ManagingBodyForm form, Clock clock) {
    ManagingBody body = new ManagingBody();
    body.id = THE_ONE;
    body.createdAt = clock.instant();
    body.apply(form, clock);
    return body;
  }

  void apply(ManagingBodyForm form, Clock clock) {
    secretariatName = form.secretariatName();
    fundCnpj = form.fundCnpj();
    managerName = form.managerName();
    suasLawNumber = form.suasLawNumber();
    suasLawDate = form.suasLawDate();
    suasLawUrl = form.suasLawUrl();
    population = form.population();
    suasManagementLevel = form.suasManagementLevel();
    updatedAt = clock.instant();
  }

  SizeClass sizeClass() {
    return SizeClass.of(population);
  }

  int version() {
    return version;
  }

  ManagingBodySummary summary() {
    return new ManagingBodySummary(secretariatName, fundCnpj, managerName, suasLawNumber, suasLawDate, suasLawUrl,
        population, sizeClass(), version, suasManagementLevel);
  }
}
