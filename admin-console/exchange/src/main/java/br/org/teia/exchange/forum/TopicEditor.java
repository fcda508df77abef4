package br.org.teia.exchange.forum;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;

/** A new topic: category, title and the opening text. */
public class TopicEditor extends EditorForm<TopicForm> {

  final Select<UUID> category = new Select<>();
  final TextField title = new TextField();
  final TextArea body = new TextArea();

  public TopicEditor(List<ForumCategory> categories) {
    super(TopicForm.class, "exchange.forum.topic.send", "exchange.cancel");
    saveButton().setId("topic-save");
    category.setLabel(getTranslation("exchange.forum.category"));
    category.setId("topic-category");
    category.setItems(categories.stream().map(ForumCategory::id).toList());
    category.setItemLabelGenerator(id -> categories.stream().filter(c -> c.id().equals(id)).findFirst()
        .map(ForumCategory::name).orElse(""));
    title.setLabel(getTranslation("exchange.forum.title"));
    title.setId("topic-title");
    title.setMaxLength(200);
    body.setLabel(getTranslation("exchange.forum.body"));
    body.setHelperText(getTranslation("exchange.forum.body.help"));
    body.setId("topic-body");
    body.setMaxLength(ForumService.MAX_BODY);
    body.setMinHeight("10rem");
    for (var field : List.of(title, body)) {
      field.setRequiredIndicatorVisible(true);
    }
    category.setRequiredIndicatorVisible(true);
    binder.forField(category).bind("categoryId");
    binder.forField(title).bind("title");
    binder.forField(body).bind("body");
    add(category, title, body);
    setColspan(body, 2);
  }

  public static TopicForm blank(UUID category) {
    return new TopicForm(category, null, null);
  }

  @Override
  public void focusFirst() {
    title.focus();
  }
}
