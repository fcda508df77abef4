package br.org.teia.council.resolution;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import br.org.teia.kernel.search.SearchFolding;

interface ResolutionRepository extends JpaRepository<Resolution, UUID> {

  String COLUMNS = "r.id, r.council_id, r.year, r.number, r.meeting_id, r.meeting_date, r.agenda_item_id, r.title, "
      + "r.text, r.status, r.published_on, r.created_at, r.updated_at, r.version";
  String MATCHING = " FROM council_resolution r WHERE r.council_id = :councilId"
      + " AND (:publishedOnly = false OR r.status = 'PUBLISHED')"
      + " AND (:search = '' OR r.search @@ websearch_to_tsquery('portuguese', :search)"
      + " OR " + SearchFolding.SQL_FOLDED_OPEN + "r.title" + SearchFolding.SQL_FOLDED_CLOSE + " LIKE :pattern)";

  /**
   * Resolutions of a council, newest first; {@code search} (empty for all) is read as a web search
   * in Portuguese: words stemmed, "quoted phrases", -excluded words; or whose title contains
   * {@code pattern} ({@link SearchFolding#pattern}: accents and case aside, "conferencia" finds "Conferência").
   */
  @Query(value = "SELECT " + COLUMNS + MATCHING + " ORDER BY r.year DESC, r.number DESC",
      countQuery = "SELECT count(*)" + MATCHING, nativeQuery = true)
  Page<Resolution> search(UUID councilId, boolean publishedOnly, String search, String pattern, Pageable page);

  Optional<Resolution> findByIdAndCouncilId(UUID id, UUID councilId);

  boolean existsByAgendaItemId(UUID agendaItemId);

  @Query("SELECT r.agendaItemId FROM Resolution r WHERE r.councilId = :councilId")
  Set<UUID> resolvedItems(UUID councilId);

  long countByStatusAndPublishedOnBetween(ResolutionStatus status, LocalDate from, LocalDate to);

  // ---- the yearly counter: a row per council and year, locked while a number is taken

  @Modifying
  @Query(value = "INSERT INTO council_resolution_counter (council_id, year, last_number) VALUES (:councilId, :year, 0)"
      + " ON CONFLICT (council_id, year) DO NOTHING", nativeQuery = true)
  void createCounter(UUID councilId, int year);

  @Query(value = "SELECT last_number FROM council_resolution_counter WHERE council_id = :councilId AND year = :year"
      + " FOR UPDATE", nativeQuery = true)
  int lockCounter(UUID councilId, int year);

  @Modifying
  @Query(value = "UPDATE council_resolution_counter SET last_number = :number WHERE council_id = :councilId"
      + " AND year = :year", nativeQuery = true)
  void advanceCounter(UUID councilId, int year, int number);
}
