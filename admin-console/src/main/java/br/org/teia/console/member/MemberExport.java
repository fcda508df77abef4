package br.org.teia.console.member;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.export.Spreadsheet.Column;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The member catalogue as a spreadsheet, with the grid's filters: CSV as Brazilian Excel opens it
 * (UTF-8 with BOM, semicolons, dd/MM/yyyy) and XLSX with real numbers and dates.
 */
@Service
public class MemberExport {

  public static final String CSV_TYPE = Spreadsheet.CSV_TYPE;
  public static final String XLSX_TYPE = Spreadsheet.XLSX_TYPE;

  private final MemberService members;
  private final Messages messages;

  MemberExport(MemberService members, Messages messages) {
    this.members = members;
    this.messages = messages;
  }

  @RolesAllowed(ConsoleAccess.STAFF)
  public byte[] csv(MemberFilter filter, Locale locale) {
    return spreadsheet(locale, filter.year()).csv(members.listAll(filter));
  }

  @RolesAllowed(ConsoleAccess.STAFF)
  public byte[] xlsx(MemberFilter filter, Locale locale) {
    return spreadsheet(locale, filter.year()).xlsx(messages.get(locale, "console.member.export.sheet"),
        members.listAll(filter));
  }

  private Spreadsheet<MemberSummary> spreadsheet(Locale locale, int year) {
    return new Spreadsheet<>(List.of(
        new Column<>(text(locale, "console.member.ibge"), MemberSummary::ibgeCode),
        new Column<>(text(locale, "console.member.name"), MemberSummary::name),
        new Column<>(text(locale, "console.member.uf"), MemberSummary::uf),
        new Column<>(text(locale, "console.member.population"), MemberSummary::population),
        new Column<>(text(locale, "console.member.size-class"),
            m -> m.sizeClass() == null ? null : text(locale, m.sizeClass().labelKey())),
        new Column<>(text(locale, "console.member.status"), m -> text(locale, "tenant.status." + m.status().name())),
        new Column<>(text(locale, "console.member.changelog-version"), MemberSummary::changelogVersion),
        new Column<>(text(locale, "console.member.adhesion"), MemberSummary::adhesionDate),
        new Column<>(text(locale, "console.member.manager"), MemberSummary::managerName),
        new Column<>(text(locale, "console.member.manager-email"), MemberSummary::managerEmail),
        new Column<>(text(locale, "console.member.manager-phone"), MemberSummary::managerPhone),
        new Column<>(text(locale, "console.member.contact"), MemberSummary::contactName),
        new Column<>(text(locale, "console.member.contact-email"), MemberSummary::contactEmail),
        new Column<>(text(locale, "console.member.contact-phone"), MemberSummary::contactPhone),
        new Column<>(text(locale, "console.member.contribution-of", String.valueOf(year)),
            m -> text(locale, m.contribution().labelKey()))));
  }

  private String text(Locale locale, String key, Object... args) {
    return messages.get(locale, key, args);
  }
}
