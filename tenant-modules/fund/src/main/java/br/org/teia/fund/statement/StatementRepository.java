package br.org.teia.fund.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatementRepository extends JpaRepository<AnnualStatement, Integer> {

  List<AnnualStatement> findAllByStatusOrderByYearDesc(StatementStatus status);
}
