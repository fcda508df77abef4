package br.org.teia.council.inscription;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/**
 * Numbers that run per council and year (inscriptions, letters): one row per counter, incremented
 * by an upsert, so two secretaries issuing at once get different numbers.
 */
@Repository
class InscriptionNumbers {

  static final String INSCRIPTION = "INSCRIPTION";
  static final String LETTER = "LETTER";

  private final EntityManager entityManager;

  InscriptionNumbers(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  int next(UUID councilId, String kind, int year) {
    Object value = entityManager.createNativeQuery("""
            INSERT INTO council_inscription_counter (council_id, kind, year, last_number) VALUES (?1, ?2, ?3, 1)
            ON CONFLICT (council_id, kind, year)
            DO UPDATE SET last_number = council_inscription_counter.last_number + 1
            RETURNING last_number""")
        .setParameter(1, councilId).setParameter(2, kind).setParameter(3, year)
        .getSingleResult();
    return ((Number) value).intValue();
  }
}
