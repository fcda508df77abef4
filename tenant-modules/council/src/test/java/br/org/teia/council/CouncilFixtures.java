package br.org.teia.council;

import br.org.teia.council.composition.CouncilForm;
import br.org.teia.council.composition.MandateForm;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SegmentForm;
import br.org.teia.council.composition.SegmentKind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Councils and people for tests: fake names, valid random CPFs. */
public final class CouncilFixtures {

  private CouncilFixtures() {}

  /** A CMAS of 12 seats: government 6 (two secretariats), civil society 6 (users 2, entities 2, workers 2). */
  public static CouncilForm cmas12(String acronym) {
    return new CouncilForm(acronym, "Conselho Municipal de Assistência Social", "123/2010", LocalDate.of(2010, 3, 1),
        12, 2, 1, 1, 1, br.org.teia.council.composition.QuorumRule.ABSOLUTE_MAJORITY, 10, 2, List.of(
            new SegmentForm(null, SegmentKind.GOVERNMENT, "Secretaria de Assistência Social", 4, 4),
            new SegmentForm(null, SegmentKind.GOVERNMENT, "Secretaria de Saúde", 2, 2),
            new SegmentForm(null, SegmentKind.USERS, "Usuários", 2, 2),
            new SegmentForm(null, SegmentKind.ENTITIES, "Entidades", 2, 2),
            new SegmentForm(null, SegmentKind.WORKERS, "Trabalhadores", 2, 2)));
  }

  public static MandateForm mandate(UUID segment, int seat, MandateRole role, String name, String cpf,
      LocalDate start) {
    return new MandateForm(segment, seat, role, name, cpf, "Organização " + name, false, start,
        start.plusYears(2).minusDays(1));
  }

  public static String cpf() {
    int[] d = new int[11];
    for (int i = 0; i < 9; i++) {
      d[i] = ThreadLocalRandom.current().nextInt(10);
    }
    d[9] = check(d, 9);
    d[10] = check(d, 10);
    StringBuilder s = new StringBuilder();
    for (int digit : d) {
      s.append(digit);
    }
    return s.toString();
  }

  private static int check(int[] d, int length) {
    int sum = 0;
    for (int i = 0; i < length; i++) {
      sum += d[i] * (length + 1 - i);
    }
    int rest = (sum * 10) % 11;
    return rest == 10 ? 0 : rest;
  }

  public static String acronym() {
    return "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
  }
}
