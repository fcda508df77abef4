package br.org.teia.structure.workforce;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamTierRepository extends JpaRepository<TeamTier, String> {

  /**
   * Every tier with its requirements, in order, in one query: the requirements are an eager
   * collection, which {@code findAll} reads with one more query per tier (each dashboard and each
   * unit's change runs the check).
   */
  @Query("SELECT t FROM TeamTier t LEFT JOIN FETCH t.requirements r ORDER BY t.position, r.position")
  List<TeamTier> findAllWithRequirements();
}
