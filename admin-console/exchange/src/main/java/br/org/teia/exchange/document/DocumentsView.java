package br.org.teia.exchange.document;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.exchange.attachment.AttachmentFile;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.Actions;
import br.org.teia.kernel.ui.form.EditorDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * The documents library: search (accents and plurals aside) within a folder or all, download the
 * current version (counted); staff add documents and new versions.
 */
@PageHelp("exchange.help.documents")
@Route(DocumentsView.ROUTE)
@RolesAllowed(ExchangeAccess.READ)
public class DocumentsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "documentos";

  private final DocumentService documents;
  private final TextField search = new TextField();
  private final Select<String> folder = new Select<>();
  private final Grid<DocumentSummary> grid = new Grid<>();

  public DocumentsView(DocumentService documents, CurrentUser currentUser) {
    this.documents = documents;
    boolean publishes = currentUser.can(ExchangeAccess.PUBLISH);
    setMaxWidth("80rem");
    search.setLabel(getTranslation("exchange.document.search"));
    search.setId("document-search");
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> refresh());
    folder.setLabel(getTranslation("exchange.document.folder"));
    folder.setId("document-filter-folder");
    folder.setEmptySelectionAllowed(true);
    folder.setEmptySelectionCaption(getTranslation("exchange.practice.any"));
    folder.addValueChangeListener(e -> refresh());
    HorizontalLayout filters = new HorizontalLayout(search, folder);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.setWrap(true);

    grid.setId("documents");
    grid.addColumn(DocumentSummary::title).setHeader(getTranslation("exchange.document.title")).setFlexGrow(3);
    grid.addColumn(DocumentSummary::folder).setHeader(getTranslation("exchange.document.folder")).setAutoWidth(true);
    grid.addColumn(d -> String.join(", ", d.tags())).setHeader(getTranslation("exchange.document.tags")).setFlexGrow(1);
    grid.addColumn(d -> getTranslation("exchange.document.version.value", d.version()))
        .setHeader(getTranslation("exchange.document.version")).setAutoWidth(true);
    grid.addColumn(DocumentSummary::downloads).setHeader(getTranslation("exchange.document.downloads")).setAutoWidth(true);
    grid.addComponentColumn(this::download).setHeader(getTranslation("exchange.document.file")).setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setEmptyStateText(getTranslation("exchange.document.none"));
    add(new H2(getTranslation("exchange.document.page")));
    if (publishes) {
      Button add = new Button(getTranslation("exchange.document.new"), click -> openEditor());
      add.setId("document-new");
      add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      grid.addItemClickListener(click -> openNewVersion(click.getItem()));
      add(add);
    }
    add(filters, grid);
    refreshFolders();
    refresh();
  }

  private Anchor download(DocumentSummary document) {
    Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
      AttachmentFile file = documents.download(document.id());
      return Downloads.download(file.content(), file.fileName(), file.contentType());
    }), getTranslation("exchange.attachment.label", document.fileName(), Math.max(1, document.sizeBytes() / 1024)));
    anchor.setId("document-file-" + document.id());
    return anchor;
  }

  private void openEditor() {
    DocumentEditor editor = new DocumentEditor(documents.folders());
    EditorDialog<DocumentForm> dialog = new EditorDialog<>(getTranslation("exchange.document.new"), editor, value -> {
      documents.add(value, editor.file().orElseThrow(() ->
          new br.org.teia.kernel.DomainRefusal("title", "exchange.document.file.required")));
      return getTranslation("exchange.document.saved", value.title());
    }, () -> {
      refreshFolders();
      refresh();
    });
    dialog.setId("document-dialog");
    dialog.setWidth("min(50rem, 95vw)");
    dialog.open(DocumentEditor.blank());
  }

  private void openNewVersion(DocumentSummary document) {
    Dialog dialog = new Dialog(getTranslation("exchange.document.new-version", document.title()));
    dialog.setId("document-version-dialog");
    Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
      try {
        int version = documents.addVersion(document.id(), new AttachmentFile(metadata.fileName(), metadata.contentType(), bytes));
        Notification.show(getTranslation("exchange.document.version.saved", version));
        dialog.close();
        refresh();
      } catch (TeiaException refusal) {
        Actions.refuse(getTranslation(refusal.messageKey(), refusal.arguments()));
      }
    }));
    upload.setId("document-version-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(AttachmentFile.MAX_BYTES);
    dialog.add(upload);
    dialog.getFooter().add(new Button(getTranslation("exchange.close"), click -> dialog.close()));
    dialog.open();
  }

  private void refresh() {
    // Lazy: only the rows in view are fetched and kept (the library only grows).
    String text = search.getValue();
    String chosen = folder.getValue();
    grid.setItems(query -> documents.search(text, chosen, query.getOffset(), query.getLimit()).stream(),
        query -> documents.count(text, chosen));
  }

  /** The folders to filter by (a new document may bring one); the filter starts again from all. */
  private void refreshFolders() {
    folder.setItems(documents.folders());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("exchange.document.page") + " | " + getTranslation("app.name");
  }
}
