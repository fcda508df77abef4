package br.org.teia.structure.workforce;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import br.org.teia.kernel.search.SearchFolding;

interface WorkerRepository extends JpaRepository<Worker, UUID> {

  /** Name containing {@code pattern} ({@link SearchFolding#pattern}), accents and case aside. */
  String SEARCH = "SELECT w FROM Worker w WHERE " + SearchFolding.FOLDED_OPEN + "w.name" + SearchFolding.FOLDED_CLOSE
      + " LIKE :pattern AND (:unitId IS NULL OR w.unitId = :unitId)";

  @Query(SEARCH)
  Page<Worker> search(String pattern, UUID unitId, Pageable page);

  @Query(SEARCH)
  List<Worker> searchAll(String pattern, UUID unitId, Sort sort);

  List<Worker> findAllByUnitIdIn(Collection<UUID> unitIds);

  boolean existsByCpf(String cpf);

  boolean existsByCpfAndIdNot(String cpf, UUID id);

  Optional<Worker> findFirstByUnitIdAndCoordinatorTrue(UUID unitId);

  /** Workers per bond and per profession in one statement, as rows of ('bond' or 'profession', name, count). */
  @Query(value = """
      SELECT 'bond' AS figure, bond AS key, count(*) AS value FROM worker GROUP BY bond
      UNION ALL
      SELECT 'profession', profession, count(*) FROM worker GROUP BY profession""", nativeQuery = true)
  List<Object[]> countByBondAndProfession();
}
