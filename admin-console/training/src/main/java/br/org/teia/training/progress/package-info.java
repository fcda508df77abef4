/**
 * Where it all meets on screen: a class's page for the staff (sessions, waitlist, attendance,
 * grades, certificates, exports), "Minha formação" for everyone (and the municipality's training
 * for its manager), and the module's navigation.
 */
package br.org.teia.training.progress;
