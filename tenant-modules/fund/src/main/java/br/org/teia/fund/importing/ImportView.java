package br.org.teia.fund.importing;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.fund.FundAccess;
import br.org.teia.fund.ledger.LineRefusal;
import br.org.teia.kernel.tenancy.Progress;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * The fund manager sends the accounting system's execution export or a file of transfers received;
 * the import runs on the tenant-aware pool while the page shows how far the check went (pushed),
 * then the result, or every wrong line with its column and what is wrong (nothing imported).
 */
@PageHelp("fund.help.import")
@Route(ImportView.ROUTE)
@RolesAllowed(FundAccess.WRITE)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "fundo/importacao";
  private static final Logger log = LoggerFactory.getLogger(ImportView.class);
  static final int MAX_BYTES = 64 * 1024 * 1024;

  private final ImportService imports;
  private final AsyncTaskExecutor executor;
  final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
  final Upload upload;
  final ProgressBar progress = new ProgressBar();
  final Span progressText = new Span();
  final Paragraph result = new Paragraph();
  final Grid<LineRefusal> refusals = new Grid<>();
  /** The import under way, if any: tests wait on it. */
  volatile CompletableFuture<ImportResult> running = CompletableFuture.completedFuture(null);

  public ImportView(ImportService imports, @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
    this.imports = imports;
    this.executor = executor;
    setMaxWidth("70rem");

    kind.setId("fund-import-kind");
    kind.setLabel(getTranslation("fund.import.kind"));
    kind.setItems(ImportKind.values());
    kind.setItemLabelGenerator(k -> getTranslation(k == ImportKind.EXECUTION ? "fund.import.execution" : "fund.import.revenue"));
    kind.setValue(ImportKind.EXECUTION);

    upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> start(metadata.fileName(), bytes)));
    upload.setId("fund-import-upload");
    upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_BYTES);
    upload.setDropLabel(new Span(getTranslation("fund.import.upload")));

    progress.setId("fund-import-progress");
    progress.setVisible(false);
    progressText.setId("fund-import-progress-text");
    result.setId("fund-import-result");

    refusals.setId("fund-import-refusals");
    refusals.addColumn(LineRefusal::line).setHeader(getTranslation("fund.import.refusal.line"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    refusals.addColumn(LineRefusal::column).setHeader(getTranslation("fund.import.refusal.column"))
        .setAutoWidth(true).setFlexGrow(0);
    refusals.addColumn(this::message).setHeader(getTranslation("fund.import.refusal.message")).setFlexGrow(1);
    refusals.setVisible(false);

    add(new H2(getTranslation("fund.import.title")), kind, new Paragraph(getTranslation("fund.import.layout")), upload,
        progress, progressText, result, refusals);
  }

  /** Runs the import off the request thread; progress and result come back through {@code ui.access} (push). */
  private void start(String fileName, byte[] content) {
    UI ui = UI.getCurrent();
    ImportKind chosen = kind.getValue();
    result.setText("");
    refusals.setItems(List.of());
    refusals.setVisible(false);
    progress.setValue(0);
    progress.setVisible(true);
    upload.setVisible(false);
    running = CompletableFuture.supplyAsync(() -> chosen == ImportKind.EXECUTION
            ? imports.importExecution(fileName, content, p -> ui.access(() -> show(p)))
            : imports.importRevenues(fileName, content), executor)
        .whenComplete((done, failure) -> ui.access(() -> finish(done, failure)));
  }

  private void show(Progress p) {
    progress.setValue(p.fraction());
    progressText.setText(getTranslation("fund.import.progress", p.done(), p.total()));
  }

  private void finish(ImportResult done, Throwable failure) {
    progress.setVisible(false);
    progressText.setText("");
    upload.clearFileList();
    upload.setVisible(true);
    if (failure != null) {
      log.error("fund import failed", failure);
      result.setText(getTranslation("fund.import.failed"));
      return;
    }
    if (!done.accepted()) {
      result.setText(getTranslation("fund.import.refused", done.refusals().size()));
      refusals.setItems(done.refusals());
      refusals.setVisible(true);
    } else if (done.sameFile()) {
      result.setText(getTranslation("fund.import.same-file", done.lines(), done.added()));
    } else {
      result.setText(getTranslation("fund.import.accepted", done.lines(), done.added(), done.alreadyPresent()));
    }
  }

  private String message(LineRefusal refusal) {
    return getTranslation(refusal.messageKey(), refusal.arguments().toArray());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("fund.import.title") + " | " + getTranslation("app.name");
  }
}
