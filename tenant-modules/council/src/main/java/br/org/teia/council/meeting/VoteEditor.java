package br.org.teia.council.meeting;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.textfield.IntegerField;

/** The votes on an agenda item: for, against, abstentions (an empty count is 0). */
public class VoteEditor extends EditorForm<VoteForm> {

  final IntegerField inFavour = new IntegerField();
  final IntegerField against = new IntegerField();
  final IntegerField abstentions = new IntegerField();

  public VoteEditor() {
    super(VoteForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("vote-save");
    inFavour.setLabel(getTranslation("council.ui.vote-for"));
    inFavour.setId("vote-for");
    against.setLabel(getTranslation("council.ui.vote-against"));
    against.setId("vote-against");
    abstentions.setLabel(getTranslation("council.ui.vote-abstentions"));
    abstentions.setId("vote-abstentions");
    bindCount(inFavour, "inFavour");
    bindCount(against, "against");
    bindCount(abstentions, "abstentions");
    add(inFavour, against, abstentions);
  }

  /** An empty field is no vote; a count of 0 shows as an empty field. */
  private void bindCount(IntegerField field, String property) {
    binder.forField(field).withConverter(n -> n == null ? 0 : n, n -> n == null || n == 0 ? null : n).bind(property);
  }

  public static VoteForm blank() {
    return new VoteForm(0, 0, 0);
  }
}
