package br.org.teia.exchange.practice;

import br.org.teia.exchange.attachment.AttachmentFile;
import br.org.teia.exchange.attachment.AttachmentInfo;
import br.org.teia.kernel.export.Downloads;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.function.Function;

/** A practice's texts as typed (plain text, never HTML), its municipality, status and files. */
class PracticeDetail extends VerticalLayout {

  PracticeDetail(PracticeSummary practice, List<AttachmentInfo> files, Function<AttachmentInfo, AttachmentFile> content) {
    setPadding(false);
    setId("practice-detail");
    Paragraph meta = new Paragraph(getTranslation("exchange.practice.meta", practice.municipality(),
        practice.sizeClass() == null ? "—" : getTranslation(practice.sizeClass().labelKey()),
        getTranslation(practice.theme().labelKey()), getTranslation(practice.status().labelKey())));
    meta.setId("practice-meta");
    add(meta);
    if (practice.decisionNote() != null && practice.status() != PracticeStatus.APPROVED) {
      Paragraph note = new Paragraph(getTranslation("exchange.practice.note.shown", practice.decisionNote()));
      note.setId("practice-note");
      add(note);
    }
    section("exchange.practice.problem", practice.problem());
    section("exchange.practice.action", practice.actionTaken());
    section("exchange.practice.results", practice.results());
    section("exchange.practice.contact", practice.contact());
    if (!files.isEmpty()) {
      add(new H4(getTranslation("exchange.attachments")));
      for (AttachmentInfo file : files) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
          AttachmentFile bytes = content.apply(file);
          return Downloads.download(bytes.content(), bytes.fileName(), bytes.contentType());
        }), getTranslation("exchange.attachment.label", file.fileName(), Math.max(1, file.sizeBytes() / 1024)));
        add(anchor);
      }
    }
  }

  private void section(String key, String text) {
    Paragraph body = new Paragraph(text);
    body.getStyle().set("white-space", "pre-line");
    add(new H4(getTranslation(key)), body);
  }
}
