package br.org.teia.council.conference;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliberationFollowUpRepository extends JpaRepository<DeliberationFollowUp, UUID> {

  @Query("""
      SELECT f FROM DeliberationFollowUp f WHERE f.deliberationId IN :deliberations
      ORDER BY f.occurredOn, f.createdAt""")
  List<DeliberationFollowUp> findAllByDeliberations(Collection<UUID> deliberations);
}
