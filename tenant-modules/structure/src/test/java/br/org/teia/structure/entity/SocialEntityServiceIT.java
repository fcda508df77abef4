package br.org.teia.structure.entity;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.territory.TerritoryForm;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
@StructureContext
class SocialEntityServiceIT {

  static final TenantId OURO_PRETO = TenantId.of("3146107");
  static final TenantId MARIANA = TenantId.of("3140001");

  @Autowired SocialEntityService entities;
  @Autowired SocialEntityExport export;
  @Autowired TerritoryService territories;
  @Autowired TenantOnboarding onboarding;
  @Autowired Messages messages;

  @BeforeEach
  void twoMunicipalities() {
    onboarding.onboard(List.of(OURO_PRETO.ibgeCode(), MARIANA.ibgeCode()));
  }

  @Test
  void an_entity_is_registered_with_its_services_in_the_tipificacao_order_and_shows_not_inscribed() {
    String cnpj = Demo.cnpj();
    SocialEntitySummary created = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(new SocialEntityForm(
        Cnpj.format(cnpj), "Associação Beneficente Vila Rica", "Lar Vila Rica",
        Set.of(ActionType.ATENDIMENTO, ActionType.DEFESA_GARANTIA_DIREITOS),
        List.of(new ServiceOffer("ACOLHIMENTO_INSTITUCIONAL", 20), new ServiceOffer("scfv", 120)), "CNEAS-123/2020",
        "Rua Direita, 5", null, "(31) 98888-7777", "lar@vilarica.org.br", "Joana Contato")));

