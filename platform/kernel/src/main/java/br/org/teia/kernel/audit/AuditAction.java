package br.org.teia.kernel.audit;

/**
 * What happened. Stored by name (column {@code action}, 60 chars): add constants at will, never
 * rename or remove one, since old rows keep the name. Labels for screens are in the i18n bundles
 * under {@code audit.action.<NAME>}.
 */
public enum AuditAction {
  LOGIN_SUCCESS,
  LOGIN_FAILURE,
  LOGOUT,
  /** LGPD: personal data shown or exported to someone. */
  PERSONAL_DATA_READ,
  /** LGPD: someone tried to see personal data they may not (see {@link PersonalDataRead}). */
  PERSONAL_DATA_READ_REFUSED,
  /** LGPD: personal data created, corrected or erased. */
  PERSONAL_DATA_CHANGE,
  TENANT_ONBOARDED,
  TENANT_SUSPENDED,
  TENANT_REACTIVATED,
  TENANT_RESTORED,
  /** An operator began moving a municipality to another database server (ADR 0024). */
  TENANT_MOVING,
  TENANT_MOVED,
  TENANT_MOVE_FAILED,
  /** The municipal fund's records (registry, budget, execution) created or corrected. */
  FUND_CHANGE,
  /** A person changed their own account ("Minha conta": name, language). */
  ACCOUNT_CHANGE,
  /** A person changed their own password, knowing the current one. */
  PASSWORD_CHANGE,
  /** A password reset link was mailed to the account's e-mail ("Esqueci minha senha"). */
  PASSWORD_RESET_REQUESTED,
  /** An account was created for someone invited by e-mail to set its password (e.g. an outside training participant). */
  ACCOUNT_INVITED,
  /** A password was set anew through a reset link, which is then spent. */
  PASSWORD_RESET,
  /** The association's exchange: news published, a good practice submitted or moderated. */
  EXCHANGE_CHANGE,
  /** The association's continuing education (courses, classes, enrolments, attendance, certificates) changed. */
  TRAINING_CHANGE
}
