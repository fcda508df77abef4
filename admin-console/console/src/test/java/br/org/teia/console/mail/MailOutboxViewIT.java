package br.org.teia.console.mail;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.mail.MailRelay;
import br.org.teia.kernel.mail.MailStatus;
import br.org.teia.kernel.mail.Mailer;
import br.org.teia.kernel.mail.OutboxMail;
import br.org.teia.kernel.security.Role;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With no SMTP server configured (the tests', like the run command's) mails stay in the outbox and the admin reads them. */
class MailOutboxViewIT extends UiTestBase {

  @Autowired Mailer mailer;
  @Autowired MailRelay relay;
  @Autowired JdbcClient jdbc;

  @Test
  @SuppressWarnings("unchecked")
  void without_smtp_a_mail_stays_in_the_outbox_and_the_admin_reads_it_in_the_console() {
    String subject = "Pauta publicada " + UUID.randomUUID().toString().substring(0, 8);
    mailer.send("conselheira@example.org", subject, "A pauta da reunião está no Teia.\nAté lá.");

    assertThat(relay.smtpConfigured()).isFalse();
    assertThat(relay.relayDue()).isZero(); // nothing can leave

    UUID admin = loginAs(Role.ASSOCIATION_ADMIN).user().accountId();
    UI.getCurrent().navigate(MailOutboxView.class);
    assertThat(_get(Paragraph.class, spec -> spec.withId("mail-smtp")).getText()).startsWith("Nenhum servidor de e-mail está configurado");
    Grid<OutboxMail> grid = _get(Grid.class, spec -> spec.withId("mail-outbox"));
    _setValue(_get(Select.class, spec -> spec.withId("mail-status")), MailStatus.PENDING);
    int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).subject().equals(subject))
        .findFirst().orElseThrow();
    assertThat(GridKt._getFormattedRow(grid, row)).contains("conselheira@example.org", subject, "Aguardando envio");

    UUID mail = GridKt._get(grid, row).id();
    assertThat(readsOf(mail, admin)).isZero(); // the list alone shows no text
    grid.select(GridKt._get(grid, row));
    assertThat(_get(H3.class, spec -> spec.withId("mail-subject")).getText()).isEqualTo(subject);
    assertThat(_get(Pre.class, spec -> spec.withId("mail-body")).getText()).isEqualTo("A pauta da reunião está no Teia.\nAté lá.");
    assertThat(readsOf(mail, admin)).isEqualTo(1); // opening it is a personal-data read, audited

    _setValue(_get(Select.class, spec -> spec.withId("mail-status")), MailStatus.SENT);
    assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).subject())).doesNotContain(subject);
  }

  private long readsOf(UUID mail, UUID account) {
    return jdbc.sql("""
            SELECT count(*) FROM platform.audit_event WHERE action = 'PERSONAL_DATA_READ'
              AND entity_type = 'platform.mail_outbox' AND entity_id = ? AND account_id = ?""")
        .params(mail.toString(), account).query(Long.class).single();
  }

  @Test
  void association_staff_cannot_open_the_outbox() {
    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(MailOutboxView.class);

    assertThat(_find(MailOutboxView.class)).isEmpty();
    assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Página não encontrada");
  }
}
