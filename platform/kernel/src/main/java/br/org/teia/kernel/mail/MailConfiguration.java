package br.org.teia.kernel.mail;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** {@code teia.mail.*} settings; SMTP is Spring Boot's {@code spring.mail.*} (README "Mail"). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {}
