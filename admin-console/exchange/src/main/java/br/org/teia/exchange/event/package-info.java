/**
 * The association's events calendar (assemblies, regional meetings, trainings): list and month
 * views, registration link, export as iCalendar (one event or the whole calendar) through ical4j.
 */
package br.org.teia.exchange.event;
