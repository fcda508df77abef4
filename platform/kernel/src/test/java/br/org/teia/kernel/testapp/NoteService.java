package br.org.teia.kernel.testapp;

import br.org.teia.kernel.indicators.Indicators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A module service that moves its figures the way real modules do. */
@Service
public class NoteService {

  private final NoteRepository notes;
  private final Indicators indicators;

  NoteService(NoteRepository notes, Indicators indicators) {
    this.notes = notes;
    this.indicators = indicators;
  }

  @Transactional
  public Note write(String writtenFor, String text) {
    Note note = notes.save(new Note(writtenFor, text));
    indicators.changed("notes");
    return note;
  }

  @Transactional
  public void writeThenFail(String writtenFor, String text) {
    write(writtenFor, text);
    throw new IllegalStateException("injected failure after the write");
  }

  @Transactional
  public void delete(Long id) {
    notes.deleteById(id);
    indicators.changed("notes");
  }
}
