package br.org.teia.kernel.i18n;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message source for the whole application, made of every module's bundle
 * ({@code i18n/<module>.properties} in Portuguese, {@code i18n/<module>_en.properties} in
 * English), so modules add texts without touching a shared file.
 */
@Configuration(proxyBeanMethods = false)
public class I18nConfiguration {

  public static final Locale PT_BR = Locale.of("pt", "BR");

  static {
    // Off-request work (jobs, CLI, validation outside a request) speaks Portuguese too.
    org.springframework.context.i18n.LocaleContextHolder.setDefaultLocale(PT_BR);
  }

  @Bean
  MessageSource messageSource() throws IOException {
    return bundles();
  }

  /**
   * The language of Spring MVC's answers (the public pages' templates, the API's problems): English
   * only when the request's Accept-Language asks for it, Portuguese otherwise, also without the
   * header (the container would fall back to the JVM's default locale).
   */
  @Bean
  org.springframework.web.servlet.LocaleResolver localeResolver() {
    return new org.springframework.web.servlet.i18n.AbstractLocaleResolver() {
      @Override
      public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
        return Messages.locale(request);
      }

      @Override
      public void setLocale(jakarta.servlet.http.HttpServletRequest request,
          jakarta.servlet.http.HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language follows the request's Accept-Language");
      }
    };
  }

  /** The bundles as a plain message source, for code that runs without the application (form tests). */
  static MessageSource bundles() throws IOException {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(moduleBundles());
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setUseCodeAsDefaultMessage(true); // a missing key shows itself instead of failing a page
    return source;
  }

  static String[] moduleBundles() throws IOException {
    var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
    return Arrays.stream(resources)
        .map(r -> Objects.requireNonNull(r.getFilename()))
        .map(name -> name.substring(0, name.length() - ".properties".length()))
        .filter(name -> !name.contains("_")) // the Portuguese base; locale variants follow it
        .distinct().sorted()
        .map(name -> "i18n/" + name)
        .toArray(String[]::new);
  }
}
