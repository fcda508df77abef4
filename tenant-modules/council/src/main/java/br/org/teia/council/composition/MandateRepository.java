package br.org.teia.council.composition;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MandateRepository extends JpaRepository<Mandate, UUID> {

  List<Mandate> findAllByCouncilIdOrderByStartsOn(UUID councilId);

  List<Mandate> findAllByCouncilIdAndSegmentIdAndSeatNumberAndRole(UUID councilId, UUID segmentId, int seatNumber,
      MandateRole role);

  List<Mandate> findAllByCouncilIdAndPersonId(UUID councilId, UUID personId);

  boolean existsBySegmentId(UUID segmentId);
}
