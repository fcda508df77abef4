package br.org.teia.fund.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A bank account of the fund, holding one financing block's resources. */
@Entity
@Table(name = "fund_bank_account")
class BankAccount {

  @Id
  private UUID id;
  @Column(name = "block_code")
  private String blockCode;
  private String programme;
  @Column(name = "bank_code")
  private String bankCode;
  private String branch;
  @Column(name = "account_number")
  private String accountNumber;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected BankAccount() {}

  static BankAccount open(BankAccountForm form, Clock clock) {
    BankAccount account = new BankAccount();
    account.id = UUID.randomUUID();
    account.blockCode = form.blockCode();
    account.programme = form.programme();
    account.bankCode = form.bankCode();
    account.branch = form.branch();
    account.accountNumber = form.accountNumber();
    account.createdAt = clock.instant();
    return account;
  }

  UUID id() {
    return id;
  }

  BankAccountSummary summary() {
    return new BankAccountSummary(id, blockCode, programme, bankCode, branch, accountNumber);
  }
}
