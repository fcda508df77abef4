package br.org.teia.council.composition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CouncilRepository extends JpaRepository<Council, UUID> {

  List<Council> findAllByOrderByAcronym();

  @Query("SELECT c FROM Council c WHERE upper(c.acronym) = upper(:acronym)")
  Optional<Council> findByAcronym(String acronym);

  @Query("SELECT count(c) > 0 FROM Council c WHERE upper(c.acronym) = upper(:acronym) AND c.id <> :id")
  boolean existsByAcronymAndIdNot(String acronym, UUID id);
}
