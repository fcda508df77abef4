package br.org.teia.council.composition;

import br.org.teia.kernel.suas.Cpf;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone who holds or held a seat. The CPF identifies the person across terms (reconduction is
 * counted per person, whatever the seat); it is personal data, never public and masked in lists.
 */
@Entity
@Table(name = "council_person")
class Person {

  @Id
  private UUID id;
  private String name;
  private String cpf;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected Person() {}

  Person(String name, String cpf, Instant now) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.cpf = cpf;
    this.createdAt = now;
  }

  UUID id() {
    return id;
  }

  String name() {
    return name;
  }

  void rename(String newName) {
    this.name = newName;
  }

  String maskedCpf() {
    return Cpf.mask(cpf);
  }
}
