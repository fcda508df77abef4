package br.org.teia.kernel.ui.account;

import br.org.teia.kernel.account.PasswordResets;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Esqueci minha senha", from the sign-in page: asks the e-mail and always answers the same
 * sentence, whether or not it has an account (nobody learns who has one); the link, if any, goes
 * by e-mail ({@link PasswordResets}).
 */
@Route(value = ForgotPasswordView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "esqueci-senha";

  public ForgotPasswordView(PasswordResets resets) {
    setMaxWidth("32rem");
    ResetRequestEditor form = new ResetRequestEditor();
    Paragraph answer = new Paragraph();
    answer.setId("forgot-answer");
    answer.getElement().setAttribute("role", "status");
    form.addSaveListener(event -> form.submit(event.value(), value -> {
      resets.request(value.email(), MyAccountView.address());
      answer.setText(getTranslation("account.forgot.answer"));
      form.edit(new ResetRequest(null));
      return null;
    }));
    Anchor back = new Anchor("login", getTranslation("account.back-to-login"));
    back.setId("back-to-login");
    add(new H1(getTranslation("account.forgot.title")), new Paragraph(getTranslation("account.forgot.help")),
        form, form.saveButton(), answer, back);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("account.forgot.title") + " | " + getTranslation("app.name");
  }
}
