package br.org.teia.kernel.audit;

import java.lang.reflect.Method;
import br.org.teia.kernel.tenancy.TenantId;
import java.util.UUID;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;

/**
 * Audits refused calls of {@link PersonalDataRead} methods: method security publishes its refusals
 * (Spring Security's {@link AuthorizationEventPublisher}, denials only), and a refusal of such a method
 * becomes a {@link AuditAction#PERSONAL_DATA_READ_REFUSED} event naming the entity the first argument
 * identifies, when it does.
 */
@Configuration(proxyBeanMethods = false)
class RefusedPersonalDataAudit {

  private final AuditLog audit;

  RefusedPersonalDataAudit(AuditLog audit) {
    this.audit = audit;
  }

  @Bean
  static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
    return new SpringAuthorizationEventPublisher(events);
  }

  @EventListener
  void refused(AuthorizationDeniedEvent<?> event) {
    if (!(event.getObject() instanceof MethodInvocation call) || call.getThis() == null) {
      return;
    }
    Method method = AopUtils.getMostSpecificMethod(call.getMethod(), AopUtils.getTargetClass(call.getThis()));
    PersonalDataRead read = AnnotatedElementUtils.findMergedAnnotation(method, PersonalDataRead.class);
    if (read == null) {
      return;
    }
    Object[] arguments = call.getArguments();
    String entityId = arguments.length == 0 ? "*" : switch (arguments[0]) {
      case UUID id -> id.toString();
      case TenantId tenant -> tenant.ibgeCode();
      case null, default -> "*";
    };
    audit.record(AuditAction.PERSONAL_DATA_READ_REFUSED, read.value(), entityId, "refused: " + method.getName());
  }
}
