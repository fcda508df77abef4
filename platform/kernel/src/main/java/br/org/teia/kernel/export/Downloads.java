package br.org.teia.kernel.export;

import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An export file as the REST API answers it and as a screen's download link serves it. The file
 * name survives accents both ways: the REST header carries {@code filename*=UTF-8''...} (RFC 6266 /
 * RFC 5987) next to a plain {@code filename}, and Vaadin writes the same for a download link.
 */
public final class Downloads {

  private Downloads() {}

  /** An attachment with its file name (any characters, encoded as RFC 5987 asks) and media type. */
  public static ResponseEntity<byte[]> attachment(byte[] content, String name, String type) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(type))
        .body(content);
  }

  /** The same file for a Vaadin {@code DownloadHandler}. */
  public static DownloadResponse download(byte[] content, String name, String type) {
    return new DownloadResponse(new ByteArrayInputStream(content), name, type, content.length);
  }
}
