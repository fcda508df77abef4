package br.org.teia.fund.partnership;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipRepository extends JpaRepository<Partnership, UUID> {

  boolean existsByNumber(String number);

  List<Partnership> findAllByOrderByStartsOnDescNumberAsc();
}
