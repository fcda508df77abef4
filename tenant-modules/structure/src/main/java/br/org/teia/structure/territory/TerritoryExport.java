package br.org.teia.structure.territory;

import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.export.Spreadsheet.Column;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.structure.StructureAccess;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** The territories list as CSV and XLSX ({@link Spreadsheet}). */
@Service
public class TerritoryExport {

  private final TerritoryService territories;
  private final Messages messages;

  TerritoryExport(TerritoryService territories, Messages messages) {
    this.territories = territories;
    this.messages = messages;
  }

  @RolesAllowed(StructureAccess.READ)
  public byte[] csv(String search, Locale locale) {
    return spreadsheet(locale).csv(territories.listAll(search));
  }

  @RolesAllowed(StructureAccess.READ)
  public byte[] xlsx(String search, Locale locale) {
    return spreadsheet(locale).xlsx(messages.get(locale, "structure.territory.title"), territories.listAll(search));
  }

  private Spreadsheet<TerritorySummary> spreadsheet(Locale locale) {
    return new Spreadsheet<>(List.of(
        column(locale, "structure.territory.name", TerritorySummary::name),
        column(locale, "structure.territory.neighbourhoods", TerritorySummary::neighbourhoods),
        column(locale, "structure.territory.families", TerritorySummary::estimatedFamilies),
        column(locale, "structure.territory.notes", TerritorySummary::vulnerabilityNotes)));
  }

  private Column<TerritorySummary> column(Locale locale, String headerKey, Function<TerritorySummary, Object> value) {
    return new Column<>(messages.get(locale, headerKey), value);
  }
}
