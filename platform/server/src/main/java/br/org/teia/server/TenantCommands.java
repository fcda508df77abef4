package br.org.teia.server;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.tenancy.MigrationReport;
import br.org.teia.kernel.tenancy.OnboardingReport;
import br.org.teia.kernel.tenancy.TenantBackups;
import br.org.teia.kernel.tenancy.TenantBackups.BackupReport;
import br.org.teia.kernel.tenancy.TenantBackups.RestoreOptions;
import br.org.teia.kernel.tenancy.TenantBackups.RestoreReport;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantMigrations;
import br.org.teia.kernel.tenancy.TenantMoves;
import br.org.teia.kernel.tenancy.TenantMoves.MoveReport;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Operator commands, run instead of the web application:
 * <pre>
 *   teia onboard 3106200 3106705     onboard a list of IBGE codes
 *   teia onboard-uf MG               onboard every municipality of a state
 *   teia migrate-all                 apply the tenant changelog to every schema and verify them
 *   teia backup 3106200 bh.zip       write one municipality's data to a file
 *   teia restore 3106200 bh.zip [--replace] [--from-other-municipality]
 *                                    restore it, migrated forward to this version (ADR 0012)
 *   teia onboard 3106200 --server=s2 onboard on a named database server instead of by the rule
 *   teia move 3106200 s2             move one municipality to another database server (ADR 0024)
 * </pre>
 * Exit code 0 when everything succeeded, 1 when something was refused or failed, 2 on misuse.
 */
@Component
@Order(0)
public class TenantCommands implements ApplicationRunner, ExitCodeGenerator {

  private static final Set<String> FLAGS = Set.of("--replace", "--from-other-municipality");
  private static final Set<String> COMMANDS = Set.of("onboard", "onboard-uf", "migrate-all", "backup", "restore", "move");
  private static final String SERVER = "--server=";

  private final TenantOnboarding onboarding;
  private final TenantMigrations migrations;
  private final TenantBackups backups;
  private final TenantMoves moves;
  private final Messages messages;
  private final ApplicationContext context;
  private int exitCode;

  TenantCommands(TenantOnboarding onboarding, TenantMigrations migrations, TenantBackups backups, TenantMoves moves,
      Messages messages, ApplicationContext context) {
    this.moves = moves;
    this.onboarding = onboarding;
    this.migrations = migrations;
    this.backups = backups;
    this.messages = messages;
    this.context = context;
  }

  public static boolean isCommand(String[] args) {
    return Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().map(COMMANDS::contains).orElse(false);
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> words = new ArrayList<>(args.getNonOptionArgs());
    if (words.isEmpty() || !COMMANDS.contains(words.getFirst())) {
      return; // the web application
    }
    FLAGS.stream().filter(flag -> args.containsOption(flag.substring(2))).forEach(words::add);
    if (args.containsOption("server")) {
      List<String> values = args.getOptionValues("server");
      words.add(SERVER + (values == null || values.isEmpty() ? "" : values.getFirst()));
    }
    exitCode = execute(words, System.out);
    System.exit(SpringApplication.exit(context, this));
  }

