package br.org.teia.kernel.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a secured method that shows personal data: a call that method security refuses is audited too
 * ({@link AuditAction#PERSONAL_DATA_READ_REFUSED}, by {@link RefusedPersonalDataAudit}), so the log tells
 * who tried to see what they may not. The method audits its own successful reads, with their details.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PersonalDataRead {

  /** The audited entity type, as the method's own successful reads record it (e.g. {@code structure.worker}). */
  String value();
}
