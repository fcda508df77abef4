package br.org.teia.exchange.attachment;

import br.org.teia.kernel.DomainRefusal;
import java.util.Objects;

/**
 * A file to attach or to download: its name as the person gave it (path parts dropped), its type and
 * its bytes (at most {@link #MAX_BYTES}).
 */
public record AttachmentFile(String fileName, String contentType, byte[] content) {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  public AttachmentFile {
    Objects.requireNonNull(content);
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    fileName = name.isEmpty() ? "anexo" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    contentType = contentType == null || contentType.isBlank() || contentType.length() > 100
        ? "application/octet-stream" : contentType;
    if (content.length > MAX_BYTES) {
      throw new DomainRefusal("attachments", "exchange.attachment.too-large", fileName, MAX_BYTES / (1024 * 1024));
    }
  }
}
