package br.org.teia.kernel.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Vaadin's own messages (session expired, lost connection...) in the user's language, pointing back to login. */
@Component
class SystemTexts implements VaadinServiceInitListener {

  private final MessageSource messages;

  SystemTexts(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().setSystemMessagesProvider(this::messagesFor);
  }

  CustomizedSystemMessages messagesFor(SystemMessagesInfo info) {
    Locale locale = info.getLocale() != null && "en".equals(info.getLocale().getLanguage())
        ? Locale.ENGLISH : br.org.teia.kernel.i18n.I18nConfiguration.PT_BR;
    CustomizedSystemMessages texts = new CustomizedSystemMessages();
    texts.setSessionExpiredCaption(text("system.session-expired.caption", locale));
    texts.setSessionExpiredMessage(text("system.session-expired.message", locale));
    texts.setSessionExpiredURL("login?expired");
    texts.setSessionExpiredNotificationEnabled(true);
    texts.setInternalErrorCaption(text("system.internal-error.caption", locale));
    texts.setInternalErrorMessage(text("system.internal-error.message", locale));
    texts.setCookiesDisabledCaption(text("system.cookies.caption", locale));
    texts.setCookiesDisabledMessage(text("system.cookies.message", locale));
    return texts;
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
