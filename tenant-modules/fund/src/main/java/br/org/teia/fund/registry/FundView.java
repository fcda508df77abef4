package br.org.teia.fund.registry;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.fund.FundAccess;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.Actions;
import br.org.teia.kernel.ui.PhoneColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The fund's registry and its bank accounts per financing block; the fund's manager edits them. */
@PageHelp("fund.help.registry")
@Route(FundView.ROUTE)
@RolesAllowed(FundAccess.READ)
public class FundView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "fundo/cadastro";

  private final FundService funds;
  private final boolean canWrite;
  private final List<FinancingBlock> blocks;
  private final FundEditor form = new FundEditor();
  private final Paragraph empty = new Paragraph();
  final Grid<BankAccountSummary> accounts = new Grid<>();
  final BankAccountEditor accountForm;
  private Integer version;

  public FundView(FundService funds, CatalogueService catalogue, CurrentUser currentUser, Clock clock) {
    this.funds = funds;
    this.canWrite = currentUser.can(FundAccess.WRITE);
    this.blocks = catalogue.blocks(LocalDate.now(clock).getYear());
    this.accountForm = new BankAccountEditor(blocks);
    setMaxWidth("60rem");

    form.addSaveListener(event -> form.submit(event.value(), value -> {
      fill(funds.save(version, value));
      return getTranslation("fund.registry.saved");
    }));
    Button save = form.saveButton();
    save.setVisible(canWrite);
    if (!canWrite) {
      form.readOnly();
    }

    accounts.setId("fund-accounts");
    var accountBlock = accounts.addColumn(a -> blockName(a.blockCode())).setHeader(getTranslation("fund.account.block")).setFlexGrow(2);
    accounts.addColumn(BankAccountSummary::programme).setHeader(getTranslation("fund.account.programme"));
    accounts.addColumn(BankAccountSummary::bankCode).setHeader(getTranslation("fund.account.bank"));
    accounts.addColumn(BankAccountSummary::branch).setHeader(getTranslation("fund.account.branch"));
    var accountNumber = accounts.addColumn(BankAccountSummary::accountNumber).setHeader(getTranslation("fund.account.number"));
    PhoneColumns.keep(accounts, accountBlock, accountNumber);
    if (canWrite) {
      accounts.addComponentColumn(a -> {
        Button remove = new Button(getTranslation("fund.account.remove"), click -> Actions.run(this, () -> {
          funds.removeAccount(a.id());
          return getTranslation("fund.account.removed");
        }, this::refresh));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
      });
    }
    accounts.setAllRowsVisible(true);
    accountForm.addSaveListener(event -> accountForm.submit(event.value(), value -> {
      funds.addAccount(value);
      refresh();
      accountForm.edit(new BankAccountForm(null, null, null, null, null));
      return getTranslation("fund.account.added");
    }));
    accountForm.setVisible(canWrite);
    accountForm.saveButton().setVisible(canWrite);

    add(new H2(getTranslation("fund.registry.title")), empty, form, save,
        new H3(getTranslation("fund.account.title")), accounts, accountForm, accountForm.saveButton());
    refresh();
  }

  private void refresh() {
    funds.find().ifPresentOrElse(this::fill, () -> {
      empty.setText(getTranslation("fund.registry.empty"));
      accounts.setItems(List.of());
    });
    accountForm.setEnabled(version != null);
  }

  private void fill(FundSummary fund) {
    empty.setText("");
    form.edit(fund.form());
    version = fund.version();
    accounts.setItems(fund.accounts());
    accountForm.setEnabled(true);
  }

  private String blockName(String code) {
    return blocks.stream().filter(b -> b.code().equals(code)).findFirst().map(FinancingBlock::name).orElse(code);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("fund.registry.title") + " | " + getTranslation("app.name");
  }
}
