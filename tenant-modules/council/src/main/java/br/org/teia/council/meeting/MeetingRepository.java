package br.org.teia.council.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import br.org.teia.kernel.search.SearchFolding;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

  List<Meeting> findAllByCouncilIdAndDateBetweenOrderByDateAscStartTimeAsc(UUID councilId, LocalDate from,
      LocalDate to);

  List<Meeting> findAllByCouncilIdAndAgendaPublishedOnIsNotNullOrderByDateDesc(UUID councilId);

  List<Meeting> findAllByCouncilIdAndStatusOrderByDateDesc(UUID councilId, MeetingStatus status);

  /** Meetings whose place or an agenda item's title contains {@code pattern} ({@link SearchFolding#pattern}), newest first. */
  @Query("SELECT DISTINCT m FROM Meeting m LEFT JOIN m.items i WHERE "
      + SearchFolding.FOLDED_OPEN + "m.place" + SearchFolding.FOLDED_CLOSE + " LIKE :pattern OR "
      + SearchFolding.FOLDED_OPEN + "i.title" + SearchFolding.FOLDED_CLOSE + " LIKE :pattern"
      + " ORDER BY m.date DESC")
  List<Meeting> search(String pattern, Pageable page);

  /** The meeting whose agenda holds the item. */
  Optional<Meeting> findByItemsId(UUID itemId);
}
