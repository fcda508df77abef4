package br.org.teia.fund.reports;

import br.org.teia.fund.ledger.Money;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * An execution report as a PDF (OpenPDF, as the council's resolutions: standard Helvetica, landscape
 * A4, a table with the total last) and as XLSX (the kernel's {@link Spreadsheet}: amounts as numbers,
 * the total as the last row). Both are built from the same {@link ExecutionReport}, so both show the
 * ledger's sums.
 */
@Component
public class ReportFiles {

  private final Messages messages;

  ReportFiles(Messages messages) {
    this.messages = messages;
  }

  /** The report's title: "Relatório ... – 2º trimestre de 2026" or "... analítico anual de 2026". */
  public String title(ExecutionReport report, Locale locale) {
    return report.annual() ? messages.get(locale, "fund.report.annual.title", report.year())
        : messages.get(locale, "fund.report.quarterly.title", report.quarter(), report.year());
  }

  /** A file name without accents or spaces: fundo-execucao-2026-T2.pdf, fundo-execucao-2026-anual.xlsx. */
  public static String fileName(ExecutionReport report, String extension) {
    return "fundo-execucao-" + report.year() + "-" + (report.annual() ? "anual" : "T" + report.quarter()) + "." + extension;
  }

  public byte[] xlsx(ExecutionReport report, Locale locale) {
    List<ReportLine> rows = new ArrayList<>(report.lines());
    rows.add(report.total());
    String totalLabel = messages.get(locale, "fund.balance.total");
    return Spreadsheet.<ReportLine>translated(messages, locale)
        .column("fund.expense.block", l -> l.blockCode() == null ? totalLabel : l.blockCode())
        .column(report.annual() ? "fund.report.block-or-nature" : "fund.balance.name", ReportLine::label)
        .column("fund.report.opening", ReportLine::opening)
        .column("fund.balance.received", ReportLine::received)
        .column("fund.ledger.committed", ReportLine::committed)
        .column("fund.ledger.liquidated", ReportLine::liquidated)
        .column("fund.ledger.paid", ReportLine::paid)
        .column("fund.report.carried-paid", ReportLine::carriedPaid)
        .column("fund.report.closing", ReportLine::balance)
        .build()
        .xlsx(messages.get(locale, report.annual() ? "fund.report.sheet.annual" : "fund.report.sheet.quarterly"), rows);
  }

  public byte[] pdf(ExecutionReport report, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    PdfWriter.getInstance(document, out);
    String title = title(report, locale);
    document.addTitle(title);
    document.addCreator("Teia");
    document.open();
    Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    Font body = FontFactory.getFont(FontFactory.HELVETICA, 8);
    Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    if (report.fundName() != null) {
      document.add(centred(report.fundName(), heading));
    }
    document.add(centred(title, heading));
    Paragraph note = new Paragraph(messages.get(locale, report.annual() ? "fund.report.annual.note" : "fund.report.quarterly.note"),
        FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8));
    note.setSpacingAfter(8);
    document.add(note);

    PdfPTable table = new PdfPTable(new float[] {1.1f, 4f, 1.6f, 1.6f, 1.6f, 1.6f, 1.6f, 1.6f, 1.6f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String key : List.of("fund.expense.block", report.annual() ? "fund.report.block-or-nature" : "fund.balance.name",
        "fund.report.opening", "fund.balance.received", "fund.ledger.committed", "fund.ledger.liquidated",
        "fund.ledger.paid", "fund.report.carried-paid", "fund.report.closing")) {
      table.addCell(cell(messages.get(locale, key), bold, Element.ALIGN_CENTER));
    }
    for (ReportLine line : report.lines()) {
      row(table, line.blockLine() ? line.blockCode() : "", line.blockLine() ? line.label() : "   " + line.label(), line,
          line.blockLine() ? bold : body);
    }
    row(table, messages.get(locale, "fund.balance.total"), "", report.total(), bold);
    document.add(table);
    document.close();
    return out.toByteArray();
  }

  private static void row(PdfPTable table, String code, String label, ReportLine line, Font font) {
    table.addCell(cell(code, font, Element.ALIGN_LEFT));
    table.addCell(cell(label, font, Element.ALIGN_LEFT));
    for (Function<ReportLine, BigDecimal> amount : List.<Function<ReportLine, BigDecimal>>of(ReportLine::opening,
        ReportLine::received, ReportLine::committed, ReportLine::liquidated, ReportLine::paid, ReportLine::carriedPaid,
        ReportLine::balance)) {
      BigDecimal value = amount.apply(line);
      table.addCell(cell(value == null ? "" : Money.format(value), font, Element.ALIGN_RIGHT));
    }
  }

  private static PdfPCell cell(String text, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(3);
    return cell;
  }

  private static Paragraph centred(String text, Font font) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingAfter(6);
    return paragraph;
  }
}
