package br.org.teia.structure.dashboard;

import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.AttentionCard;
import br.org.teia.kernel.ui.AttentionContribution;
import br.org.teia.structure.StructureAccess;
import java.util.List;
import org.springframework.stereotype.Component;

/** The structure's card on the municipality's home page: units whose reference team is incomplete. */
@Component
class StructureAttention implements AttentionContribution {

  private final StructureDashboardService dashboards;
  private final CurrentUser currentUser;
  private final Messages messages;

  StructureAttention(StructureDashboardService dashboards, CurrentUser currentUser, Messages messages) {
    this.dashboards = dashboards;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public List<AttentionCard> cards() {
    if (!currentUser.can(StructureAccess.READ)) {
      return List.of();
    }
    long incomplete = dashboards.incompleteTeams();
    return List.of(new AttentionCard("attention-incomplete-teams", messages.get("structure.home.incomplete-teams"),
        incomplete, messages.get("structure.home.incomplete-teams.detail", incomplete), StructureDashboardView.ROUTE));
  }
}
