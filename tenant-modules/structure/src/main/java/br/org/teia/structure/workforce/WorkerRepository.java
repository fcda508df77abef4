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

interface WorkerRepository extends JpaRepository<Worker, UUID> {

  @Query("""
      SELECT w FROM Worker w
      WHERE lower(w.name) LIKE lower(concat('%', :text, '%'))
        AND (:unitId IS NULL OR w.unitId = :unitId)""")
  Page<Worker> search(String text, UUID unitId, Pageable page);

  @Query("""
      SELECT w FROM Worker w
      WHERE lower(w.name) LIKE lower(concat('%', :text, '%'))
        AND (:unitId IS NULL OR w.unitId = :unitId)""")
  List<Worker> searchAll(String text, UUID unitId, Sort sort);

  List<Worker> findAllByUnitIdIn(Collection<UUID> unitIds);

  boolean existsByCpf(String cpf);

  boolean existsByCpfAndIdNot(String cpf, UUID id);

  Optional<Worker> findFirstByUnitIdAndCoordinatorTrue(UUID unitId);

  @Query("SELECT w.bond, count(w) FROM Worker w GROUP BY w.bond")
  List<Object[]> countByBond();

  @Query("SELECT w.profession, count(w) FROM Worker w GROUP BY w.profession")
  List<Object[]> countByProfession();
}
