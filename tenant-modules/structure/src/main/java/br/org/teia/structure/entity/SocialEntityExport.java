package br.org.teia.structure.entity;

import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.unit.UnitService;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The network of entities as a spreadsheet, like the units' export: CSV as Brazilian Excel opens it
 * (UTF-8 with BOM, semicolons, dd/MM/yyyy) and XLSX (fastexcel) with real dates and numbers.
 * Readers of the list only (never the association): it carries the entities' business contacts.
 */
@Service
public class SocialEntityExport {

  private final SocialEntityService entities;
  private final Messages messages;
  private final UnitService units;

  SocialEntityExport(SocialEntityService entities, Messages messages, UnitService units) {
    this.entities = entities;
    this.messages = messages;
    this.units = units;
  }

  @RolesAllowed(StructureAccess.READ)
  public byte[] csv(String search, InscriptionState state, Locale locale) {
    return spreadsheet(locale).csv(entities.listAll(search, state));
  }

  @RolesAllowed(StructureAccess.READ)
  public byte[] xlsx(String search, InscriptionState state, Locale locale) {
    return spreadsheet(locale).xlsx(messages.get(locale, "structure.entity.export.sheet"),
        entities.listAll(search, state));
  }

  private Spreadsheet<SocialEntitySummary> spreadsheet(Locale locale) {
    Map<String, String> serviceNames = units.serviceNames();
    NumberFormat integers = NumberFormat.getIntegerInstance(locale);
    return Spreadsheet.<SocialEntitySummary>translated(messages, locale)
        .column("structure.entity.cnpj", SocialEntitySummary::cnpjFormatted)
        .column("structure.entity.legal-name", SocialEntitySummary::legalName)
        .column("structure.entity.trade-name", SocialEntitySummary::tradeName)
        .column("structure.entity.actions", e -> e.actions().stream().sorted()
            .map(a -> messages.get(locale, a.labelKey())).collect(Collectors.joining(", ")))
        .column("structure.entity.services", e -> e.services().stream()
            .map(s -> serviceNames.getOrDefault(s.serviceCode(), s.serviceCode()) + " (" + integers.format(s.capacity()) + ")").collect(Collectors.joining(", ")))
        .column("structure.entity.total-capacity", SocialEntitySummary::totalCapacity)
        .column("structure.entity.cneas", SocialEntitySummary::cneasNumber)
        .column("structure.entity.address", SocialEntitySummary::address)
        .column("structure.entity.territory", SocialEntitySummary::territoryName)
        .column("structure.entity.phone", SocialEntitySummary::phone)
        .column("structure.entity.email", SocialEntitySummary::email)
        .column("structure.entity.contact-name", SocialEntitySummary::contactName)
        .column("structure.entity.cmas", e -> messages.get(locale, e.cmas().state().labelKey()))
        .column("structure.entity.cmas-date", e -> e.cmas().date())
        .column("structure.entity.certificate", e -> e.cmas().certificateCode())
        .build();
  }
}
