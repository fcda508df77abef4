package br.org.teia.fund.ledger;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ExpenseRepository extends JpaRepository<Expense, UUID> {

  /** The expense, locked until the transaction ends: two entries on one expense never race past its limits. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("SELECT x FROM Expense x WHERE x.id = :id")
  Optional<Expense> lock(UUID id);

  boolean existsByYearAndCommitmentNumber(int year, String commitmentNumber);

  List<Expense> findByYearOrderByCommitmentNumber(int year);

  String SEARCH = " FROM Expense x WHERE x.year = :year AND (:text = '' OR lower(x.commitmentNumber) LIKE :text"
      + " OR lower(x.creditor) LIKE :text OR lower(x.blockCode) LIKE :text OR x.creditorDocument LIKE :text)";

  /** The year's expenses whose number, creditor (name or document) or block holds {@code text} ('%...%', lower case; '' for all). */
  @Query(value = "SELECT x" + SEARCH, countQuery = "SELECT count(x)" + SEARCH)
  org.springframework.data.domain.Page<Expense> search(int year, String text, org.springframework.data.domain.Pageable page);

  List<Expense> findByYearIn(java.util.Collection<Integer> years);
}
