/** The course catalogue and its classes (turmas), sessions and who each class is open to; the staff's views. */
package br.org.teia.training.catalogue;
