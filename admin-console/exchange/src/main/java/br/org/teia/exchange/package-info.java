/**
 * Information exchange among the association's members (issue 12), in the platform schema: news
 * and notices published to every member or to regions ({@code news}), good practices submitted by
 * municipalities and moderated by the association ({@code practice}). Depends on the kernel only:
 * regions are the console's tables, read through SQL; notifications are the kernel's.
 */
package br.org.teia.exchange;
