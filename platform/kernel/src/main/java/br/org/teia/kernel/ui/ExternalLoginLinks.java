package br.org.teia.kernel.ui;

import br.org.teia.kernel.ui.LoginView.ExternalLoginLink;
import java.util.Map;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * One {@link ExternalLoginLink} bean per configured login provider, so the login page offers
 * "Entrar com &lt;provedor&gt;": registrations come from
 * {@code spring.security.oauth2.client.registration.<id>}; the label is the registration's client
 * name (read from the {@link ClientRegistrationRepository} when the link is first needed).
 * Registrations for other grants (client credentials) are no login and get no link.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnOAuth2ClientRegistrationProperties
@Import(ExternalLoginLinks.Registrar.class)
class ExternalLoginLinks {

  static final String REGISTRATIONS = "spring.security.oauth2.client.registration";

  static class Registrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
      this.environment = environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
      BeanFactory beans = (BeanFactory) registry;
      Map<String, OAuth2ClientProperties.Registration> registrations = Binder.get(environment)
          .bind(REGISTRATIONS, Bindable.mapOf(String.class, OAuth2ClientProperties.Registration.class))
          .orElse(Map.of());
      registrations.forEach((id, registration) -> {
        String grant = registration.getAuthorizationGrantType();
        if (grant == null || AuthorizationGrantType.AUTHORIZATION_CODE.getValue().equals(grant)) {
          registry.registerBeanDefinition("externalLoginLink." + id, BeanDefinitionBuilder
              .genericBeanDefinition(ExternalLoginLink.class, () -> link(beans, id))
              .getBeanDefinition());
        }
      });
    }

    private static ExternalLoginLink link(BeanFactory beans, String id) {
      ClientRegistration registration = beans.getBean(ClientRegistrationRepository.class).findByRegistrationId(id);
      String label = registration == null ? id : registration.getClientName();
      return new ExternalLoginLink(label,
          OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/" + id);
    }
  }
}
