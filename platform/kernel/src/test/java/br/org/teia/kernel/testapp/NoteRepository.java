package br.org.teia.kernel.testapp;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NoteRepository extends JpaRepository<Note, Long> {

  @Query(value = "SELECT current_schema()", nativeQuery = true)
  String currentSchema();
}
