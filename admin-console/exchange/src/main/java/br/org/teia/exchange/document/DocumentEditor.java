package br.org.teia.exchange.document;

import br.org.teia.exchange.attachment.AttachmentFile;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.Optional;

/** A new document: its description, folder (an existing one or a new name), tags and the file. */
public class DocumentEditor extends EditorForm<DocumentForm> {

  final TextField title = new TextField();
  final TextArea description = new TextArea();
  final ComboBox<String> folder = new ComboBox<>();
  final TextField tags = new TextField();
  final Upload upload;
  private AttachmentFile file;

  public DocumentEditor(List<String> folders) {
    super(DocumentForm.class, "exchange.document.save", "exchange.cancel");
    saveButton().setId("document-save");
    title.setLabel(getTranslation("exchange.document.title"));
    title.setId("document-title");
    title.setMaxLength(200);
    title.setRequiredIndicatorVisible(true);
    description.setLabel(getTranslation("exchange.document.description"));
    description.setId("document-description");
    folder.setLabel(getTranslation("exchange.document.folder"));
    folder.setId("document-folder");
    folder.setItems(folders);
    folder.setAllowCustomValue(true);
    folder.addCustomValueSetListener(e -> folder.setValue(e.getDetail()));
    folder.setRequiredIndicatorVisible(true);
    tags.setLabel(getTranslation("exchange.document.tags"));
    tags.setHelperText(getTranslation("exchange.document.tags.help"));
    tags.setId("document-tags");
    upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
        file = new AttachmentFile(metadata.fileName(), metadata.contentType(), bytes)));
    upload.setId("document-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(AttachmentFile.MAX_BYTES);
    binder.forField(title).bind("title");
    binder.forField(description).bind("description");
    binder.forField(folder).bind("folder");
    binder.forField(tags).bind("tags");
    add(title, folder, description, tags, upload);
    setColspan(description, 2);
    setColspan(upload, 2);
  }

  public static DocumentForm blank() {
    return new DocumentForm(null, null, null, null);
  }

  /** The uploaded file, when there is one. */
  public Optional<AttachmentFile> file() {
    return Optional.ofNullable(file);
  }

  @Override
  public void focusFirst() {
    title.focus();
  }
}
