package br.org.teia.fund.importing;

import br.org.teia.fund.FundAccess;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.fund.catalogue.FundingSource;
import br.org.teia.fund.ledger.BatchOutcome;
import br.org.teia.fund.ledger.LedgerImports;
import br.org.teia.fund.ledger.LineRefusal;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.tenancy.Progress;
import br.org.teia.kernel.tenancy.TenantScope;
import br.org.teia.structure.api.UnitDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports the accounting system's execution export and the files of transfers received, laid out in
 * docs/fund-execution-import.md, into the current municipality's ledger: in one transaction, all or
 * nothing (a single wrong line, reported in Portuguese with its line and column, leaves the ledger
 * as it was); idempotent (the same file again is recognised by its SHA-256, and lines already in the
 * ledger are skipped by their natural keys); a file naming another municipality refused whole. Each
 * import is audited once, with its counts. Kept by the fund's manager.
 */
@Service
@Transactional(readOnly = true)
public class ImportService {

  static final String AUDIT_IMPORT = "fund-import";

  private final LedgerImports ledger;
  private final CatalogueService catalogue;
  private final UnitDirectory units;
  private final FundImportRepository imports;
  private final EntityManager entityManager;
  private final AuditLog audit;
  private final Clock clock;

  private final br.org.teia.kernel.indicators.Indicators indicators;

  ImportService(LedgerImports ledger, CatalogueService catalogue, UnitDirectory units, FundImportRepository imports,
      EntityManager entityManager, AuditLog audit, br.org.teia.kernel.indicators.Indicators indicators, Clock clock) {
    this.indicators = indicators;
    this.ledger = ledger;
    this.catalogue = catalogue;
    this.units = units;
    this.imports = imports;
    this.entityManager = entityManager;
    this.audit = audit;
    this.clock = clock;
  }

  /** Imports an execution export; {@code progress} hears how far the check of its lines went. */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public ImportResult importExecution(String fileName, byte[] content, Consumer<Progress> progress) {
    String digest = sha256(content);
    var previous = lockAndFind(ImportKind.EXECUTION, digest);
    if (previous != null) {
      return previous.result();
    }
    CsvTable table = CsvTable.read(content, ExecutionFile.REQUIRED);
    if (!table.refusals().isEmpty()) {
      return refused(ImportKind.EXECUTION, fileName, table.rows().size(), table.refusals());
    }
    Map<String, UUID> unitsByName = new HashMap<>();
    units.units().forEach(u -> unitsByName.putIfAbsent(Fields.plain(u.name()), u.id()));
    ExecutionFile.Read read = ExecutionFile.read(table, TenantScope.require().ibgeCode(), unitsByName, sources());
    if (!read.refusals().isEmpty()) {
      return refused(ImportKind.EXECUTION, fileName, table.rows().size(), read.refusals());
    }
    BatchOutcome outcome = ledger.applyExecution(read.lines(), progress);
    return finish(ImportKind.EXECUTION, digest, fileName, table.rows().size(), outcome);
  }

  /** Imports a file of transfers received (block, month, amount). */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public ImportResult importRevenues(String fileName, byte[] content) {
    String digest = sha256(content);
    var previous = lockAndFind(ImportKind.REVENUE, digest);
    if (previous != null) {
      return previous.result();
    }
    CsvTable table = CsvTable.read(content, RevenueFile.REQUIRED);
    if (!table.refusals().isEmpty()) {
      return refused(ImportKind.REVENUE, fileName, table.rows().size(), table.refusals());
    }
    RevenueFile.Read read = RevenueFile.read(table, TenantScope.require().ibgeCode(), sources());
    if (!read.refusals().isEmpty()) {
      return refused(ImportKind.REVENUE, fileName, table.rows().size(), read.refusals());
    }
    return finish(ImportKind.REVENUE, digest, fileName, table.rows().size(), ledger.applyRevenues(read.lines()));
  }

  /**
   * One import at a time per municipality (a transaction-scoped advisory lock on the schema's name):
   * two people sending overlapping files would otherwise both pass the checks. Then the file's
   * earlier import, if any.
   */
  private FundImport lockAndFind(ImportKind kind, String digest) {
    entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':fund-import'))")
        .getSingleResult();
    return imports.findByKindAndDigest(kind, digest).orElse(null);
  }

  private ImportResult finish(ImportKind kind, String digest, String fileName, int lines, BatchOutcome outcome) {
    indicators.changed(br.org.teia.fund.FundModule.NAME); // once per file, computed before commit
    if (!outcome.accepted()) {
      return refused(kind, fileName, lines, outcome.refusals());
    }
    imports.save(FundImport.of(kind, digest, fileName, lines, outcome.added(), outcome.alreadyPresent(), clock));
    audit.record(AuditAction.FUND_CHANGE, AUDIT_IMPORT, digest,
        "%s %s: %d lines, %d added, %d already present".formatted(kind, fileName, lines, outcome.added(),
            outcome.alreadyPresent()));
    return new ImportResult(kind, fileName, lines, outcome.added(), outcome.alreadyPresent(), false, List.of());
  }

  /** Nothing of a refused file stays, whatever was read or locked for it. */
  private static ImportResult refused(ImportKind kind, String fileName, int lines, List<LineRefusal> refusals) {
    TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    List<LineRefusal> sorted = refusals.stream()
        .sorted(Comparator.comparingInt(LineRefusal::line)).toList();
    return ImportResult.refused(kind, fileName, lines, sorted);
  }

  private BiPredicate<Integer, String> sources() {
    Map<Integer, Set<String>> byYear = new HashMap<>();
    return (year, code) -> byYear.computeIfAbsent(year, y -> catalogue.sources(y).stream()
        .map(FundingSource::code).collect(Collectors.toCollection(HashSet::new))).contains(code);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
