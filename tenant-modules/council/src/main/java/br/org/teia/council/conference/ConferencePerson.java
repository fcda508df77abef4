package br.org.teia.council.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * Someone listed on a conference, on its organising committee ({@link CommitteeMember}) or as a
 * delegate ({@link Delegate}): who, from which organisation. Added and removed only while the
 * conference is open for people ({@link ConferenceService}).
 */
@MappedSuperclass
abstract class ConferencePerson {

  @Id
  private UUID id;
  @Column(name = "conference_id")
  private UUID conferenceId;
  private String name;
  private String organisation;

  protected ConferencePerson() {}

  ConferencePerson(UUID conferenceId, String name, String organisation) {
    this.id = UUID.randomUUID();
    this.conferenceId = conferenceId;
    this.name = name;
    this.organisation = organisation;
  }

  UUID id() {
    return id;
  }

  UUID conferenceId() {
    return conferenceId;
  }

  String name() {
    return name;
  }

  String organisation() {
    return organisation;
  }
}
