package br.org.teia.structure.entity;

import br.org.teia.council.api.InscriptionStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import br.org.teia.kernel.search.SearchFolding;

interface SocialEntityRepository extends JpaRepository<SocialEntity, UUID> {

  /**
   * Entities whose legal or trade name contains {@code pattern} ({@link SearchFolding#pattern}: accents and case aside), or whose CNPJ contains {@code digits}
   * (when not empty); with {@code anyState} false, only those whose inscription in {@code council}
   * is {@code status}, or has none when {@code notInscribed}.
   */
  String SEARCH = "SELECT e FROM SocialEntity e WHERE ("
      + SearchFolding.FOLDED_OPEN + "e.legalName" + SearchFolding.FOLDED_CLOSE + " LIKE :pattern OR "
      + SearchFolding.FOLDED_OPEN + "coalesce(e.tradeName, '')" + SearchFolding.FOLDED_CLOSE + " LIKE :pattern "
      + """
       OR (:digits <> '' AND e.cnpj LIKE concat('%', :digits, '%')))
        AND (:anyState = true
             OR (:notInscribed = true AND NOT EXISTS
                 (SELECT 1 FROM EntityInscription i WHERE i.cnpj = e.cnpj AND i.council = :council))
             OR EXISTS
                 (SELECT 1 FROM EntityInscription i WHERE i.cnpj = e.cnpj AND i.council = :council AND i.status = :status))""";

  @Query(SEARCH)
  Page<SocialEntity> search(String pattern, String digits, boolean anyState, boolean notInscribed, String council,
      InscriptionStatus status, Pageable page);

  @Query(SEARCH)
  List<SocialEntity> searchAll(String pattern, String digits, boolean anyState, boolean notInscribed, String council,
      InscriptionStatus status, Sort sort);

  Optional<SocialEntity> findByCnpj(String cnpj);

  boolean existsByCnpj(String cnpj);

  boolean existsByCnpjAndIdNot(String cnpj, UUID id);

  /**
   * The network's figures in one statement ({@link SocialEntityService#figures()}), as rows of (figure,
   * key, value): entities registered; those whose inscription in {@code council} has {@code status};
   * entities per type of action; the services' capacity per protection level.
   */
  @Query(value = """
      SELECT 'entities' AS figure, NULL AS key, count(*) AS value FROM social_entity
      UNION ALL
      SELECT 'inscribed', NULL, count(*) FROM social_entity e
        WHERE EXISTS (SELECT 1 FROM entity_inscription i WHERE i.cnpj = e.cnpj AND i.council = :council AND i.status = :status)
      UNION ALL
      SELECT 'action', a.action, count(*) FROM social_entity e JOIN social_entity_action a ON a.entity_id = e.id
        GROUP BY a.action
      UNION ALL
      SELECT 'capacity', ts.protection_level, sum(es.capacity)
        FROM social_entity_service es JOIN typified_service ts ON ts.code = es.service_code
        GROUP BY ts.protection_level""", nativeQuery = true)
  List<Object[]> figures(String council, String status);
}
