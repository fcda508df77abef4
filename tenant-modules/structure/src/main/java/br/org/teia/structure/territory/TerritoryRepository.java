package br.org.teia.structure.territory;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TerritoryRepository extends JpaRepository<Territory, UUID> {

  @Query("SELECT t FROM Territory t WHERE lower(t.name) LIKE lower(concat('%', :text, '%'))")
  Page<Territory> search(String text, Pageable page);

  boolean existsByNameIgnoreCase(String name);

  boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);

  /** The sum of the estimated families; null when no territory has one. */
  @Query("SELECT sum(t.estimatedFamilies) FROM Territory t")
  Long sumEstimatedFamilies();

  @Query(value = "SELECT current_schema()", nativeQuery = true)
  String currentSchema();
}
