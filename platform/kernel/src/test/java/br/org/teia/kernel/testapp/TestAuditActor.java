package br.org.teia.kernel.testapp;

import br.org.teia.kernel.audit.AuditActor;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Who acts, as a test says. Primary so kernel tests keep control once the security package
 * provides the real {@link AuditActor}.
 */
@Primary
@Component
public class TestAuditActor implements AuditActor {

  private final AtomicReference<Actor> acting = new AtomicReference<>(Actor.SYSTEM);

  public void actAs(Actor actor) {
    acting.set(actor);
  }

  public void reset() {
    acting.set(Actor.SYSTEM);
  }

  @Override
  public Actor current() {
    return acting.get();
  }
}
