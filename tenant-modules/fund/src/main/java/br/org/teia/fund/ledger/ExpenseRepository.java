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

  List<Expense> findByYearIn(java.util.Collection<Integer> years);
}
