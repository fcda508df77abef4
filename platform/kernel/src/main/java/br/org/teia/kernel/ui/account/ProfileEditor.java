package br.org.teia.kernel.ui.account;

import br.org.teia.kernel.account.AccountProfile;
import br.org.teia.kernel.account.ProfileForm;
import br.org.teia.kernel.i18n.Language;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;

/** "Minha conta": the person's name (editable), e-mail (read-only) and language. */
public class ProfileEditor extends EditorForm<ProfileForm> {

  final TextField name = new TextField();
  final TextField email = new TextField();
  final Select<Language> language = new Select<>();

  public ProfileEditor() {
    super(ProfileForm.class, "account.profile.save", "account.cancel");
    saveButton().setId("account-profile-save");
    name.setLabel(getTranslation("account.name"));
    name.setId("account-name");
    name.setRequiredIndicatorVisible(true);
    name.setMaxLength(200);
    email.setLabel(getTranslation("account.email"));
    email.setId("account-email");
    email.setReadOnly(true);
    email.setHelperText(getTranslation("account.email.help"));
    language.setLabel(getTranslation("account.language"));
    language.setId("account-language");
    language.setItems(Arrays.asList(Language.values()));
    // Each language named in itself, as language choosers do, whatever the page's language.
    language.setItemLabelGenerator(l -> l == null ? "" : getTranslation(l.labelKey()));
    language.setHelperText(getTranslation("account.language.help"));
    binder.forField(name).bind("displayName");
    binder.forField(language).bind("language");
    add(name, email, language);
  }

  /** Shows the person's account. */
  public void show(AccountProfile profile) {
    edit(profile.form());
    email.setValue(profile.email() == null ? "" : profile.email());
  }
}
