package br.org.teia.console.member;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import jakarta.annotation.security.RolesAllowed;
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
    return Spreadsheet.<MemberSummary>translated(messages, locale)
        .column("console.member.ibge", MemberSummary::ibgeCode)
        .column("console.member.name", MemberSummary::name)
        .column("console.member.uf", MemberSummary::uf)
        .column("console.member.population", MemberSummary::shownPopulation)
        .column("console.member.size-class",
            m -> m.sizeClass() == null ? null : messages.get(locale, m.sizeClass().labelKey()))
        .column("console.member.status", m -> messages.get(locale, "tenant.status." + m.status().name()))
        .column("console.member.changelog-version", MemberSummary::changesetsApplied)
        .column("console.member.adhesion", MemberSummary::adhesionDate)
        .column("console.member.manager", MemberSummary::managerName)
        .column("console.member.manager-email", MemberSummary::managerEmail)
        .column("console.member.manager-phone", MemberSummary::managerPhone)
        .column("console.member.contact", MemberSummary::contactName)
        .column("console.member.contact-email", MemberSummary::contactEmail)
        .column("console.member.contact-phone", MemberSummary::contactPhone)
        .column("console.member.contribution-of", m -> messages.get(locale, m.contribution().labelKey()),
            String.valueOf(year))
        .build();
  }
}
