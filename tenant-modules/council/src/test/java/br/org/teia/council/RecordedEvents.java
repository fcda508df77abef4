package br.org.teia.council;

import br.org.teia.council.api.EntityInscriptionChanged;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test listener: the inscription events the council module published in this context, as another module gets them. */
@Component
public class RecordedEvents {

  private final List<EntityInscriptionChanged> inscriptions = new CopyOnWriteArrayList<>();

  @EventListener
  void on(EntityInscriptionChanged event) {
    inscriptions.add(event);
  }

  /** What was published about {@code cnpj}, in order. */
  public List<EntityInscriptionChanged> about(String cnpj) {
    return inscriptions.stream().filter(e -> e.entityCnpj().equals(cnpj)).toList();
  }
}
