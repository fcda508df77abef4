package br.org.teia.fund.statement;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatementDeadlineRepository extends JpaRepository<StatementDeadline, Integer> {}
