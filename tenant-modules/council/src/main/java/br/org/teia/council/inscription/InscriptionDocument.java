package br.org.teia.council.inscription;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A document attached to a step of an inscription (PDF, PNG or JPEG up to 5 MB), with its SHA-256. */
@Entity
@Table(name = "council_inscription_document")
class InscriptionDocument {

  @Id
  private UUID id;
  @Column(name = "inscription_id")
  private UUID inscriptionId;
  @Enumerated(EnumType.STRING)
  private InscriptionStep step;
  @Column(name = "file_name")
  private String fileName;
  @Column(name = "content_type")
  private String contentType;
  @Column(name = "size_bytes")
  private int size;
  private String sha256;
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;
  @Column(name = "uploaded_at")
  private Instant uploadedAt;
  @Column(name = "uploaded_by")
  private String uploadedBy;

  protected InscriptionDocument() {}

  InscriptionDocument(UUID inscriptionId, InscriptionStep step, DocumentFile file, Instant now, String by) {
    this.id = UUID.randomUUID();
    this.inscriptionId = inscriptionId;
    this.step = step;
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.size = file.content().length;
    this.sha256 = file.sha256();
    this.content = file.content();
    this.uploadedAt = now;
    this.uploadedBy = by;
  }

  UUID inscriptionId() {
    return inscriptionId;
  }

  byte[] content() {
    return content;
  }

  DocumentSummary summary() {
    return new DocumentSummary(id, step, fileName, contentType, size, sha256, uploadedAt, uploadedBy);
  }
}
