package br.org.teia.fund.partnership;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipRepository extends JpaRepository<Partnership, UUID> {

  boolean existsByNumber(String number);

  List<Partnership> findAllByOrderByStartsOnDescNumberAsc();

  /** One page of {@link #findAllByOrderByStartsOnDescNumberAsc()} (its offset and limit in the SQL). */
  List<Partnership> findAllByOrderByStartsOnDescNumberAsc(Pageable page);
}
