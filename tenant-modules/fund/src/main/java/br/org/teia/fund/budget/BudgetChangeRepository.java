package br.org.teia.fund.budget;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetChangeRepository extends JpaRepository<BudgetChange, UUID> {}
