package br.org.teia.training;

import br.org.teia.kernel.notification.Delivery;
import br.org.teia.kernel.notification.NotificationKind;
import br.org.teia.kernel.tenancy.PlatformChangelog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's platform changelog and the notifications it sends. */
@Configuration(proxyBeanMethods = false)
public class TrainingConfiguration {

  public static final String ENROLMENT_CONFIRMED = "training.enrolment-confirmed";
  public static final String WAITLIST_OFFER = "training.waitlist-offer";
  public static final String CLASS_REMINDER = "training.class-reminder";
  public static final String CERTIFICATE_ISSUED = "training.certificate-issued";

  @Bean
  PlatformChangelog trainingChangelog() {
    return new PlatformChangelog("db/changelog/platform/training/training-changelog.yaml", 30);
  }

  @Bean
  NotificationKind trainingEnrolmentConfirmed() {
    return new NotificationKind(ENROLMENT_CONFIRMED, "training.notification.enrolment-confirmed", Delivery.IMMEDIATE);
  }

  @Bean
  NotificationKind trainingWaitlistOffer() {
    return new NotificationKind(WAITLIST_OFFER, "training.notification.waitlist-offer", Delivery.IMMEDIATE);
  }

  @Bean
  NotificationKind trainingClassReminder() {
    return new NotificationKind(CLASS_REMINDER, "training.notification.class-reminder", Delivery.IMMEDIATE);
  }

  @Bean
  NotificationKind trainingCertificateIssued() {
    return new NotificationKind(CERTIFICATE_ISSUED, "training.notification.certificate-issued", Delivery.IMMEDIATE);
  }
}
