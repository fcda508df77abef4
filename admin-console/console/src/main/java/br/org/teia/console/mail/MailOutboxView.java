package br.org.teia.console.mail;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.mail.MailRelay;
import br.org.teia.kernel.mail.MailStatus;
import br.org.teia.kernel.mail.OutboxMail;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;

/**
 * "Caixa de saída de e-mails": the newest mails of the outbox, filtered by status, with the
 * selected one's text (opening a mail is audited, {@link MailOutboxService#open}). Where no SMTP
 * server is configured this is where mails are read.
 */
@PageHelp("console.help.mail-outbox")
@Route(MailOutboxView.ROUTE)
@RolesAllowed(ConsoleAccess.MAIL_OUTBOX)
public class MailOutboxView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "associacao/caixa-de-saida";
  static final int SHOWN = 500;
  private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

  private final MailOutboxService outbox;
  private final Grid<OutboxMail> mails = new Grid<>(OutboxMail.class, false);
  private final Select<MailStatus> status = new Select<>();
  private final H3 subject = new H3();
  private final Paragraph recipient = new Paragraph();
  private final Pre body = new Pre();

  public MailOutboxView(MailOutboxService outbox, MailRelay relay) {
    this.outbox = outbox;
    setSizeFull();
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(BRASILIA);

    Paragraph smtp = new Paragraph(getTranslation(relay.smtpConfigured() ? "console.mail.smtp-on" : "console.mail.smtp-off"));
    smtp.setId("mail-smtp");
    status.setId("mail-status");
    status.setLabel(getTranslation("console.mail.status"));
    status.setItems(Arrays.asList(MailStatus.values()));
    status.setItemLabelGenerator(s -> getTranslation(s == null ? "console.mail.all" : s.labelKey()));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("console.mail.all"));
    status.addValueChangeListener(change -> reload());

    mails.setId("mail-outbox");
    mails.addColumn(m -> when.format(m.createdAt())).setHeader(getTranslation("console.mail.created")).setAutoWidth(true);
    mails.addColumn(OutboxMail::recipient).setHeader(getTranslation("console.mail.recipient")).setAutoWidth(true);
    mails.addColumn(OutboxMail::subject).setHeader(getTranslation("console.mail.subject")).setFlexGrow(1);
    mails.addColumn(m -> getTranslation(m.status().labelKey())).setHeader(getTranslation("console.mail.status")).setAutoWidth(true);
    mails.addColumn(OutboxMail::attempts).setHeader(getTranslation("console.mail.attempts"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    mails.addColumn(m -> m.sentAt() == null ? "" : when.format(m.sentAt())).setHeader(getTranslation("console.mail.sent")).setAutoWidth(true);
    mails.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("console.mail.error"));
    mails.setEmptyStateText(getTranslation("console.mail.empty"));
    mails.asSingleSelect().addValueChangeListener(change -> show(change.getValue() == null ? null : outbox.open(change.getValue().id())));

    subject.setId("mail-subject");
    recipient.setId("mail-recipient");
    body.setId("mail-body");
    body.getStyle().set("white-space", "pre-wrap");
    add(new H2(getTranslation("console.mail.title")), smtp, status, mails, subject, recipient, body);
    reload();
  }

  private void reload() {
    List<OutboxMail> shown = outbox.recent(status.getValue(), SHOWN);
    mails.setItems(shown);
    show(null);
  }

  private void show(OutboxMail mail) {
    subject.setText(mail == null ? "" : mail.subject());
    recipient.setText(mail == null ? "" : getTranslation("console.mail.to", mail.recipient()));
    body.setText(mail == null ? "" : mail.body());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("console.mail.title") + " | " + getTranslation("app.name");
  }
}
