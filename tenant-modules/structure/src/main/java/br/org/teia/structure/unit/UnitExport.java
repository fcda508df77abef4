package br.org.teia.structure.unit;

import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.structure.StructureAccess;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The units list as CSV and XLSX ({@link Spreadsheet}): one column list for both formats. */
@Service
public class UnitExport {

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
    Map<String, String> serviceNames = units.serviceNames();
    return Spreadsheet.<UnitSummary>translated(messages, locale)
        .column("structure.unit.type", u -> messages.get(locale, u.type().labelKey()))
        .column("structure.unit.name", UnitSummary::name)
        .column("structure.unit.address", UnitSummary::address)
        .column("structure.unit.territory", UnitSummary::territoryName)
        .column("structure.unit.parent-cras", UnitSummary::parentCrasName)
        .column("structure.unit.opening-date", UnitSummary::openingDate)
        .column("structure.unit.status", u -> messages.get(locale, u.status().labelKey()))
        .column("structure.unit.capacity", UnitSummary::capacity)
        .column("structure.unit.services", u -> u.services().stream()
            .map(code -> serviceNames.getOrDefault(code, code)).collect(Collectors.joining(", ")))
        .build();
  }
}
