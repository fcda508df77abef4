package br.org.teia.council.inscription;

import br.org.teia.kernel.TeiaException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded document, checked: not empty, at most 5 MB, and a PDF, PNG or JPEG by its first bytes
 * (the name and the browser's content type are not trusted). The content type kept is the one the
 * bytes show.
 */
public record DocumentFile(String fileName, String contentType, byte[] content) {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  /** Checks the bytes and names the type they are; refused with a message in plain language otherwise. */
  public static DocumentFile of(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new TeiaException("council.inscription.document.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new TeiaException("council.inscription.document.too-large",
          String.format(java.util.Locale.ROOT, "%.1f", content.length / (1024.0 * 1024.0)).replace('.', ','));
    }
    String type = startsWith(content, PDF) ? "application/pdf"
        : startsWith(content, PNG) ? "image/png"
        : startsWith(content, JPEG) ? "image/jpeg" : null;
    if (type == null) {
      throw new TeiaException("council.inscription.document.type");
    }
    String name = fileName == null || fileName.isBlank() ? "documento" : fileName.strip();
    name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
    if (name.length() > 255) {
      name = name.substring(name.length() - 255);
    }
    return new DocumentFile(name, type, content);
  }

  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
