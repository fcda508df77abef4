package br.org.teia.fund.importing;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundImportRepository extends JpaRepository<FundImport, UUID> {

  Optional<FundImport> findByKindAndDigest(ImportKind kind, String digest);
}
