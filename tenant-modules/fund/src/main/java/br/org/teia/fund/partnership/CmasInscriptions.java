package br.org.teia.fund.partnership;

import br.org.teia.council.api.EntityInscriptionChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the fund's copy of each entity's CMAS inscription from the council's published event, in the
 * council's transaction and the municipality's scope; other councils' inscriptions do not count for
 * the fund (the CMAS inscribes social-assistance entities, Lei 8.742/1993 art. 9).
 */
@Component
class CmasInscriptions {

  private final CmasInscriptionRepository inscriptions;

  CmasInscriptions(CmasInscriptionRepository inscriptions) {
    this.inscriptions = inscriptions;
  }

  @EventListener
  @Transactional
  void on(EntityInscriptionChanged changed) {
    if (!"CMAS".equalsIgnoreCase(changed.council())) {
      return;
    }
    CmasInscription inscription = inscriptions.findById(changed.entityCnpj())
        .orElseGet(() -> new CmasInscription(changed.entityCnpj()));
    inscription.changed(changed.status(), changed.on(), changed.inscriptionNumber());
    inscriptions.save(inscription);
  }
}
