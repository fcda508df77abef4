package br.org.teia.fund.statement;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatementRepository extends JpaRepository<AnnualStatement, Integer> {}
