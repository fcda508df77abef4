package br.org.teia.exchange.news;

import br.org.teia.exchange.attachment.AttachmentFile;
import br.org.teia.exchange.region.RegionChoice;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A news item to publish: kind, title, Markdown body, date (now or later) and audience (every
 * member, or regions), plus files uploaded before saving.
 */
public class NewsEditor extends EditorForm<NewsForm> {

  final Select<NewsKind> kind = new Select<>();
  final TextField title = new TextField();
  final TextArea body = new TextArea();
  final DateTimePicker publishAt = new DateTimePicker();
  final Checkbox allMembers = new Checkbox();
  final MultiSelectComboBox<RegionChoice> regions = new MultiSelectComboBox<>();
  final Upload upload;
  private final List<AttachmentFile> files = new ArrayList<>();

  public NewsEditor(List<RegionChoice> choices) {
    super(NewsForm.class, "exchange.publish", "exchange.cancel");
    saveButton().setId("news-save");
    kind.setLabel(getTranslation("exchange.news.kind"));
    kind.setId("news-kind");
    kind.setItems(NewsKind.values());
    kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
    title.setLabel(getTranslation("exchange.news.title"));
    title.setId("news-title");
    title.setMaxLength(200);
    title.setRequiredIndicatorVisible(true);
    body.setLabel(getTranslation("exchange.news.body"));
    body.setHelperText(getTranslation("exchange.news.body.help"));
    body.setId("news-body");
    body.setMinHeight("12rem");
    body.setRequiredIndicatorVisible(true);
    publishAt.setLabel(getTranslation("exchange.news.publish-at"));
    publishAt.setHelperText(getTranslation("exchange.news.publish-at.help"));
    publishAt.setId("news-publish-at");
    allMembers.setLabel(getTranslation("exchange.news.all-members"));
    allMembers.setId("news-all-members");
    regions.setLabel(getTranslation("exchange.news.regions"));
    regions.setId("news-regions");
    regions.setItems(choices);
    regions.setItemLabelGenerator(RegionChoice::label);
    allMembers.addValueChangeListener(e -> regions.setEnabled(!e.getValue()));
    upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
        files.add(new AttachmentFile(metadata.fileName(), metadata.contentType(), bytes))));
    upload.setId("news-upload");
    upload.setMaxFileSize(AttachmentFile.MAX_BYTES);
    upload.setMaxFiles(5);

    Map<UUID, RegionChoice> byId = choices.stream().collect(Collectors.toMap(RegionChoice::id, Function.identity()));
    binder.forField(kind).bind("kind");
    binder.forField(title).bind("title");
    binder.forField(body).bind("body");
    binder.forField(publishAt).bind("publishAt");
    binder.forField(allMembers).bind("allMembers");
    binder.forField(regions)
        .withConverter(chosen -> chosen.stream().map(RegionChoice::id).collect(Collectors.toSet()),
            (Set<UUID> ids) -> ids == null ? Set.of() : ids.stream().map(byId::get).filter(c -> c != null)
                .collect(Collectors.toCollection(LinkedHashSet::new)))
        .bind("regions");
    add(kind, title, body, publishAt, allMembers, regions, upload);
    setColspan(body, 2);
    setColspan(upload, 2);
  }

  /** A news item for every member, now. */
  public static NewsForm blank(LocalDateTime now) {
    return new NewsForm(NewsKind.NEWS, null, null, now.withSecond(0).withNano(0), true, Set.of());
  }

  /** The files uploaded so far. */
  public List<AttachmentFile> files() {
    return List.copyOf(files);
  }

  @Override
  public void focusFirst() {
    title.focus();
  }
}
