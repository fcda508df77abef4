package br.org.teia.exchange.practice;

import br.org.teia.exchange.attachment.AttachmentFile;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;

/** A good practice as the municipality writes it, with files uploaded before sending. */
public class PracticeEditor extends EditorForm<PracticeForm> {

  final TextField title = new TextField();
  final Select<PracticeTheme> theme = new Select<>();
  final TextArea problem = new TextArea();
  final TextArea actionTaken = new TextArea();
  final TextArea results = new TextArea();
  final TextField contact = new TextField();
  final Upload upload;
  private final List<AttachmentFile> files = new ArrayList<>();

  public PracticeEditor() {
    super(PracticeForm.class, "exchange.practice.send", "exchange.cancel");
    saveButton().setId("practice-save");
    title.setLabel(getTranslation("exchange.practice.title"));
    title.setId("practice-title");
    title.setMaxLength(200);
    theme.setLabel(getTranslation("exchange.practice.theme"));
    theme.setId("practice-theme");
    theme.setItems(PracticeTheme.values());
    theme.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
    problem.setLabel(getTranslation("exchange.practice.problem"));
    problem.setId("practice-problem");
    actionTaken.setLabel(getTranslation("exchange.practice.action"));
    actionTaken.setId("practice-action");
    results.setLabel(getTranslation("exchange.practice.results"));
    results.setId("practice-results");
    contact.setLabel(getTranslation("exchange.practice.contact"));
    contact.setHelperText(getTranslation("exchange.practice.contact.help"));
    contact.setId("practice-contact");
    contact.setMaxLength(300);
    for (var field : List.of(title, problem, actionTaken, results, contact)) {
      field.setRequiredIndicatorVisible(true);
    }
    upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
        files.add(new AttachmentFile(metadata.fileName(), metadata.contentType(), bytes))));
    upload.setId("practice-upload");
    upload.setMaxFileSize(AttachmentFile.MAX_BYTES);
    upload.setMaxFiles(5);
    binder.forField(title).bind("title");
    binder.forField(theme).bind("theme");
    binder.forField(problem).bind("problem");
    binder.forField(actionTaken).bind("actionTaken");
    binder.forField(results).bind("results");
    binder.forField(contact).bind("contact");
    add(title, theme, problem, actionTaken, results, contact, upload);
    for (var wide : List.of(problem, actionTaken, results, upload)) {
      setColspan(wide, 2);
    }
  }

  public static PracticeForm blank() {
    return new PracticeForm(null, null, null, null, null, null);
  }

  public List<AttachmentFile> files() {
    return List.copyOf(files);
  }

  @Override
  public void focusFirst() {
    title.focus();
  }
}
