package br.org.teia.fund.budget;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AllocationRepository extends JpaRepository<Allocation, UUID> {

  List<Allocation> findByYearOrderByBlockCodeAscActionCodeAscExpenseNatureAsc(int year);

  boolean existsByYearAndBlockCodeAndActionCodeAndSourceCodeAndSubfunctionAndExpenseNature(int year, String blockCode,
      String actionCode, String sourceCode, String subfunction, String expenseNature);
}
