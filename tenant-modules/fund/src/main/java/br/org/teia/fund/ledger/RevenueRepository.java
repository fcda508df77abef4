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

  @Query("SELECT r.blockCode, sum(r.amount) FROM Revenue r WHERE r.year = :year GROUP BY r.blockCode")
  List<Object[]> receivedByBlock(int year);

  @Query("SELECT r.blockCode, sum(r.amount) FROM Revenue r WHERE r.year = :year AND r.month BETWEEN :from AND :to"
      + " GROUP BY r.blockCode")
  List<Object[]> receivedByBlockBetween(int year, int from, int to);

  @Query(value = "SELECT block_code, amount FROM fund_reprogrammed_balance WHERE year = :year", nativeQuery = true)
  List<Object[]> reprogrammedByBlock(int year);

  @Modifying
  @Query(value = "INSERT INTO fund_reprogrammed_balance (year, block_code, amount) VALUES (:year, :block, :amount)"
      + " ON CONFLICT (year, block_code) DO UPDATE SET amount = EXCLUDED.amount", nativeQuery = true)
  void setReprogrammed(int year, String block, java.math.BigDecimal amount);
}
