package br.org.teia.structure.entity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An entity as grids, forms, exports and the API read it. {@code cnpj} is the 14 digits,
 * {@code cnpjFormatted} 00.000.000/0000-00; {@code services} in the Tipificação's order;
 * {@code cmas} the inscription in the municipal council of social assistance, {@code inscriptions}
 * the status in every council that published one (CMAS always included). Phone, e-mail and
 * contact person are the entity's business contacts, for the secretariat and the councils: a
 * public page (Carta de Serviços, open data) must not show this record as it is, and never the
 * contact person.
 */
public record SocialEntitySummary(UUID id, String cnpj, String cnpjFormatted, String legalName, String tradeName,
    Set<ActionType> actions, List<ServiceOfferSummary> services, String cneasNumber, String address,
    UUID territoryId, String territoryName, String phone, String email, String contactName, InscriptionSummary cmas,
    List<InscriptionSummary> inscriptions, int version) {

  /** The name people know the entity by: its trade name when it has one. */
  public String displayName() {
    return tradeName == null ? legalName : tradeName;
  }

  public int totalCapacity() {
    return services.stream().mapToInt(ServiceOfferSummary::capacity).sum();
  }

  public SocialEntityForm form() {
    return new SocialEntityForm(cnpj, legalName, tradeName, actions,
        services.stream().map(s -> new ServiceOffer(s.serviceCode(), s.capacity())).toList(), cneasNumber, address,
        territoryId, phone, email, contactName);
  }
}
