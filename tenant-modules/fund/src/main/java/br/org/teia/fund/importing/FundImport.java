package br.org.teia.fund.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A file imported whole, known by its SHA-256: the same file again changes nothing. */
@Entity
@Table(name = "fund_import")
class FundImport {

  @Id
  private UUID id;
  @Enumerated(EnumType.STRING)
  private ImportKind kind;
  private String digest;
  @Column(name = "file_name")
  private String fileName;
  @Column(name = "line_count")
  private int lineCount;
  private int added;
  @Column(name = "already_present")
  private int alreadyPresent;
  @Column(name = "imported_at")
  private Instant importedAt;

  protected FundImport() {}

  static FundImport of(ImportKind kind, String digest, String fileName, int lineCount, int added, int alreadyPresent,
      Clock clock) {
    FundImport row = new FundImport();
    row.id = UUID.randomUUID();
    row.kind = kind;
    row.digest = digest;
    row.fileName = fileName;
    row.lineCount = lineCount;
    row.added = added;
    row.alreadyPresent = alreadyPresent;
    row.importedAt = clock.instant();
    return row;
  }

  ImportResult result() {
    return new ImportResult(kind, fileName, lineCount, added, alreadyPresent, true, java.util.List.of());
  }
}
