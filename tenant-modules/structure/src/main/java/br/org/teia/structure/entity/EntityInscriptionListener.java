package br.org.teia.structure.entity;

import br.org.teia.council.api.EntityInscriptionChanged;
import br.org.teia.kernel.indicators.Indicators;
import br.org.teia.structure.StructureModule;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what councils publish about entities' inscriptions ({@link EntityInscriptionChanged}),
 * per CNPJ and council: the current status and every step in the history.
 *
 * <p>The council module publishes inside the municipality's tenant scope and its own transaction;
 * this listener runs synchronously and <b>joins that transaction</b>, so the status is written
 * with the council's decision and rolled back with it. It checks no role: the publisher has
 * already decided who may move an inscription, and this only mirrors it.
 *
 * <p>A CNPJ with no entity registered here yet is recorded all the same (the tables are keyed by
 * CNPJ, with no reference to {@code social_entity}): when the secretariat registers the entity
 * later, its status and history are already there.
 */
@Component
class EntityInscriptionListener {

  private static final Logger log = LoggerFactory.getLogger(EntityInscriptionListener.class);
  static final int MAX_COUNCIL = 40;
  static final int MAX_CERTIFICATE = 100;
  static final int MAX_NUMBER = 40;

  private final EntityInscriptionRepository inscriptions;
  private final EntityInscriptionStepRepository history;
  private final Clock clock;
  private final Indicators indicators;

  EntityInscriptionListener(EntityInscriptionRepository inscriptions, EntityInscriptionStepRepository history,
      Clock clock, Indicators indicators) {
    this.inscriptions = inscriptions;
    this.history = history;
    this.clock = clock;
    this.indicators = indicators;
  }

  @EventListener
  @Transactional
  public void on(EntityInscriptionChanged changed) {
    String council = changed.council().strip().toUpperCase(Locale.ROOT);
    if (council.isEmpty() || council.length() > MAX_COUNCIL) {
      throw new IllegalArgumentException("council must have 1 to " + MAX_COUNCIL + " characters: " + changed.council());
    }
    String certificate = changed.certificateCode() == null || changed.certificateCode().isBlank() ? null
        : changed.certificateCode().strip();
    if (certificate != null && certificate.length() > MAX_CERTIFICATE) {
      throw new IllegalArgumentException("certificate code longer than " + MAX_CERTIFICATE + " characters");
    }
    String number = changed.inscriptionNumber() == null || changed.inscriptionNumber().isBlank() ? null
        : changed.inscriptionNumber().strip();
    if (number != null && number.length() > MAX_NUMBER) {
      throw new IllegalArgumentException("inscription number longer than " + MAX_NUMBER + " characters");
    }
    Instant now = clock.instant();
    history.save(new EntityInscriptionStep(changed.entityCnpj(), council, changed.status(), changed.on(),
        certificate, now));
    EntityInscription inscription = inscriptions.findById(new EntityInscription.Key(changed.entityCnpj(), council))
        .orElseGet(() -> new EntityInscription(changed.entityCnpj(), council));
    if (inscription.move(changed.status(), changed.on(), certificate, number, now)) {
      inscriptions.save(inscription);
      indicators.changed(StructureModule.NAME);
    } else {
      log.info("inscription step of {} in {} dated {} is older than the current one: kept in the history only",
          Cnpj.format(changed.entityCnpj()), council, changed.on());
    }
  }
}
