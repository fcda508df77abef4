package br.org.teia.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.i18n.BundleI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

class ReadOnlyWhileMovingTest {

  @BeforeEach
  void open() {
    System.setProperty("vaadin.i18n.provider", BundleI18NProvider.class.getName());
    MockVaadin.setup();
    UI.getCurrent().setLocale(Locale.of("pt", "BR"));
  }

  @AfterEach
  void close() {
    MockVaadin.tearDown();
  }

  @Test
  void a_save_refused_while_the_municipality_moves_says_so_in_portuguese() {
    var refused = new JpaSystemException(new RuntimeException("could not execute statement",
        new SQLException("ERROR: cannot execute INSERT in a read-only transaction", "25006")));

    new ReadOnlyWhileMoving.Handler().error(new ErrorEvent(refused));

    assertThat(shown()).containsExactly("O município está em mudança de servidor e, por alguns minutos, aceita apenas "
        + "consultas. Tente salvar de novo em seguida.");
  }

  @Test
  void any_other_error_shows_no_such_message() {
    new ReadOnlyWhileMoving.Handler().error(new ErrorEvent(new IllegalStateException("outra falha")));

    assertThat(shown()).noneMatch(text -> text.contains("mudança de servidor"));
  }

  private static List<String> shown() {
    return NotificationsKt.getNotifications().stream().map(ReadOnlyWhileMovingTest::text).toList();
  }

  private static String text(Notification notification) {
    String text = notification.getElement().getProperty("text");
    return text != null ? text : notification.getElement().getTextRecursively();
  }
}
