package br.org.teia.council.commission;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommissionRepository extends JpaRepository<Commission, UUID> {

  List<Commission> findAllByCouncilIdOrderByKindAscNameAsc(UUID councilId);

  Optional<Commission> findByIdAndCouncilId(UUID id, UUID councilId);

  Optional<Commission> findFirstByCouncilIdAndKind(UUID councilId, CommissionKind kind);

  boolean existsByCouncilIdAndNameIgnoreCase(UUID councilId, String name);
}
