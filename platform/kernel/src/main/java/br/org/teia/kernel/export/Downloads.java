package br.org.teia.kernel.export;

import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An export file as the REST API answers it and as a screen's download link serves it. */
public final class Downloads {

  private Downloads() {}

  /** An attachment with its file name and media type. */
  public static ResponseEntity<byte[]> attachment(byte[] content, String name, String type) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .contentType(MediaType.parseMediaType(type))
        .body(content);
  }

  /** The same file for a Vaadin {@code DownloadHandler}. */
  public static DownloadResponse download(byte[] content, String name, String type) {
    return new DownloadResponse(new ByteArrayInputStream(content), name, type, content.length);
  }
}
