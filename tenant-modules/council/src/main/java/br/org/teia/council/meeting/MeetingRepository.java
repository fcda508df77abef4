package br.org.teia.council.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

  List<Meeting> findAllByCouncilIdAndDateBetweenOrderByDateAscStartTimeAsc(UUID councilId, LocalDate from,
      LocalDate to);

  List<Meeting> findAllByCouncilIdAndAgendaPublishedOnIsNotNullOrderByDateDesc(UUID councilId);

  @Query("SELECT m FROM Meeting m JOIN m.items i WHERE i.id = :itemId")
  Optional<Meeting> findByItem(UUID itemId);
}
