package br.org.teia.structure.unit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import br.org.teia.kernel.search.SearchFolding;

interface UnitRepository extends JpaRepository<Unit, UUID> {

  /** Name or address containing {@code pattern} ({@link SearchFolding#pattern}), accents and case aside. */
  String SEARCH = "SELECT u FROM Unit u WHERE (" + SearchFolding.FOLDED_OPEN + "u.name" + SearchFolding.FOLDED_CLOSE
      + " LIKE :pattern OR " + SearchFolding.FOLDED_OPEN + "coalesce(u.address, '')" + SearchFolding.FOLDED_CLOSE
      + " LIKE :pattern) AND (:type IS NULL OR u.type = :type)";

  @Query(SEARCH)
  Page<Unit> search(String pattern, UnitType type, Pageable page);

  @Query(SEARCH)
  List<Unit> searchAll(String pattern, UnitType type, Sort sort);

  List<Unit> findAllByTypeOrderByName(UnitType type);

  /** The id, type, name and capacity of the units in {@code status}, by name: one statement, no services. */
  @Query("SELECT u.id, u.type, u.name, u.capacity FROM Unit u WHERE u.status = :status ORDER BY u.name")
  List<Object[]> factsByStatus(UnitStatus status);

  @Query("SELECT u.type, count(u) FROM Unit u GROUP BY u.type")
  List<Object[]> countByType();

  boolean existsByNameIgnoreCase(String name);

  boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);

  boolean existsByParentUnitId(UUID parentUnitId);
}
