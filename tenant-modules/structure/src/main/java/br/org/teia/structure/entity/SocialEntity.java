package br.org.teia.structure.entity;

import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.DomainRefusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * An entity or organisation of social assistance (LOAS art. 3º) in the municipality's network. It
 * keeps its own rules: a valid CNPJ, at least one type of action, each service offered once and
 * serving at least one person or family. Which services exist is the catalogue's business (checked
 * by the service); whether a council inscribed it is the council's (see {@link EntityInscription}).
 */
@Entity
@Table(name = "social_entity")
class SocialEntity {

  @Id
  private UUID id;
  private String cnpj;
  @Column(name = "legal_name")
  private String legalName;
  @Column(name = "trade_name")
  private String tradeName;
  @ElementCollection
  @CollectionTable(name = "social_entity_action", joinColumns = @JoinColumn(name = "entity_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "action")
  @BatchSize(size = 100)
  private Set<ActionType> actions = new HashSet<>();
  @ElementCollection
  @CollectionTable(name = "social_entity_service", joinColumns = @JoinColumn(name = "entity_id"))
  @MapKeyColumn(name = "service_code")
  @Column(name = "capacity")
  @BatchSize(size = 100)
  private Map<String, Integer> services = new HashMap<>();
  @Column(name = "cneas_number")
  private String cneasNumber;
  private String address;
  @Column(name = "territory_id")
  private UUID territoryId;
  private String phone;
  private String email;
  @Column(name = "contact_name")
  private String contactName;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private int version;

  protected SocialEntity() {}

  static SocialEntity create(SocialEntityForm form, Clock clock) {
    SocialEntity entity = new SocialEntity();
    entity.id = UUID.randomUUID();
    entity.createdAt = clock.instant();
    entity.apply(form, clock);
    return entity;
  }

  void apply(SocialEntityForm form, Clock clock) {
    Cnpj valid = Cnpj.parse(form.cnpj())
        .orElseThrow(() -> new DomainRefusal("cnpj", "structure.entity.cnpj.invalid"));
    if (form.legalName() == null || form.legalName().isBlank()) {
      throw new DomainRefusal("legalName", "structure.entity.legal-name.required");
    }
    if (form.actions().isEmpty()) {
      throw new DomainRefusal("actions", "structure.entity.actions.required");
    }
    Map<String, Integer> offered = new HashMap<>();
    for (ServiceOffer offer : form.services()) {
      if (offer.capacity() == null || offer.capacity() <= 0) {
        throw new DomainRefusal("capacity", "structure.entity.service.capacity");
      }
      if (offered.put(offer.serviceCode(), offer.capacity()) != null) {
        throw new DomainRefusal("serviceCode", "structure.entity.service.duplicate", offer.serviceCode());
      }
    }
    cnpj = valid.digits();
    legalName = form.legalName();
    tradeName = form.tradeName();
    actions.clear();
    actions.addAll(form.actions());
    services.clear();
    services.putAll(offered);
    cneasNumber = form.cneasNumber();
    address = form.address();
    territoryId = form.territoryId();
    phone = form.phone();
    email = form.email();
    contactName = form.contactName();
    updatedAt = clock.instant();
  }

  UUID id() {
    return id;
  }

  String cnpj() {
    return cnpj;
  }

  String legalName() {
    return legalName;
  }

  String tradeName() {
    return tradeName;
  }

  Set<ActionType> actions() {
    return actions.isEmpty() ? EnumSet.noneOf(ActionType.class) : EnumSet.copyOf(actions);
  }

  /** Service code to the people or families served. */
  Map<String, Integer> services() {
    return Map.copyOf(services);
  }

  String cneasNumber() {
    return cneasNumber;
  }

  String address() {
    return address;
  }

  UUID territoryId() {
    return territoryId;
  }

  String phone() {
    return phone;
  }

  String email() {
    return email;
  }

  String contactName() {
    return contactName;
  }

  int version() {
    return version;
  }
}
