package br.org.teia.council.inscription;

import br.org.teia.council.api.InscriptionStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InscriptionRepository extends JpaRepository<Inscription, UUID> {

  Page<Inscription> findAllByCouncilId(UUID councilId, Pageable page);

  Page<Inscription> findAllByCouncilIdAndStep(UUID councilId, InscriptionStep step, Pageable page);

  Optional<Inscription> findByCertificateCode(String code);

  boolean existsByCertificateCode(String code);

  @Query("SELECT count(DISTINCT i.entityCnpj) FROM Inscription i WHERE i.councilId = :councilId AND i.status = :status")
  long countEntities(UUID councilId, InscriptionStatus status);
}
