package br.org.teia.kernel.web;

import br.org.teia.kernel.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Any public address no module answers: the friendly not-found page, without a session (not
 * Vaadin's, which would open one). Modules' more specific mappings win over this one.
 */
@Controller
class PublicNotFoundController {

  private final Messages messages;

  PublicNotFoundController(Messages messages) {
    this.messages = messages;
  }

  @GetMapping({"/publico", "/publico/**"})
  String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
    Locale locale = PublicPages.locale(request);
    return PublicPages.notFound(response, model, locale, messages.get(locale, "error.not-found.title"),
        messages.get(locale, "public.not-found"));
  }
}
