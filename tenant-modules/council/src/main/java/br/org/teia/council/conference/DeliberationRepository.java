package br.org.teia.council.conference;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliberationRepository extends JpaRepository<Deliberation, UUID> {

  @Query("SELECT d FROM Deliberation d WHERE d.conferenceId = :conferenceId ORDER BY d.number")
  List<Deliberation> findAllByConference(UUID conferenceId);

  @Query("SELECT coalesce(max(d.number), 0) FROM Deliberation d WHERE d.conferenceId = :conferenceId")
  int lastNumber(UUID conferenceId);
}
