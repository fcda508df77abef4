package br.org.teia.kernel.ui.account;

import br.org.teia.kernel.account.PasswordResets;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The page a reset link opens ({@code /redefinir-senha?token=...}): a new password typed twice,
 * then the sign-in page; an unknown, spent or expired link says so and offers a new one.
 */
@Route(value = PasswordResets.PATH, autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final PasswordResets resets;
  private String token;

  public ResetPasswordView(PasswordResets resets) {
    this.resets = resets;
    setMaxWidth("32rem");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    add(new H1(getTranslation("account.reset.title")));
    List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
    token = given.isEmpty() ? null : given.getFirst();
    if (!resets.usable(token)) {
      Paragraph invalid = new Paragraph(getTranslation("account.reset.invalid"));
      invalid.setId("reset-invalid");
      Anchor again = new Anchor(ForgotPasswordView.ROUTE, getTranslation("account.reset.ask-again"));
      again.setId("reset-ask-again");
      add(invalid, again);
      return;
    }
    NewPasswordEditor form = new NewPasswordEditor();
    form.edit(new br.org.teia.kernel.account.NewPassword(null, null));
    form.addSaveListener(saved -> {
      if (form.submit(saved.value(), value -> {
        resets.reset(token, value, MyAccountView.address());
        return null;
      })) {
        UI.getCurrent().navigate("login", QueryParameters.of("reset", ""));
      }
    });
    add(new Paragraph(getTranslation("account.reset.help")), form, form.saveButton());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("account.reset.title") + " | " + getTranslation("app.name");
  }
}
