package br.org.teia.fund.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The municipal social-assistance fund (FMAS): one per municipality. */
@Entity
@Table(name = "fund_registry")
class Fund {

  /** The only row: the table's key admits no other value. */
  static final short THE_ONE = 1;

  @Id
  private short id;
  private String name;
  private String cnpj;
  @Column(name = "managing_body")
  private String managingBody;
  @Column(name = "ordinator_name")
  private String ordinatorName;
  @Column(name = "ordinator_position")
  private String ordinatorPosition;
  @Column(name = "law_number")
  private String lawNumber;
  @Column(name = "law_date")
  private LocalDate lawDate;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private int version;

  protected Fund() {}

  static Fund create(FundForm form, Clock clock) {
    Fund fund = new Fund();
    fund.id = THE_ONE;
    fund.createdAt = clock.instant();
    fund.apply(form, clock);
    return fund;
  }

  void apply(FundForm form, Clock clock) {
    name = form.name();
    cnpj = form.cnpj();
    managingBody = form.managingBody();
    ordinatorName = form.ordinatorName();
    ordinatorPosition = form.ordinatorPosition();
    lawNumber = form.lawNumber();
    lawDate = form.lawDate();
    updatedAt = clock.instant();
  }

  int version() {
    return version;
  }

  FundForm form() {
    return new FundForm(name, cnpj, managingBody, ordinatorName, ordinatorPosition, lawNumber, lawDate);
  }
}
