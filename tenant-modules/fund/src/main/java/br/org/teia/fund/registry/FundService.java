package br.org.teia.fund.registry;

import br.org.teia.fund.FundAccess;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The fund's registry and bank accounts in the current municipality: read by the municipality's and
 * the council's people, kept by the fund's manager; every change audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class FundService {

  static final String AUDIT_FUND = "fund";
  static final String AUDIT_ACCOUNT = "fund-bank-account";

  private final FundRepository funds;
  private final BankAccountRepository accounts;
  private final CatalogueService catalogue;
  private final AuditLog audit;
  private final Clock clock;

  FundService(FundRepository funds, BankAccountRepository accounts, CatalogueService catalogue, AuditLog audit,
      Clock clock) {
    this.funds = funds;
    this.accounts = accounts;
    this.catalogue = catalogue;
    this.audit = audit;
    this.clock = clock;
  }

  /** The registry, empty while the fund was not registered. */
  @RolesAllowed(FundAccess.READ)
  public Optional<FundSummary> find() {
    return funds.findById(Fund.THE_ONE).map(this::summary);
  }

  /** The registry for the fund's public page (no login): a public body's name, CNPJ and law. */
  @jakarta.annotation.security.PermitAll
  public Optional<FundSummary> publicFind() {
    return funds.findById(Fund.THE_ONE).map(this::summary);
  }

  @RolesAllowed(FundAccess.READ)
  public FundSummary get() {
    return find().orElseThrow(() -> new NotFoundException("fund.registry.not-found"));
  }

  /**
   * Registers the fund, or changes its registry. {@code expectedVersion} is the version the person
   * saw (null when there was none yet); a change made meanwhile by someone else is refused.
   */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public FundSummary save(Integer expectedVersion, @Valid FundForm form) {
    Optional<Fund> existing = funds.findById(Fund.THE_ONE);
    Fund fund;
    if (existing.isEmpty()) {
      if (expectedVersion != null) {
        throw new TeiaException("fund.registry.stale");
      }
      fund = Fund.create(form, clock);
      audit.record(AuditAction.FUND_CHANGE, AUDIT_FUND, form.cnpj(), "registered");
    } else {
      fund = existing.get();
      if (expectedVersion == null || fund.version() != expectedVersion) {
        throw new TeiaException("fund.registry.stale");
      }
      fund.apply(form, clock);
      audit.record(AuditAction.FUND_CHANGE, AUDIT_FUND, form.cnpj(), "registry changed");
    }
    return summary(funds.saveAndFlush(fund));
  }

  /** Adds a bank account for a block in force this year; the same account twice is refused. */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public BankAccountSummary addAccount(@Valid BankAccountForm form) {
    requireRegistered();
    if (catalogue.block(form.blockCode(), LocalDate.now(clock).getYear()).isEmpty()) {
      throw new DomainRefusal("blockCode", "fund.account.block.unknown", form.blockCode());
    }
    if (accounts.existsByBankCodeAndBranchAndAccountNumber(form.bankCode(), form.branch(), form.accountNumber())) {
      throw new DomainRefusal("accountNumber", "fund.account.duplicate");
    }
    BankAccount account = accounts.saveAndFlush(BankAccount.open(form, clock));
    audit.record(AuditAction.FUND_CHANGE, AUDIT_ACCOUNT, account.id().toString(),
        "opened for block " + form.blockCode());
    return account.summary();
  }

  /** Removes a bank account recorded by mistake; an unknown id (or another municipality's) is not found. */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public void removeAccount(UUID id) {
    BankAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("fund.account.not-found"));
    accounts.delete(account);
    audit.record(AuditAction.FUND_CHANGE, AUDIT_ACCOUNT, id.toString(), "removed");
  }

  private void requireRegistered() {
    if (!funds.existsById(Fund.THE_ONE)) {
      throw new NotFoundException("fund.registry.not-found");
    }
  }

  private FundSummary summary(Fund fund) {
    FundForm f = fund.form();
    return new FundSummary(f.name(), f.cnpj(), f.managingBody(), f.ordinatorName(), f.ordinatorPosition(),
        f.lawNumber(), f.lawDate(),
        accounts.findAllByOrderByBlockCodeAscBankCodeAscAccountNumberAsc().stream().map(BankAccount::summary).toList(),
        fund.version());
  }
}
