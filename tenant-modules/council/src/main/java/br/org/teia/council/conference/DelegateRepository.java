package br.org.teia.council.conference;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DelegateRepository extends JpaRepository<Delegate, UUID> {

  @Query("SELECT d FROM Delegate d WHERE d.conferenceId = :conferenceId ORDER BY d.segment, d.role, d.name")
  List<Delegate> findAllByConference(UUID conferenceId);
}
