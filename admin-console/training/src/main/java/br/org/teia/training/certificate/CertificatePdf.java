package br.org.teia.training.certificate;

import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The certificate as PDF (OpenPDF, A4 landscape): who, which course, hours, dates, attendance, the
 * content covered, the signature block, and a QR code (ZXing) with the short code leading to the
 * public check page. Written in Portuguese whatever the reader's language; texts in the bundle.
 */
@Component
class CertificatePdf {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

  private final Messages messages;

  CertificatePdf(Messages messages) {
    this.messages = messages;
  }

  byte[] write(PublicCertificate c, String checkUrl) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 50);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle(text("training.certificate.pdf.title") + " " + c.code());
    document.open();
    centered(document, text("training.certificate.pdf.issuer"), new Font(Font.HELVETICA, 12, Font.BOLD), 6);
    centered(document, text("training.certificate.pdf.title"), new Font(Font.HELVETICA, 26, Font.BOLD), 20);
    String cpf = c.maskedCpf() == null ? "" : text("training.certificate.pdf.cpf", c.maskedCpf());
    String grade = c.grade() == null ? "" : text("training.certificate.pdf.grade", c.grade().toPlainString());
    Paragraph body = new Paragraph(text("training.certificate.pdf.body", c.participantName(), cpf, c.municipality(),
        c.courseTitle(), c.workloadHours(), c.startsOn().format(DATE), c.endsOn().format(DATE), c.attendancePct(), grade),
        new Font(Font.HELVETICA, 13));
    body.setAlignment(Element.ALIGN_JUSTIFIED);
    body.setSpacingAfter(12);
    document.add(body);
    Paragraph content = new Paragraph(text("training.certificate.pdf.content", c.contentSummary()), new Font(Font.HELVETICA, 10));
    content.setAlignment(Element.ALIGN_JUSTIFIED);
    content.setSpacingAfter(24);
    document.add(content);
    centered(document, text("training.certificate.pdf.place-date", c.issuedAt().atZone(BRASILIA).toLocalDate().format(DATE)),
        new Font(Font.HELVETICA, 11), 30);
    centered(document, "______________________________________", new Font(Font.HELVETICA, 11), 0);
    centered(document, text("training.certificate.pdf.signature"), new Font(Font.HELVETICA, 11), 0);
    qr(writer.getDirectContent(), checkUrl, document.right() - 110, document.bottom(), 110);
    Paragraph code = new Paragraph(text("training.certificate.pdf.code", c.code(), checkUrl), new Font(Font.HELVETICA, 9));
    code.setSpacingBefore(20);
    document.add(code);
    document.close();
    return out.toByteArray();
  }

  /** A QR code of {@code text}, {@code size} points wide, its lower left corner at (x, y), drawn as vector squares. */
  private static void qr(PdfContentByte canvas, String text, float x, float y, float size) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
    } catch (WriterException e) {
      throw new IllegalStateException("QR code of " + text, e);
    }
    float module = size / matrix.getWidth();
    canvas.saveState();
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int col = 0; col < matrix.getWidth(); col++) {
        if (matrix.get(col, row)) {
          canvas.rectangle(x + col * module, y + (matrix.getHeight() - 1 - row) * module, module, module);
        }
      }
    }
    canvas.fill();
    canvas.restoreState();
  }

  private static void centered(Document document, String text, Font font, float after) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingAfter(after);
    document.add(paragraph);
  }

  private String text(String key, Object... args) {
    return messages.get(I18nConfiguration.PT_BR, key, args);
  }
}
