package br.org.teia.council.inscription;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InscriptionDocumentRepository extends JpaRepository<InscriptionDocument, UUID> {

  /** The documents of an inscription without their bytes. */
  @Query("""
      SELECT new br.org.teia.council.inscription.DocumentSummary(d.id, d.step, d.fileName, d.contentType, d.size,
        d.sha256, d.uploadedAt, d.uploadedBy)
      FROM InscriptionDocument d WHERE d.inscriptionId = :inscriptionId ORDER BY d.uploadedAt""")
  List<DocumentSummary> summaries(java.util.UUID inscriptionId);
}
