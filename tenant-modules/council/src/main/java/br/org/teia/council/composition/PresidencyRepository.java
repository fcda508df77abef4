package br.org.teia.council.composition;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PresidencyRepository extends JpaRepository<Presidency, UUID> {

  List<Presidency> findAllByCouncilIdOrderByStartsOn(UUID councilId);
}
