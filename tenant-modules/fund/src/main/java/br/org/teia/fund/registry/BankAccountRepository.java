package br.org.teia.fund.registry;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BankAccountRepository extends JpaRepository<BankAccount, UUID> {

  List<BankAccount> findAllByOrderByBlockCodeAscBankCodeAscAccountNumberAsc();

  boolean existsByBankCodeAndBranchAndAccountNumber(String bankCode, String branch, String accountNumber);
}
