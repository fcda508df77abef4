package br.org.teia.structure.unit;

import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.export.Spreadsheet.Column;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.structure.StructureAccess;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** The units list as CSV and XLSX ({@link Spreadsheet}): one column list for both formats. */
@Service
public class UnitExport {

  public static final String CSV_TYPE = Spreadsheet.CSV_TYPE;
  public static final String XLSX_TYPE = Spreadsheet.XLSX_TYPE;

  private final UnitService units;
  private final Messages messages;

  UnitExport(UnitService units, Messages messages) {
    this.units = units;
    this.messages = messages;
  }

  @RolesAllowed(StructureAccess.READ)
  public byte[] csv(String search, UnitType type, Locale locale) {
    return spreadsheet(locale).csv(units.listAll(search, type));
  }

  @RolesAllowed(StructureAccess.READ)
  public byte[] xlsx(String search, UnitType type, Locale locale) {
    return spreadsheet(locale).xlsx(messages.get(locale, "structure.unit.export.sheet"), units.listAll(search, type));
  }

  private Spreadsheet<UnitSummary> spreadsheet(Locale locale) {
    return new Spreadsheet<>(List.of(
        column(locale, "structure.unit.type", u -> messages.get(locale, u.type().labelKey())),
        column(locale, "structure.unit.name", UnitSummary::name),
        column(locale, "structure.unit.address", UnitSummary::address),
        column(locale, "structure.unit.territory", UnitSummary::territoryName),
        column(locale, "structure.unit.parent-cras", UnitSummary::parentCrasName),
        column(locale, "structure.unit.opening-date", UnitSummary::openingDate),
        column(locale, "structure.unit.status", u -> messages.get(locale, u.status().labelKey())),
        column(locale, "structure.unit.capacity", UnitSummary::capacity),
        column(locale, "structure.unit.services", u -> String.join(", ", u.services()))));
  }

  private Column<UnitSummary> column(Locale locale, String headerKey, java.util.function.Function<UnitSummary, Object> value) {
    return new Column<>(messages.get(locale, headerKey), value);
  }
}
