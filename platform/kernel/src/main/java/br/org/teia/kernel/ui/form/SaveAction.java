package br.org.teia.kernel.ui.form;

import java.util.function.Consumer;

/**
 * Saves a form record through its service and answers the text that confirms it (e.g. "Unidade X
 * salva."), or null where nothing is said.
 */
@FunctionalInterface
public interface SaveAction<T> {
  String save(T value);

  /** A save whose only confirmation is what the view shows after it (the dialog closed, the list refreshed). */
  static <T> SaveAction<T> silently(Consumer<? super T> save) {
    return value -> {
      save.accept(value);
      return null;
    };
  }
}
