package br.org.teia.exchange.document;

import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.exchange.attachment.AttachmentFile;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The documents library: staff add documents and new versions of them; every member searches,
 * reads and downloads them (each download counted).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class DocumentService {

  private final DocumentRepository documents;
  private final CurrentUser currentUser;
  private final AuditLog audit;

  DocumentService(DocumentRepository documents, CurrentUser currentUser, AuditLog audit) {
    this.documents = documents;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  /** Adds a document with its first version. */
  @Transactional
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public UUID add(@Valid DocumentForm form, AttachmentFile file) {
    UUID id = UUID.randomUUID();
    String text = DocumentText.of(file);
    documents.insert(id, form, text);
    documents.addVersion(id, file, text, author());
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_document", id.toString(), "added");
    return id;
  }

  /** Adds a new version, which becomes the one downloaded and searched; answers its number. */
  @Transactional
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public int addVersion(UUID id, AttachmentFile file) {
    if (!documents.exists(id)) {
      throw notFound();
    }
    int version = documents.addVersion(id, file, DocumentText.of(file), author());
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_document", id.toString(), "version " + version);
    return version;
  }

  /** Documents whose title, description, tags or text have every word (accents and plurals aside). */
  @RolesAllowed(ExchangeAccess.READ)
  public List<DocumentSummary> search(String text, String folder) {
    return documents.search(SearchQuery.words(text), folder == null || folder.isBlank() ? null : folder);
  }

  /** {@code limit} documents (at most 200) of {@link #search(String, String)} from {@code offset}. */
  @RolesAllowed(ExchangeAccess.READ)
  public List<DocumentSummary> search(String text, String folder, int offset, int limit) {
    return documents.search(SearchQuery.words(text), folder == null || folder.isBlank() ? null : folder,
        Math.max(offset, 0), Math.clamp(limit, 1, 200));
  }

  /** How many documents {@link #search(String, String)} finds. */
  @RolesAllowed(ExchangeAccess.READ)
  public int count(String text, String folder) {
    return documents.count(SearchQuery.words(text), folder == null || folder.isBlank() ? null : folder);
  }

  @RolesAllowed(ExchangeAccess.READ)
  public List<String> folders() {
    return documents.folders();
  }

  @RolesAllowed(ExchangeAccess.READ)
  public DocumentSummary get(UUID id) {
    return documents.get(id).orElseThrow(DocumentService::notFound);
  }

  /** The current version's file; the download is counted. */
  @Transactional
  @RolesAllowed(ExchangeAccess.READ)
  public AttachmentFile download(UUID id) {
    return documents.download(id).orElseThrow(DocumentService::notFound);
  }

  private String author() {
    return currentUser.user().orElseThrow().displayName();
  }

  private static NotFoundException notFound() {
    return new NotFoundException("exchange.document.not-found");
  }
}
