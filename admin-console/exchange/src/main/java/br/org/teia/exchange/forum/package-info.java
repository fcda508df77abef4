/**
 * The forum of the members' managers (issue 12): categories, topics with replies, mentions and
 * followers told through the kernel's notifications, abuse reports that hide a post for review
 * after a threshold ({@code teia.exchange.forum.report-threshold}), staff moderation. Signed-in
 * members only ({@link br.org.teia.exchange.ExchangeAccess#FORUM}).
 */
package br.org.teia.exchange.forum;
