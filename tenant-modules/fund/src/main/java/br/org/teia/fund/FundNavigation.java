package br.org.teia.fund;

import br.org.teia.fund.budget.BudgetView;
import br.org.teia.fund.controls.ControlsView;
import br.org.teia.fund.importing.ImportView;
import br.org.teia.fund.ledger.BlockBalancesView;
import br.org.teia.fund.ledger.LedgerView;
import br.org.teia.fund.ledger.RevenuesView;
import br.org.teia.fund.partnership.PartnershipsView;
import br.org.teia.fund.registry.FundView;
import br.org.teia.fund.reports.ReportsView;
import br.org.teia.kernel.ui.NavEntry;
import br.org.teia.kernel.ui.NavigationContributor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class FundNavigation implements NavigationContributor {

  @Override
  public List<NavEntry> entries() {
    return List.of(new NavEntry("nav.fund.registry", FundView.class, VaadinIcon.PIGGY_BANK, 70),
        new NavEntry("nav.fund.budget", BudgetView.class, VaadinIcon.BOOK_DOLLAR, 71),
        new NavEntry("nav.fund.ledger", LedgerView.class, VaadinIcon.INVOICE, 72),
        new NavEntry("nav.fund.revenues", RevenuesView.class, VaadinIcon.MONEY_DEPOSIT, 73),
        new NavEntry("nav.fund.balances", BlockBalancesView.class, VaadinIcon.SCALE, 74),
        new NavEntry("nav.fund.controls", ControlsView.class, VaadinIcon.CHECK_SQUARE_O, 75),
        new NavEntry("nav.fund.reports", ReportsView.class, VaadinIcon.FILE_TABLE, 76),
        new NavEntry("nav.fund.import", ImportView.class, VaadinIcon.UPLOAD, 77),
        new NavEntry("nav.fund.partnerships", PartnershipsView.class, VaadinIcon.HANDSHAKE, 78));
  }
}
