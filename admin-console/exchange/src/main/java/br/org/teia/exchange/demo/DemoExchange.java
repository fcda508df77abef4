package br.org.teia.exchange.demo;

import br.org.teia.exchange.attachment.AttachmentFile;
import br.org.teia.exchange.document.DocumentForm;
import br.org.teia.exchange.document.DocumentService;
import br.org.teia.exchange.event.EventForm;
import br.org.teia.exchange.event.EventKind;
import br.org.teia.exchange.event.EventService;
import br.org.teia.exchange.forum.ForumCategory;
import br.org.teia.exchange.forum.ForumService;
import br.org.teia.exchange.forum.ReplyForm;
import br.org.teia.exchange.forum.TopicFilter;
import br.org.teia.exchange.forum.TopicForm;
import br.org.teia.exchange.news.NewsForm;
import br.org.teia.exchange.news.NewsKind;
import br.org.teia.exchange.news.NewsService;
import br.org.teia.exchange.practice.PracticeForm;
import br.org.teia.exchange.practice.PracticeService;
import br.org.teia.exchange.practice.PracticeSummary;
import br.org.teia.exchange.practice.PracticeTheme;
import br.org.teia.kernel.demo.DemoContribution;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo news (two published to every member, one scheduled), good practices (one published, two
 * awaiting moderation), two documents of the library and three events, through the module's services; idempotent (nothing when news exist).
 * Forum topics with replies are seeded on their own (also into a demo database seeded before the forum).
 */
@Component
@ConditionalOnProperty(name = DemoData.ENABLED, havingValue = "true")
class DemoExchange implements DemoContribution {

  private final SystemWork system;
  private final NewsService news;
  private final PracticeService practices;
  private final DocumentService documents;
  private final EventService events;
  private final ForumService forum;
  private final Clock clock;

  DemoExchange(SystemWork system, NewsService news, PracticeService practices, DocumentService documents,
      EventService events, ForumService forum, Clock clock) {
    this.forum = forum;
    this.documents = documents;
    this.events = events;
    this.system = system;
    this.news = news;
    this.practices = practices;
    this.clock = clock;
  }

  @Override
  public int order() {
    return DemoContribution.AFTER_COUNCIL + 100;
  }

  @Override
  public void seed() {
    seedForum();
    if (!staff(news::all).isEmpty()) {
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock.withZone(NewsService.ZONE)).withSecond(0).withNano(0);
    staff(() -> news.publish(new NewsForm(NewsKind.NEWS, "Assembleia geral do COGEMAS em março", """
        A assembleia geral ordinária será em **Belo Horizonte**, com a pauta:

        - prestação de contas de 2025;
        - plano de trabalho da associação;
        - eleição da diretoria regional.

        Mais informações no [portal do MDS](https://www.gov.br/mds).""", now.minusDays(3), true, Set.of()), List.of()));
    staff(() -> news.publish(new NewsForm(NewsKind.NOTICE, "Prazo do Censo SUAS", """
        O preenchimento do *Censo SUAS* termina no fim do mês. Confira os formulários de CRAS, CREAS e
        do órgão gestor.""", now.minusDays(1), true, Set.of()), List.of()));
    staff(() -> news.publish(new NewsForm(NewsKind.NEWS, "Capacitação sobre benefícios eventuais",
        "Inscrições abertas na próxima semana.", now.plusDays(7), true, Set.of()), List.of()));

    var approved = system.in(DemoData.BELO_HORIZONTE, Role.MUNICIPAL_MANAGER, () -> practices.submit(new PracticeForm(
        "Busca ativa de famílias fora do Cadastro Único", PracticeTheme.BASIC_PROTECTION,
        "Famílias em situação de rua e em ocupações recentes não chegavam aos CRAS.",
        "Equipes volantes com agenda semanal nos territórios e mutirões com a saúde.",
        "1.200 famílias incluídas no Cadastro Único em seis meses.",
        "Diretoria de Proteção Social Básica, (31) 3277-0000"), List.of()));
    system.in(DemoData.BELO_HORIZONTE, Role.MUNICIPAL_MANAGER, () -> practices.submit(new PracticeForm(
        "Acolhida com hora marcada nos CRAS", PracticeTheme.MANAGEMENT, "Filas desde a madrugada na recepção.",
        "Agendamento por telefone e por mensagem.", "Espera média caiu de 3 horas para 40 minutos.",
        "Gerência de CRAS, (31) 3277-0001"), List.of()));
    system.in(DemoData.BETIM, Role.MUNICIPAL_MANAGER, () -> practices.submit(new PracticeForm(
        "Conselho municipal itinerante", PracticeTheme.SOCIAL_CONTROL, "Pouca participação dos usuários no CMAS.",
        "Reuniões ordinárias nos bairros, uma por regional.", "Presença de usuários triplicou.",
        "Secretaria executiva do CMAS de Betim"), List.of()));
    staff(() -> documents.add(new DocumentForm("Orientações sobre benefícios eventuais",
        "Nota técnica da associação para as secretarias.", "Notas técnicas", "benefícios eventuais, proteção básica"),
        text("orientacoes-beneficios-eventuais.txt", "Os benefícios eventuais são provisões suplementares e "
            + "provisórias prestadas em virtude de nascimento, morte, vulnerabilidade temporária e calamidade pública.")));
    staff(() -> documents.add(new DocumentForm("Modelo de lei municipal do SUAS", null, "Modelos", "legislação"),
        text("modelo-lei-suas.txt", "Dispõe sobre a Política Municipal de Assistência Social e o Sistema Único de "
            + "Assistência Social no município.")));
    LocalDateTime nextWeek = now.toLocalDate().plusDays(7).atTime(9, 0);
    staff(() -> events.add(new EventForm(EventKind.ASSEMBLY, "Assembleia geral do COGEMAS", "Pauta na notícia publicada.",
        "Belo Horizonte", nextWeek, nextWeek.plusHours(4), "https://www.cogemas.org.br/inscricoes")));
    staff(() -> events.add(new EventForm(EventKind.REGIONAL_MEETING, "Reunião regional Metropolitana", null,
        "Betim", nextWeek.plusDays(10), nextWeek.plusDays(10).plusHours(3), null)));
    staff(() -> events.add(new EventForm(EventKind.TRAINING, "Capacitação sobre benefícios eventuais", null,
        "On-line", nextWeek.plusDays(21), nextWeek.plusDays(21).plusHours(2), "https://www.cogemas.org.br/cursos")));
    PracticeSummary submitted = staff(() -> practices.get(approved));
    staff(() -> {
      practices.approve(approved, submitted.version());
      return null;
    });
  }

