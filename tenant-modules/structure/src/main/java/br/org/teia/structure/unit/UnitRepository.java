package br.org.teia.structure.unit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, UUID> {

  @Query("""
      SELECT u FROM Unit u
      WHERE (lower(u.name) LIKE lower(concat('%', :text, '%'))
             OR lower(coalesce(u.address, '')) LIKE lower(concat('%', :text, '%')))
        AND (:type IS NULL OR u.type = :type)""")
  Page<Unit> search(String text, UnitType type, Pageable page);

  @Query("""
      SELECT u FROM Unit u
      WHERE (lower(u.name) LIKE lower(concat('%', :text, '%'))
             OR lower(coalesce(u.address, '')) LIKE lower(concat('%', :text, '%')))
        AND (:type IS NULL OR u.type = :type)""")
  List<Unit> searchAll(String text, UnitType type, Sort sort);

  List<Unit> findAllByTypeOrderByName(UnitType type);

  @Query("SELECT u.type, count(u) FROM Unit u GROUP BY u.type")
  List<Object[]> countByType();

  boolean existsByNameIgnoreCase(String name);

  boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);

  boolean existsByParentUnitId(UUID parentUnitId);
}
