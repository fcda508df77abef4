package br.org.teia.council.conference;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConferenceRepository extends JpaRepository<Conference, UUID> {

  @Query("SELECT c FROM Conference c WHERE c.councilId = :councilId ORDER BY c.startsOn DESC")
  List<Conference> findAllByCouncil(UUID councilId);
}
