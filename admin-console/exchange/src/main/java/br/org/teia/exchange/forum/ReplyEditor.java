package br.org.teia.exchange.forum;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.textfield.TextArea;

/** A reply under a topic (the form stays on the page; no cancel button is shown). */
public class ReplyEditor extends EditorForm<ReplyForm> {

  final TextArea body = new TextArea();

  public ReplyEditor() {
    super(ReplyForm.class, "exchange.forum.reply.send", "exchange.cancel");
    saveButton().setId("reply-save");
    body.setLabel(getTranslation("exchange.forum.reply"));
    body.setHelperText(getTranslation("exchange.forum.body.help"));
    body.setId("reply-body");
    body.setMaxLength(ForumService.MAX_BODY);
    body.setMinHeight("8rem");
    body.setRequiredIndicatorVisible(true);
    binder.forField(body).bind("body");
    add(body, saveButton());
    setColspan(body, 2);
  }
}
