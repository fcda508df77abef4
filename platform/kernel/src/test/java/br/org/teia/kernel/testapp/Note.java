package br.org.teia.kernel.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Tenant data for kernel tests: a note that records which tenant wrote it. */
@Entity
@Table(name = "note")
public class Note {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String writtenFor;
  private String text;

  protected Note() {}

  public Note(String writtenFor, String text) {
    this.writtenFor = writtenFor;
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public String getWrittenFor() {
    return writtenFor;
  }

  public String getText() {
    return text;
  }
}
