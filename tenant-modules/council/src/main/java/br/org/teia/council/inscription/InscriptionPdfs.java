package br.org.teia.council.inscription;

import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The inscription's official documents as PDF (OpenPDF): the certificate (comprovante) with its
 * verification code and where to check it, and the letter (ofício) notifying the entity. Official
 * documents are written in Portuguese, whatever the reader's language; their texts live in the bundle.
 */
@Component
class InscriptionPdfs {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Messages messages;

  InscriptionPdfs(Messages messages) {
    this.messages = messages;
  }

  /** What a document needs beside the inscription: who issues it and where. */
  record Issuer(String municipality, String councilAcronym, String councilName, String verificationPath) {}

  byte[] certificate(InscriptionSummary inscription, Issuer issuer) {
    return pdf(document -> {
      heading(document, issuer);
      title(document, text("council.inscription.pdf.certificate.title", inscription.number()));
      body(document, text("council.inscription.pdf.certificate.body." + inscription.kind().name(),
          issuer.councilAcronym(), inscription.entityName(), inscription.formattedCnpj(), inscription.number(),
          inscription.inscribedOn().format(DATE)));
      if (inscription.services() != null && !inscription.services().isBlank()) {
        body(document, text("council.inscription.pdf.services", inscription.services()));
      }
      body(document, text("council.inscription.pdf.certificate.code", inscription.certificateCode()));
      body(document, text("council.inscription.pdf.certificate.verify", issuer.verificationPath()));
      signature(document, issuer, inscription.inscribedOn());
    });
  }

  byte[] letter(InscriptionSummary inscription, Issuer issuer, LocalDate on, String text, String decisionDate) {
    return pdf(document -> {
      heading(document, issuer);
      title(document, text("council.inscription.pdf.letter.title", inscription.letterNumber(),
          issuer.councilAcronym()));
      body(document, text("council.inscription.pdf.letter.to", inscription.entityName(), inscription.formattedCnpj()));
      String decision = inscription.outcome() == InscriptionOutcome.APPROVED
          ? text("council.inscription.pdf.letter.approved", issuer.councilAcronym(), decisionDate, inscription.number(),
              inscription.certificateCode())
          : text("council.inscription.pdf.letter.refused", issuer.councilAcronym(), decisionDate);
      body(document, decision);
      if (text != null && !text.isBlank()) {
        body(document, text);
      }
      if (inscription.outcome() == InscriptionOutcome.REFUSED) {
        body(document, text("council.inscription.pdf.letter.appeal"));
      }
      signature(document, issuer, on);
    });
  }

  private interface Content {
    void write(Document document);
  }

  private static byte[] pdf(Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 72, 72, 72, 72);
    PdfWriter.getInstance(document, out);
    document.open();
    content.write(document);
    document.close();
    return out.toByteArray();
  }

  private void heading(Document document, Issuer issuer) {
    Paragraph municipality = new Paragraph(text("council.inscription.pdf.municipality", issuer.municipality()),
        new Font(Font.HELVETICA, 11, Font.BOLD));
    municipality.setAlignment(Element.ALIGN_CENTER);
    document.add(municipality);
    Paragraph council = new Paragraph(issuer.councilName() + " — " + issuer.councilAcronym(),
        new Font(Font.HELVETICA, 11, Font.BOLD));
    council.setAlignment(Element.ALIGN_CENTER);
    council.setSpacingAfter(24);
    document.add(council);
  }

  private static void title(Document document, String text) {
    Paragraph title = new Paragraph(text, new Font(Font.HELVETICA, 14, Font.BOLD));
    title.setAlignment(Element.ALIGN_CENTER);
    title.setSpacingAfter(18);
    document.add(title);
  }

  private static void body(Document document, String text) {
    Paragraph paragraph = new Paragraph(text, new Font(Font.HELVETICA, 11));
    paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
    paragraph.setSpacingAfter(10);
    document.add(paragraph);
  }

  private void signature(Document document, Issuer issuer, LocalDate on) {
    Paragraph place = new Paragraph(text("council.inscription.pdf.place-date", issuer.municipality(), on.format(DATE)),
        new Font(Font.HELVETICA, 11));
    place.setSpacingBefore(18);
    place.setAlignment(Element.ALIGN_RIGHT);
    document.add(place);
    Paragraph sign = new Paragraph(text("council.inscription.pdf.signature", issuer.councilAcronym()),
        new Font(Font.HELVETICA, 11));
    sign.setSpacingBefore(36);
    sign.setAlignment(Element.ALIGN_CENTER);
    document.add(sign);
  }

  private String text(String key, Object... args) {
    return messages.get(I18nConfiguration.PT_BR, key, args);
  }
}
