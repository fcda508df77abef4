package br.org.teia.council.resolution;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The PDF of a published resolution, as the council prints and signs it: heading, the act's name,
 * the deliberation it records, its text, and when it was published. Standard Helvetica (WinAnsi
 * covers Portuguese accents), so no font file is embedded.
 */
final class ResolutionPdf {

  /** Texts already resolved in the document's language. */
  record Content(String heading, String name, String title, String deliberation, String text, String published) {}

  private ResolutionPdf() {}

  static byte[] render(Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 72, 72, 72, 72);
    PdfWriter.getInstance(document, out);
    document.addTitle(content.name());
    document.addCreator("Teia");
    document.open();
    Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    Font name = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
    Font small = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 10);
    document.add(centred(content.heading(), heading, 18));
    document.add(centred(content.name(), name, 12));
    document.add(centred(content.title(), heading, 18));
    document.add(paragraph(content.deliberation(), small, 12));
    for (String line : List.of(content.text().split("\\R"))) {
      document.add(paragraph(line, body, 6));
    }
    document.add(paragraph(content.published(), small, 24));
    document.close();
    return out.toByteArray();
  }

  private static Paragraph centred(String text, Font font, float after) {
    Paragraph paragraph = paragraph(text, font, after);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    return paragraph;
  }

  private static Paragraph paragraph(String text, Font font, float after) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
    paragraph.setSpacingAfter(after);
    return paragraph;
  }
}
