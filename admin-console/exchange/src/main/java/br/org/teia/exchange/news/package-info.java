/**
 * News and notices of the association: staff publish them to every member or to regions of the
 * console's region sets, now or at a future date; members read them in a feed and on their home
 * page, each item marked unread until the person opens it; readers are notified when it appears.
 */
package br.org.teia.exchange.news;
