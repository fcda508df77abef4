package br.org.teia.exchange.document;

import br.org.teia.exchange.attachment.AttachmentFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The searchable text of a file: a PDF's text through PDFBox, plain text as it is, nothing for other
 * types (their title, description and tags are still searched). An unreadable PDF is stored without text.
 */
final class DocumentText {

  static final int MAX_CHARS = 1_000_000;
  private static final Logger log = LoggerFactory.getLogger(DocumentText.class);

  private DocumentText() {}

  static String of(AttachmentFile file) {
    String name = file.fileName().toLowerCase(java.util.Locale.ROOT);
    String text = "";
    if (file.contentType().equals("application/pdf") || name.endsWith(".pdf")) {
      try (PDDocument pdf = Loader.loadPDF(file.content())) {
        text = new PDFTextStripper().getText(pdf);
      } catch (IOException unreadable) {
        log.info("no text from {}: {}", file.fileName(), unreadable.getMessage());
      }
    } else if (file.contentType().startsWith("text/") || name.endsWith(".txt")) {
      text = new String(file.content(), StandardCharsets.UTF_8);
    }
    text = text.replace('\0', ' ');
    return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
  }
}
