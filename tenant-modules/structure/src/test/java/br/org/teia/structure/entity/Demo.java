package br.org.teia.structure.entity;

import br.org.teia.kernel.suas.Cnpj;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Test data for entities: fresh valid CNPJs and a well-filled form. */
final class Demo {

  private Demo() {}

  /** A valid CNPJ never used before in this test JVM (random root, branch 0001). */
  static String cnpj() {
    return Cnpj.withCheckDigits(String.format("%08d0001", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)))
        .digits();
  }

  static SocialEntityForm form(String cnpj, String legalName, ServiceOffer... services) {
    return new SocialEntityForm(cnpj, legalName, null, Set.of(ActionType.ATENDIMENTO), List.of(services), null,
        "Rua das Flores, 10", null, "(31) 3333-4444", "contato@entidade.org.br", "Maria Responsável");
  }
}
