package br.org.teia.fund.ledger;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RevenueRepository extends JpaRepository<Revenue, UUID> {

  boolean existsByYearAndBlockCodeAndSourceCodeAndDocument(int year, String blockCode, String sourceCode,
      String document);

  /** The natural keys (year, block, source, document) of the years' revenues. */
  @Query("SELECT r.year, r.blockCode, r.sourceCode, r.document FROM Revenue r WHERE r.year IN :years")
  List<Object[]> keysOfYears(java.util.Collection<Integer> years);

  // A reversal (estorno) subtracts what the revenue it cancels added, in the month it is recorded.
  @Query("SELECT r.blockCode, sum(CASE WHEN r.reversesId IS NULL THEN r.amount ELSE -r.amount END) FROM Revenue r WHERE r.year = :year GROUP BY r.blockCode")
  List<Object[]> receivedByBlock(int year);

  @Query("SELECT r.blockCode, sum(CASE WHEN r.reversesId IS NULL THEN r.amount ELSE -r.amount END) FROM Revenue r WHERE r.year = :year AND r.month BETWEEN :from AND :to"
      + " GROUP BY r.blockCode")
  List<Object[]> receivedByBlockBetween(int year, int from, int to);

  /** The year's revenues and reversals of a block (null: all) and month (null: all), as the list pages them. */
  @Query("SELECT r FROM Revenue r WHERE r.year = :year AND (:block IS NULL OR r.blockCode = :block)"
      + " AND (:month IS NULL OR r.month = :month)")
  org.springframework.data.domain.Page<Revenue> search(int year, String block, Integer month,
      org.springframework.data.domain.Pageable page);

  /** What the revenues {@link #search} finds add up to, reversals subtracted; null when it finds none. */
  @Query("SELECT sum(CASE WHEN r.reversesId IS NULL THEN r.amount ELSE -r.amount END) FROM Revenue r WHERE r.year = :year AND (:block IS NULL OR r.blockCode = :block)"
      + " AND (:month IS NULL OR r.month = :month)")
  java.math.BigDecimal netOf(int year, String block, Integer month);

  /** Of {@code ids}, those a reversal cancelled. */
  @Query("SELECT r.reversesId FROM Revenue r WHERE r.reversesId IN :ids")
  List<UUID> reversedAmong(java.util.Collection<UUID> ids);

  boolean existsByReversesId(UUID id);

  /** The revenue, locked until the transaction ends: two reversals of it at once become one and a refusal. */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @Query("SELECT r FROM Revenue r WHERE r.id = :id")
  java.util.Optional<Revenue> lock(UUID id);

  @Query(value = "SELECT block_code, amount FROM fund_reprogrammed_balance WHERE year = :year", nativeQuery = true)
  List<Object[]> reprogrammedByBlock(int year);

  @Modifying
  @Query(value = "INSERT INTO fund_reprogrammed_balance (year, block_code, amount) VALUES (:year, :block, :amount)"
      + " ON CONFLICT (year, block_code) DO UPDATE SET amount = EXCLUDED.amount", nativeQuery = true)
  void setReprogrammed(int year, String block, java.math.BigDecimal amount);
}
