package br.org.teia.fund.partnership;

import br.org.teia.council.api.InscriptionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An entity's CMAS inscription as the council last published it: the fund's own copy, fed by the event. */
@Entity
@Table(name = "fund_entity_inscription")
class CmasInscription {

  @Id
  @Column(name = "entity_cnpj")
  private String entityCnpj;
  @Enumerated(EnumType.STRING)
  private InscriptionStatus status;
  @Column(name = "changed_on")
  private LocalDate changedOn;
  @Column(name = "inscription_number")
  private String inscriptionNumber;

  protected CmasInscription() {}

  CmasInscription(String entityCnpj) {
    this.entityCnpj = entityCnpj;
  }

  void changed(InscriptionStatus newStatus, LocalDate on, String number) {
    status = newStatus;
    changedOn = on;
    inscriptionNumber = number;
  }

  boolean inscribed() {
    return status == InscriptionStatus.INSCRIBED;
  }
}