    SocialEntitySummary read = as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.get(created.id()));
    assertThat(read.cnpj()).isEqualTo(cnpj);
    assertThat(read.cnpjFormatted()).isEqualTo(Cnpj.format(cnpj)).matches("\\d{2}\\.\\d{3}\\.\\d{3}/\\d{4}-\\d{2}");
    assertThat(read.services()).extracting(ServiceOfferSummary::serviceCode)
        .containsExactly("SCFV", "ACOLHIMENTO_INSTITUCIONAL");
    assertThat(read.totalCapacity()).isEqualTo(140);
    assertThat(read.phone()).isEqualTo("(31) 98888-7777");
    assertThat(read.cmas()).isEqualTo(InscriptionSummary.none("CMAS"));
    assertThat(messages.get(I18nConfiguration.PT_BR, read.cmas().state().labelKey())).isEqualTo("Não inscrita");
  }

  @Test
  void the_same_cnpj_twice_in_a_municipality_is_refused_but_another_municipality_may_have_it() {
    String cnpj = Demo.cnpj();
    as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(cnpj, "Casa do Menor")));

    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_MANAGER,
        () -> entities.create(Demo.form(Cnpj.format(cnpj), "Outra razão social"))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(messages.get(I18nConfiguration.PT_BR,
            e.messageKey(), e.arguments()))
            .isEqualTo("Já existe uma entidade com o CNPJ " + Cnpj.format(cnpj) + " neste município."));
    assertThat(as(MARIANA, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(cnpj, "Casa do Menor")).cnpj()))
        .isEqualTo(cnpj);
  }

  @Test
  void changing_an_entity_to_another_entitys_cnpj_is_refused() {
    String first = Demo.cnpj();
    String second = Demo.cnpj();
    as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(first, "Primeira")));
    SocialEntitySummary other = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(second, "Segunda")));

    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF,
        () -> entities.update(other.id(), other.version(), Demo.form(first, "Segunda"))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.entity.duplicate"));
  }

  @Test
  void invalid_cnpjs_are_refused_with_the_portuguese_message_under_the_field() {
    String valid = Demo.cnpj();
    String wrongDigit = valid.substring(0, 13) + (char) ('0' + (valid.charAt(13) - '0' + 1) % 10);
    for (String cnpj : List.of(wrongDigit, "11111111111111", "1234")) {
      assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(cnpj, "X"))))
          .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
              .extracting(v -> v.getPropertyPath().toString().replaceAll(".*\\.", ""), ConstraintViolation::getMessage)
              .containsExactly(org.assertj.core.groups.Tuple.tuple("cnpj", "CNPJ inválido: confira os dígitos.")));
    }
  }

  @Test
  void a_service_must_serve_at_least_one_person_or_family() {
    String cnpj = Demo.cnpj();
    for (int capacity : new int[] {0, -1}) {
      assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF,
          () -> entities.create(Demo.form(cnpj, "Capacidade", new ServiceOffer("SCFV", capacity)))))
          .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
              .extracting(ConstraintViolation::getMessage).containsExactly(
                  "Informe quantas pessoas ou famílias o serviço atende: um número de 1 a 1.000.000."));
    }
    assertThat(as(OURO_PRETO, Role.MUNICIPAL_STAFF,
        () -> entities.create(Demo.form(cnpj, "Capacidade", new ServiceOffer("SCFV", 1))).totalCapacity())).isEqualTo(1);
  }

  @Test
  void a_service_outside_the_tipificacao_is_refused() {
    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF,
        () -> entities.create(Demo.form(Demo.cnpj(), "Serviço inventado", new ServiceOffer("CURSO_DE_INFORMATICA", 30)))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(messages.get(I18nConfiguration.PT_BR,
            e.messageKey(), e.arguments()))
            .isEqualTo("O serviço \"CURSO_DE_INFORMATICA\" não existe na Tipificação Nacional."));
  }

  @Test
  void a_service_given_twice_is_refused() {
    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(Demo.cnpj(),
        "Duplicada", new ServiceOffer("SCFV", 10), new ServiceOffer("SCFV", 20)))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.entity.service.duplicate"));
  }

  @Test
  void empty_names_no_action_bad_email_phone_and_cneas_are_refused_per_field_in_portuguese() {
    SocialEntityForm bad = new SocialEntityForm("", " ", null, Set.of(), List.of(), "CNEAS#1", null, null,
        "3333-44", "contato@entidade", null);

    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(bad)))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
            .extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
                "Informe o CNPJ da entidade.", "Informe a razão social.", "Marque ao menos um tipo de atuação.",
                "O número no CNEAS pode ter até 30 letras, números, pontos, barras ou hífens.",
                "Informe o telefone com DDD: 10 ou 11 números.",
                "Informe um e-mail válido, como contato@entidade.org.br."));
  }

  @Test
  void a_territory_of_another_municipality_is_refused() {
    UUID marianas = as(MARIANA, Role.MUNICIPAL_STAFF,
        () -> territories.create(new TerritoryForm("Território " + UUID.randomUUID(), null, null, null)).id());
    SocialEntityForm form = Demo.form(Demo.cnpj(), "Com território");
    SocialEntityForm elsewhere = new SocialEntityForm(form.cnpj(), form.legalName(), null, form.actions(),
        form.services(), null, null, marianas, null, null, null);

    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(elsewhere)))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.entity.territory.not-found"));
  }

  @Test
  void search_finds_by_legal_or_trade_name_and_by_cnpj_typed_with_punctuation() {
    String cnpj = Demo.cnpj();
    String unique = UUID.randomUUID().toString().substring(0, 8);
    as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(new SocialEntityForm(cnpj, "Instituto " + unique,
        "Fantasia " + unique, Set.of(ActionType.ASSESSORAMENTO), List.of(), null, null, null, null, null, null)));

    assertThat(as(OURO_PRETO, Role.COUNCIL_SECRETARY, () -> entities.list("instituto " + unique, null, 0, 10)
        .getTotalElements())).isEqualTo(1);
    assertThat(as(OURO_PRETO, Role.COUNCIL_SECRETARY, () -> entities.list("FANTASIA " + unique, null, 0, 10)
        .getTotalElements())).isEqualTo(1);
    String root = Cnpj.format(cnpj).substring(0, 10); // "00.000.000"
    assertThat(as(OURO_PRETO, Role.COUNCIL_SECRETARY, () -> entities.list(root, null, 0, 10).getContent()))
        .extracting(SocialEntitySummary::cnpj).contains(cnpj);
    assertThat(as(MARIANA, Role.MUNICIPAL_MANAGER, () -> entities.list(unique, null, 0, 10).getTotalElements())).isZero();
  }

  @Test
  void a_change_made_meanwhile_by_someone_else_is_refused() {
    SocialEntitySummary created = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(Demo.cnpj(), "Versão")));
    as(OURO_PRETO, Role.MUNICIPAL_MANAGER, () -> entities.update(created.id(), created.version(), created.form()));

    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF,
        () -> entities.update(created.id(), created.version(), created.form())))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("structure.entity.stale"));
  }

  @Test
  void council_roles_read_but_cannot_write_and_association_roles_cannot_even_read() {
    SocialEntitySummary created = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(Demo.cnpj(), "Papéis")));

    assertThat(as(OURO_PRETO, Role.COUNCIL_SECRETARY, () -> entities.get(created.id()).legalName())).isEqualTo("Papéis");
    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.history(created.id()))).isEmpty();
    for (Role reader : List.of(Role.COUNCIL_SECRETARY, Role.COUNCIL_MEMBER)) {
      assertThatThrownBy(() -> as(OURO_PRETO, reader, () -> entities.create(Demo.form(Demo.cnpj(), "Não"))))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> as(OURO_PRETO, reader, () -> {
        entities.delete(created.id());
        return null;
      })).isInstanceOf(AccessDeniedException.class);
    }
    for (Role association : List.of(Role.ASSOCIATION_ADMIN, Role.ASSOCIATION_STAFF)) {
      assertThatThrownBy(() -> as(OURO_PRETO, association, () -> entities.list("", null, 0, 10)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> as(OURO_PRETO, association, () -> entities.get(created.id())))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> as(OURO_PRETO, association, () -> export.csv("", null, I18nConfiguration.PT_BR)))
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void another_municipalitys_entity_does_not_exist_here() {
    SocialEntitySummary mine = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(Demo.cnpj(), "Minha")));

    assertThatThrownBy(() -> as(MARIANA, Role.MUNICIPAL_MANAGER, () -> entities.get(mine.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(MARIANA, Role.MUNICIPAL_MANAGER, () -> entities.history(mine.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(MARIANA, Role.MUNICIPAL_MANAGER, () -> entities.update(mine.id(), 0, mine.form())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(MARIANA, Role.MUNICIPAL_MANAGER, () -> {
      entities.delete(mine.id());
      return null;
    })).isInstanceOf(NotFoundException.class);
    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.get(mine.id()).legalName())).isEqualTo("Minha");
  }

  @Test
  void staff_deletes_an_entity() {
    SocialEntitySummary created = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(Demo.cnpj(), "Excluída")));

    as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> {
      entities.delete(created.id());
      return null;
    });

    assertThatThrownBy(() -> as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.get(created.id())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_csv_and_xlsx_exports_read_back_with_the_entities() throws Exception {
    String cnpj = Demo.cnpj();
    String name = "Associação \"Exportada\"; " + UUID.randomUUID().toString().substring(0, 8);
    as(MARIANA, Role.MUNICIPAL_STAFF, () -> entities.create(new SocialEntityForm(cnpj, name, null,
        Set.of(ActionType.ATENDIMENTO, ActionType.ASSESSORAMENTO),
        List.of(new ServiceOffer("SCFV", 100), new ServiceOffer("PSB_DOMICILIO", 15)), "12345", "Rua A, 1", null,
        "3133334444", "a@b.org", "Pessoa Contato")));

    String csv = new String(as(MARIANA, Role.COUNCIL_MEMBER,
        () -> export.csv(name, null, I18nConfiguration.PT_BR)), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFCNPJ;Razão social;Nome fantasia;Tipo de atuação;Serviços ofertados;"
        + "Capacidade total;Número no CNEAS;Endereço;Território;Telefone;E-mail;Responsável pelo contato;"
        + "Inscrição no CMAS;Data da situação no CMAS;Certificado\r\n");
    assertThat(csv.lines().skip(1).toList()).containsExactly(Cnpj.format(cnpj) + ";\"" + name.replace("\"", "\"\"")
        + "\";;Atendimento, Assessoramento;Serviço de Convivência e Fortalecimento de Vínculos (SCFV) (100), Serviço de Proteção Social Básica no Domicílio para Pessoas com Deficiência e Idosas (15);115;12345;Rua A, 1;;(31) 3333-4444;"
        + "a@b.org;Pessoa Contato;Não inscrita;;");

    byte[] xlsx = as(MARIANA, Role.COUNCIL_MEMBER, () -> export.xlsx(name, null, I18nConfiguration.PT_BR));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).getCellText(0)).isEqualTo("CNPJ");
      assertThat(rows.get(1).getCellText(0)).isEqualTo(Cnpj.format(cnpj));
      assertThat(rows.get(1).getCellText(1)).isEqualTo(name);
      assertThat(rows.get(1).getCellAsNumber(5)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(115));
      assertThat(rows.get(1).getCellText(12)).isEqualTo("Não inscrita");
    }
  }
}
