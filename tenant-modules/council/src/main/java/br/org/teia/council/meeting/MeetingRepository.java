package br.org.teia.council.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

  List<Meeting> findAllByCouncilIdAndDateBetweenOrderByDateAscStartTimeAsc(UUID councilId, LocalDate from,
      LocalDate to);

  List<Meeting> findAllByCouncilIdAndAgendaPublishedOnIsNotNullOrderByDateDesc(UUID councilId);

  List<Meeting> findAllByCouncilIdAndStatusOrderByDateDesc(UUID councilId, MeetingStatus status);

  /** The meeting whose agenda holds the item. */
  Optional<Meeting> findByItemsId(UUID itemId);
}
