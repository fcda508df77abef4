package br.org.teia.kernel.ui.form;

/**
 * Saves a form record through its service and answers the text that confirms it (e.g. "Unidade X
 * salva."), or null where nothing is said.
 */
@FunctionalInterface
public interface SaveAction<T> {
  String save(T value);
}
