/**
 * Notifications for every module: {@link br.org.teia.kernel.notification.Notifications#notify}
 * stores one per person; each person chooses per kind (registered by modules as
 * {@link br.org.teia.kernel.notification.NotificationKind} beans) whether it also goes by e-mail at
 * once, in a daily or weekly digest, or not at all. The bell in the main layout shows the unread
 * ones, updated live through Vaadin push when one arrives, on this node or (through Redis
 * publish/subscribe) on another. ADR 0013.
 */
package br.org.teia.kernel.notification;