  /** Runs a command given as words; flags ({@code --replace}) may come anywhere after the command. */
  int execute(List<String> words, PrintStream out) {
    List<String> rest = words.subList(1, words.size()).stream().filter(w -> !w.startsWith("--")).toList();
    String server = words.stream().filter(w -> w.startsWith(SERVER)).map(w -> w.substring(SERVER.length()))
        .findFirst().orElse(null);
    Set<String> flags = words.stream().filter(w -> w.startsWith("--") && !w.startsWith(SERVER)).collect(Collectors.toSet());
    if (!FLAGS.containsAll(flags) || !flags.isEmpty() && !words.getFirst().equals("restore")
        || server != null && (server.isBlank() || !words.getFirst().startsWith("onboard"))) {
      return usage(out);
    }
    try {
      return switch (words.getFirst()) {
        case "onboard" -> rest.isEmpty() ? usage(out) : print(onboarding.onboard(rest, p -> {}, server), out);
        case "onboard-uf" -> rest.size() != 1 ? usage(out) : print(onboarding.onboardState(rest.getFirst(), p -> {}, server), out);
        case "move" -> rest.size() != 2 ? usage(out) : print(moves.move(TenantId.of(rest.get(0)), rest.get(1)), out);
        case "migrate-all" -> print(migrations.migrateAll(), out);
        case "backup" -> rest.size() != 2 ? usage(out)
            : print(backups.backup(TenantId.of(rest.get(0)), Path.of(rest.get(1))), out);
        case "restore" -> rest.size() != 2 ? usage(out)
            : print(backups.restore(TenantId.of(rest.get(0)), Path.of(rest.get(1)),
                new RestoreOptions(flags.contains("--replace"), flags.contains("--from-other-municipality"))), out);
        default -> usage(out);
      };
    } catch (TeiaException e) {
      out.println(messages.of(e));
      return 1;
    }
  }

  private int print(OnboardingReport report, PrintStream out) {
    out.printf("Municípios implantados: %d; já implantados: %d; recusados: %d; com falha: %d (%d ms)%n",
        report.onboarded().size(), report.alreadyActive().size(), report.refused().size(),
        report.failed().size(), report.elapsed().toMillis());
    report.refused().forEach((input, e) -> out.printf("  recusado %s: %s%n", input, messages.of(e)));
    report.failed().forEach((id, error) -> out.printf("  falha %s: %s%n", id, error));
    return report.allOk() ? 0 : 1;
  }

  private int print(MigrationReport report, PrintStream out) {
    out.printf("Versão %s: %d municípios, %d atualizados, %d já em dia, %d verificados, %d com falha (%d ms)%n",
        report.version(), report.tenants(), report.migrated(), report.alreadyCurrent(), report.verified(),
        report.failed().size(), report.elapsed().toMillis());
    report.failed().forEach((id, error) -> out.printf("  falha %s: %s%n", id, error));
    return report.allOk() ? 0 : 1;
  }

  private int print(BackupReport report, PrintStream out) {
    out.printf("Cópia do município %s gravada em %s: %d tabelas, %d linhas (%d ms)%n", report.tenant(),
        report.file(), report.rows().size(), report.totalRows(), report.elapsed().toMillis());
    return 0;
  }

  private int print(RestoreReport report, PrintStream out) {
    out.printf("Município %s restaurado%s: %d linhas, da versão %s para %s, verificado (%d ms)%n", report.tenant(),
        report.replaced() ? " (dados anteriores substituídos)" : "", report.totalRows(), report.fileVersion(),
        report.version(), report.elapsed().toMillis());
    return 0;
  }

  private int print(MoveReport report, PrintStream out) {
    out.printf("Município %s mudado do servidor %s para o servidor %s: %d linhas, conferidas com a origem (%d ms)%n",
        report.tenant(), report.from(), report.to(), report.totalRows(), report.elapsed().toMillis());
    return 0;
  }

  private int usage(PrintStream out) {
    out.println("""
        Uso:
          onboard <código IBGE>...   implanta os municípios informados
          onboard-uf <UF>            implanta todos os municípios de um estado (ex.: MG)
          migrate-all                atualiza e verifica o esquema de todos os municípios
          backup <código IBGE> <arquivo>
                                     grava uma cópia dos dados do município no arquivo
          restore <código IBGE> <arquivo> [--replace] [--from-other-municipality]
                                     restaura a cópia no município (vazio, ou substituindo os dados
                                     com --replace; de outro município só com --from-other-municipality)
          onboard <código IBGE>... --server=<chave>
          onboard-uf <UF> --server=<chave>
                                     implanta no servidor de banco de dados informado, e não pela regra
                                     (o servidor aberto com menos municípios)
          move <código IBGE> <chave do servidor>
                                     muda o município para outro servidor de banco de dados (só leitura
                                     enquanto muda; se falhar, ele continua onde estava)""");
    return 2;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