  /**
   * Two forum topics with replies (one mentioning Belo Horizonte's manager), each post in the name of a
   * demo person; nothing when the forum has topics.
   */
  private void seedForum() {
    if (staff(() -> forum.countTopics(TopicFilter.ALL)) > 0) {
      return;
    }
    List<ForumCategory> categories = staff(forum::categories);
    UUID basic = categories.stream().filter(c -> c.name().equals("Proteção social básica")).findFirst()
        .orElse(categories.getFirst()).id();
    UUID management = categories.stream().filter(c -> c.name().equals("Gestão do SUAS")).findFirst()
        .orElse(categories.getFirst()).id();
    UUID eventual = system.asPerson("gestora@bh.demo", DemoData.BELO_HORIZONTE, Role.MUNICIPAL_MANAGER, () -> forum.open(new TopicForm(basic,
        "Regulamentação de benefícios eventuais em situação de calamidade", """
        Estamos revisando a resolução do CMAS sobre **benefícios eventuais** depois das chuvas de janeiro.
        Alguém já regulamentou o auxílio em calamidade pública com valores por família?""")));
    system.asPerson("gestor@betim.demo", DemoData.BETIM, Role.MUNICIPAL_MANAGER, () -> forum.reply(eventual, new ReplyForm("""
        Em Betim a resolução de 2024 prevê o valor por pessoa da família e a concessão em até 48 horas.
        @gestora@bh.demo, posso enviar o texto aprovado pelo conselho.""")));
    system.asPerson("equipe@cogemas.demo", DemoData.BELO_HORIZONTE, Role.ASSOCIATION_STAFF, () -> forum.reply(eventual, new ReplyForm("""
        A nota técnica da associação sobre benefícios eventuais está na biblioteca de **Documentos**.""")));
    UUID teams = system.asPerson("gestor@betim.demo", DemoData.BETIM, Role.MUNICIPAL_MANAGER, () -> forum.open(new TopicForm(management,
        "Como vocês calculam as equipes de referência dos CRAS?", """
        Pela NOB-RH/SUAS, o número de técnicos depende das famílias referenciadas. Vocês usam o CadÚnico
        ou a estimativa do IBGE para as famílias?""")));
    system.asPerson("gestora@bh.demo", DemoData.BELO_HORIZONTE, Role.MUNICIPAL_MANAGER, () -> forum.reply(teams, new ReplyForm("""
        Usamos o CadÚnico atualizado a cada semestre, com o mapa de vulnerabilidade da vigilância.""")));
  }

  private static AttachmentFile text(String name, String content) {
    return new AttachmentFile(name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
  }

  private <T> T staff(java.util.function.Supplier<T> work) {
    return system.in(DemoData.BELO_HORIZONTE, Role.ASSOCIATION_STAFF, work);
  }
}
