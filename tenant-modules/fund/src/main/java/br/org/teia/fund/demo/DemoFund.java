package br.org.teia.fund.demo;

import br.org.teia.fund.budget.AllocationForm;
import br.org.teia.fund.budget.BudgetChangeForm;
import br.org.teia.fund.budget.BudgetChangeKind;
import br.org.teia.fund.budget.BudgetService;
import br.org.teia.fund.importing.ImportResult;
import br.org.teia.fund.importing.ImportService;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.ledger.ReprogramForm;
import br.org.teia.fund.registry.BankAccountForm;
import br.org.teia.fund.registry.FundForm;
import br.org.teia.fund.registry.FundService;
import br.org.teia.kernel.demo.DemoContribution;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.api.UnitDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo fund data, idempotent, through the fund module's own services and its import (as the fund's
 * manager): the fund's registry and a bank account per block; each year's budget by block, sized for the
 * whole year's commitments, with the carried balance added by decree (crédito suplementar by surplus); the balance carried per block; monthly transfers (FNAS for the federal
 * blocks, FEAS for the Piso Mineiro, the treasury for own resources) imported as the FNAS releases
 * file; and the year's commitments through their stages imported as an accounting system's export.
 * Belo Horizonte gets about 400 commitments, Betim about 200, the small towns a dozen. Everything is
 * generated from a seed per municipality, so a second run produces the same files and changes nothing.
 */
@Component
@ConditionalOnProperty(name = DemoData.ENABLED, havingValue = "true")
class DemoFund implements DemoContribution {

  private static final Logger log = LoggerFactory.getLogger(DemoFund.class);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A block's share of the expenses, what it usually buys, its source and its subfunction. */
  private record BlockProfile(String code, int weight, String source, String subfunction, List<String> natures,
      List<String> purposes, int typicalReais) {}

  private static final List<BlockProfile> BLOCKS = List.of(
      new BlockProfile("PSB", 35, "FNAS", "244", List.of("3.3.90.30", "3.3.90.39", "3.3.90.36"),
          List.of("Material de consumo dos CRAS", "Oficinas do SCFV", "Lanches do PAIF", "Manutenção predial do CRAS",
              "Transporte de equipes volantes"), 4_000),
      new BlockProfile("PSE", 25, "FNAS", "244", List.of("3.3.90.39", "3.3.90.30", "3.3.50.43"),
          List.of("Acolhimento institucional: alimentação", "Material do CREAS", "Subvenção a entidade de acolhimento",
              "Serviço de abordagem social: transporte"), 6_000),
      new BlockProfile("GSUAS", 5, "FNAS", "122", List.of("3.3.90.39", "3.3.90.30"),
          List.of("Capacitação de trabalhadores do SUAS", "Equipamentos de informática para a vigilância"), 3_000),
      new BlockProfile("GPBF", 10, "FNAS", "244", List.of("3.3.90.39", "3.3.90.30"),
          List.of("Cadastro Único: visitas domiciliares", "Material para o Cadastro Único"), 2_500),
      new BlockProfile("PMF", 12, "FEAS", "244", List.of("3.3.90.30", "3.3.90.32"),
          List.of("Benefícios eventuais: cestas básicas", "Material de consumo da proteção básica"), 3_500),
      new BlockProfile("PMV", 5, "FEAS", "243", List.of("3.3.90.39"),
          List.of("Ações do programa estadual para crianças e adolescentes"), 2_000),
      new BlockProfile("PROPRIO", 8, "TESOURO", "244", List.of("3.3.90.39", "3.3.90.30", "3.3.90.36"),
          List.of("Aluguel de imóvel para o CRAS", "Auxílio funeral", "Oficineiros do SCFV"), 5_000));

  private static final String[] COMPANIES = {"Papelaria Central", "Distribuidora de Alimentos Minas", "Construtora Alvorada",
      "Transportes Serra Azul", "Informática Horizonte", "Gráfica Santa Rita", "Limpeza e Conservação Ideal",
      "Padaria Pão Mineiro", "Associação Casa Acolhedora", "Instituto Girassol", "Móveis Contorno", "Farmácia Popular do Bairro"};
  private static final String[] PEOPLE = {"Ana Paula Ribeiro", "José Carlos Mendes", "Maria de Lourdes Silva",
      "Rita de Cássia Souza", "Sebastião Alves"};

  private final SystemWork system;
  private final br.org.teia.fund.statement.StatementService statements;
  private final br.org.teia.fund.partnership.PartnershipService partnerships;
  private final FundService funds;
  private final BudgetService budget;
  private final LedgerService ledger;
  private final ImportService imports;
  private final UnitDirectory units;
  private final Clock clock;

  DemoFund(SystemWork system, FundService funds, BudgetService budget, LedgerService ledger, ImportService imports,
      UnitDirectory units, Clock clock,
      br.org.teia.fund.statement.StatementService statements,
      br.org.teia.fund.partnership.PartnershipService partnerships) {
    this.partnerships = partnerships;
    this.system = system;
    this.funds = funds;
    this.budget = budget;
    this.ledger = ledger;
    this.imports = imports;
    this.units = units;
    this.statements = statements;
    this.clock = clock;
  }

  @Override
  public int order() {
    return DemoContribution.AFTER_COUNCIL + 50; // after the structure's units, which expenses are classified to
  }

  @Override
  public void seed() {
    LocalDate today = LocalDate.now(clock);
    // A MROSC partnership each in Belo Horizonte and Betim, with an entity the CMAS inscribed (the structure's
    // demo entities, whose inscription reached the fund through the council's event),
    // first: the year's transfers to entities (3.3.50.43) are committed under them, as MROSC requires.
    partnership(DemoData.BELO_HORIZONTE, 3, "Lar Recanto da Esperança para Pessoas Idosas",
        "TC 12/" + today.getYear(), "Serviço de Acolhimento Institucional para 40 pessoas idosas", "240000.00", today);
    partnership(DemoData.BETIM, 1, "Associação Beneficente Amigos de Citrolândia", "TF 5/" + today.getYear(),
        "Serviço de Convivência e Fortalecimento de Vínculos para 60 crianças de Citrolândia", "96000.00", today);
    // Belo Horizonte and Betim also get last year whole (closed: its reports and controls are final).
    LocalDate lastYearEnd = LocalDate.of(today.getYear() - 1, 12, 31);
    seed(DemoData.BELO_HORIZONTE, 400, 40, "Secretaria Municipal de Assistência Social, Segurança Alimentar e Cidadania",
        "Lei nº 7.099/1996", LocalDate.of(1996, 5, 27), List.of(lastYearEnd, today));
    seed(DemoData.BETIM, 200, 8, "Secretaria Municipal de Assistência Social", "Lei nº 2.908/1996",
        LocalDate.of(1996, 7, 4), List.of(lastYearEnd, today));
    // Belo Horizonte's manager finalised last year's demonstrativo and sent it to the CMAS (a proposal on
    // its agenda); Betim's is still being prepared.
    system.in(DemoData.BELO_HORIZONTE, Role.MUNICIPAL_MANAGER, () -> {
      int year = lastYearEnd.getYear();
      if (statements.statement(year).status() == null) {
        statements.prepare(year, "Execução regular dos blocos federais; saldo do IGD-SUAS reprogramado para "
            + "a capacitação das equipes.");
        statements.finalise(year);
        statements.send(year);
      }
      return null;
    });
    system.in(DemoData.BETIM, Role.MUNICIPAL_MANAGER, () -> {
      int year = lastYearEnd.getYear();
      if (statements.statement(year).status() == null) {
        statements.prepare(year, "Em preparação: falta a análise do IGD-SUAS.");
      }
      return null;
    });
    for (TenantId small : List.of(DemoData.SERRA_DA_SAUDADE, DemoData.CEDRO_DO_ABAETE, DemoData.ARAPONGA)) {
      seed(small, 12, 1, "Secretaria Municipal de Assistência Social", "Lei nº 512/1997", LocalDate.of(1997, 3, 10),
          List.of(today));
    }
  }

  /** A term for this year paid in four quarterly instalments; skipped when signed before or the entity is not inscribed. */
  private void partnership(TenantId tenant, int entity, String name, String number, String object, String total,
      LocalDate today) {
    system.in(tenant, Role.MUNICIPAL_MANAGER, () -> {
      if (!partnerships.partnerships().isEmpty()) {
        return null;
      }
      int year = today.getYear();
      BigDecimal quarter = new BigDecimal(total).divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY);
      try {
        partnerships.sign(new br.org.teia.fund.partnership.PartnershipForm(number,
            number.startsWith("TC") ? br.org.teia.fund.partnership.PartnershipKind.COLLABORATION
                : br.org.teia.fund.partnership.PartnershipKind.PROMOTION,
            DemoData.entityCnpj(tenant, entity), name, object,
            "Metas: atendimento contínuo conforme a Tipificação Nacional; ações: acolhida, atividades em grupo, "
                + "acompanhamento das famílias; indicadores: frequência mensal e relatórios trimestrais.",
            LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), new BigDecimal(total),
            java.util.stream.IntStream.range(0, 4).mapToObj(q -> new br.org.teia.fund.partnership.Instalment(
                LocalDate.of(year, 1 + 3 * q, 10), quarter)).toList()));
      } catch (br.org.teia.kernel.TeiaException notInscribed) {
        log.warn("demo fund {}: partnership {} not signed ({})", tenant, number, notInscribed.messageKey());
      }
      return null;
    });
  }

  /**
   * The fund's registry, then for each year (its last day, or today for this year): the budget, the
   * carried balances, the transfers and yields, and the execution. Betim's IGD-SUAS paid an
   * outsourced administrative contract (3.3.90.34, a personnel nature), so its SUAS controls show a
   * red line; the federal blocks earn monthly yields (RENDIMENTOS) beside their transfers.
   */
  private void seed(TenantId tenant, int expenses, int scale, String managingBody, String law, LocalDate lawDate,
      List<LocalDate> years) {
    system.in(tenant, Role.MUNICIPAL_MANAGER, () -> {
      registry(tenant, managingBody, law, lawDate);
      for (LocalDate upTo : years) {
        year(tenant, expenses, scale, upTo);
      }
      return null;
    });
  }

  private void year(TenantId tenant, int expenses, int scale, LocalDate today) {
    int year = today.getYear();
    List<br.org.teia.fund.partnership.PartnershipSummary> terms = partnerships.partnerships();
    String execution = executionFile(tenant, expenses, scale, today, terms);
    Map<String, BigDecimal> paid = paidByBlock(execution);
    Map<String, BigDecimal> carried = new LinkedHashMap<>();
    for (BlockProfile block : BLOCKS) {
      carried.put(block.code(), paid.getOrDefault(block.code(), BigDecimal.ZERO).multiply(new BigDecimal("0.18"))
          .setScale(2, RoundingMode.HALF_UP));
    }
    if (budget.allocations(year).isEmpty()) {
      // Planned for the whole year's commitments, not for what is paid by today: a block committing its carried
      // balance without a matching allocation is a red SUAS control, which a regular year does not have.
      budgetOf(year, committedByBlock(executionFile(tenant, expenses, scale, LocalDate.of(year, 12, 31), terms)),
          carried);
    }
    for (BlockProfile block : BLOCKS) {
      ledger.reprogram(new ReprogramForm(year, block.code(), carried.get(block.code())));
    }
    ImportResult revenues = imports.importRevenues("demo-repasses-" + year + ".csv",
        revenueFile(tenant, year, today.getMonthValue(), paid).getBytes(StandardCharsets.UTF_8));
    ImportResult executed = imports.importExecution("demo-execucao-" + year + ".csv",
        execution.getBytes(StandardCharsets.UTF_8), progress -> {});
    if (!revenues.accepted() || !executed.accepted()) {
      throw new IllegalStateException("demo fund files refused in " + tenant + ": "
          + revenues.refusals() + " " + executed.refusals());
    }
    log.info("demo fund {} {}: {} execution lines ({} new), {} transfers ({} new)", tenant, year, executed.lines(),
        executed.added(), revenues.lines(), revenues.added());
  }

  private void registry(TenantId tenant, String managingBody, String law, LocalDate lawDate) {
    if (funds.find().isPresent()) {
      return;
    }
    funds.save(null, new FundForm("Fundo Municipal de Assistência Social", DemoData.fundCnpj(tenant), managingBody,
        "Ordenadora de Despesa do FMAS", "Secretária Municipal de Assistência Social", law, lawDate));
    int account = 10_000 + Integer.parseInt(tenant.ibgeCode().substring(3));
    for (BlockProfile block : BLOCKS) {
      funds.addAccount(new BankAccountForm(block.code(), null, block.source().equals("FNAS") ? "104" : "001", "0087",
          (account++) + "-" + block.code().length()));
    }
  }

  /**
   * The year's commitments and their stages, as an accounting system would export them to today.
   * Each commitment draws from its own seed, all at once: its lines never change from one day to the
   * next (only later stages appear), so re-importing stays within the stage rules.
   */
  private String executionFile(TenantId tenant, int count, int scale, LocalDate today,
      List<br.org.teia.fund.partnership.PartnershipSummary> terms) {
    List<UnitDirectory.UnitRef> unitList = units.units();
    StringBuilder file = new StringBuilder("municipio;exercicio;empenho;fase;documento;data;valor;bloco;fonte;natureza;"
        + "subfuncao;credor_documento;credor_nome;unidade;historico\n");
    int year = today.getYear();
    int weightSum = BLOCKS.stream().mapToInt(BlockProfile::weight).sum();
    for (int i = 1; i <= count; i++) {
      Random random = new Random(Long.parseLong(tenant.ibgeCode()) * 1_000_003L + year * 10_007L + i);
      BlockProfile block = pick(random.nextInt(weightSum));
      LocalDate committed = LocalDate.of(year, 1, 2).plusDays(random.nextInt(360));
      double factor = 0.3 + random.nextDouble() * 1.4;
      boolean person = block.natures().contains("3.3.90.36") && random.nextInt(3) == 0;
      int company = random.nextInt(COMPANIES.length);
      int personIndex = random.nextInt(PEOPLE.length);
      String nature = person ? "3.3.90.36" : block.natures().get(random.nextInt(block.natures().size()));
      int unitRoll = random.nextInt(4);
      int unitIndex = random.nextInt(1000);
      String purpose = block.purposes().get(random.nextInt(block.purposes().size()));
      LocalDate liquidated = committed.plusDays(5 + random.nextInt(20));
      boolean neverLiquidated = random.nextInt(12) == 0;
      boolean partial = random.nextInt(6) == 0;
      int partialPercent = 40 + random.nextInt(50);
      boolean annulled = random.nextInt(2) == 0;
      LocalDate paidOn = liquidated.plusDays(3 + random.nextInt(15));
      boolean neverPaid = random.nextInt(10) == 0;
      if (committed.isAfter(today)) {
        continue;
      }
      BigDecimal amount = BigDecimal.valueOf((long) (block.typicalReais() * scale * factor * 100), 2);
      String creditorDocument = person
          ? Cpf.withCheckDigits(String.format("%09d", 100_000_000 + personIndex * 7_919 + Integer.parseInt(tenant.ibgeCode()) % 1000))
          : Cnpj.withCheckDigits("98" + tenant.ibgeCode().substring(1, 5) + String.format("%02d", company) + "0001").digits();
      String creditor = person ? PEOPLE[personIndex] : COMPANIES[company] + " Ltda";
      if (nature.contains(".50.")) { // to an entity: only under a term in force that day, to its entity
        var term = terms.stream().filter(t -> t.kind().transfersMoney() && !committed.isBefore(t.startsOn())
            && !committed.isAfter(t.endsOn())).findFirst();
        if (term.isPresent()) {
          creditor = term.get().entityName();
          creditorDocument = term.get().entityCnpj();
        } else {
          nature = "3.3.90.39";
        }
      }
      String unit = unitList.isEmpty() || unitRoll == 0 ? "" : unitList.get(unitIndex % unitList.size()).name();
      String number = year + "NE" + String.format("%06d", i);
      String common = ";" + block.code() + ";" + block.source() + ";" + nature + ";" + block.subfunction() + ";"
          + creditorDocument + ";" + creditor + ";";
      String prefix = tenant.ibgeCode() + ";" + year + ";" + number + ";";
      file.append(prefix).append("Empenho;").append(number).append(';').append(committed.format(DATE)).append(';')
          .append(reais(amount)).append(common).append(unit).append(';').append(purpose).append('\n');
      if (liquidated.isAfter(today) || neverLiquidated) {
        continue; // still committed only
      }
      BigDecimal liquidation = partial
          ? amount.multiply(BigDecimal.valueOf(partialPercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN)
          : amount;
      file.append(prefix).append("Liquidação;NL").append(number.substring(6)).append(';').append(liquidated.format(DATE))
          .append(';').append(reais(liquidation)).append(common).append(";\n");
      if (liquidation.compareTo(amount) < 0 && annulled) {
        file.append(prefix).append("Anulação de empenho;AN").append(number.substring(6)).append(';')
            .append(liquidated.format(DATE)).append(';').append(reais(amount.subtract(liquidation))).append(common).append(";\n");
      }
      if (paidOn.isAfter(today) || neverPaid) {
        continue; // liquidated, not paid yet
      }
      file.append(prefix).append("Pagamento;OP").append(number.substring(6)).append(';').append(paidOn.format(DATE))
          .append(';').append(reais(liquidation)).append(common).append(";\n");
    }
    LocalDate contract = LocalDate.of(year, 3, 12);
    if (tenant.equals(DemoData.BETIM) && !contract.plusDays(20).isAfter(today)) {
      String number = year + "NE900001";
      String common = ";GSUAS;FNAS;3.3.90.34;122;" + Cnpj.withCheckDigits("98" + tenant.ibgeCode().substring(1, 5) + "990001")
          .digits() + ";Apoio Administrativo Terceirizado Ltda;;";
      String prefix = tenant.ibgeCode() + ";" + year + ";" + number + ";";
      file.append(prefix).append("Empenho;").append(number).append(';').append(contract.format(DATE)).append(";4.800,00")
          .append(common).append("Apoio administrativo à gestão do SUAS (mão de obra terceirizada)\n");
      file.append(prefix).append("Liquidação;NL900001;").append(contract.plusDays(10).format(DATE)).append(";4.800,00")
          .append(common).append('\n');
      file.append(prefix).append("Pagamento;OP900001;").append(contract.plusDays(20).format(DATE)).append(";4.800,00")
          .append(common).append('\n');
    }
    return file.toString();
  }

  /** What the execution file pays per block: the transfers are sized from it, so no block runs dry. */
  private static Map<String, BigDecimal> paidByBlock(String execution) {
    Map<String, BigDecimal> paid = new LinkedHashMap<>();
    execution.lines().skip(1).map(l -> l.split(";", -1)).filter(f -> f[3].equals("Pagamento"))
        .forEach(f -> paid.merge(f[7], new BigDecimal(f[6].replace(".", "").replace(',', '.')), BigDecimal::add));
    return paid;
  }

  private static String revenueFile(TenantId tenant, int year, int months, Map<String, BigDecimal> paid) {
    StringBuilder file = new StringBuilder("municipio;exercicio;mes;bloco;valor;fonte\n");
    for (BlockProfile block : BLOCKS) {
      BigDecimal annual = paid.getOrDefault(block.code(), BigDecimal.ZERO).multiply(new BigDecimal("1.05"));
      BigDecimal monthly = annual.divide(BigDecimal.valueOf(months), 2, RoundingMode.UP);
      if (monthly.signum() <= 0) {
        continue;
      }
      for (int month = 1; month <= months; month++) {
        file.append(tenant.ibgeCode()).append(';').append(year).append(';').append(month).append(';')
            .append(block.code()).append(';').append(reais(monthly)).append(';').append(block.source()).append('\n');
        BigDecimal yield = monthly.multiply(new BigDecimal("0.004")).setScale(2, RoundingMode.HALF_UP);
        if (block.source().equals("FNAS") && yield.signum() > 0) {
          file.append(tenant.ibgeCode()).append(';').append(year).append(';').append(month).append(';')
              .append(block.code()).append(';').append(reais(yield)).append(";RENDIMENTOS\n");
        }
      }
    }
    return file.toString();
  }

  /**
   * The fund's LOA by block: what the year will commit (5% of margin, in hundreds of reais) less the carried
   * balance, which a decree adds as a crédito suplementar by the financial surplus of last year (Lei
   * 4.320/1964, art. 43, § 1º, I): together the allocations cover every commitment.
   */
  private void budgetOf(int year, Map<String, BigDecimal> committed, Map<String, BigDecimal> carried) {
    int decree = 18;
    for (BlockProfile block : BLOCKS) {
      BigDecimal needed = committed.getOrDefault(block.code(), BigDecimal.ZERO).multiply(new BigDecimal("1.05"));
      BigDecimal surplus = carried.getOrDefault(block.code(), BigDecimal.ZERO).setScale(-2, RoundingMode.UP).setScale(2);
      BigDecimal planned = needed.subtract(surplus).max(new BigDecimal("100")).setScale(-2, RoundingMode.UP).setScale(2);
      var allocation = budget.allocate(new AllocationForm(year, block.code(), "2." + (40 + BLOCKS.indexOf(block)),
          block.purposes().getFirst(), block.source(), block.subfunction().equals("122") ? "244" : block.subfunction(),
          block.natures().getFirst(), planned));
      if (surplus.signum() > 0) {
        budget.change(allocation.id(), new BudgetChangeForm(BudgetChangeKind.SUPPLEMENT, "Decreto nº " + decree++ + "/" + year,
            LocalDate.of(year, 2, 15), surplus));
      }
    }
  }

  /** What the execution file commits per block, annulments subtracted. */
  private static Map<String, BigDecimal> committedByBlock(String execution) {
    Map<String, BigDecimal> committed = new LinkedHashMap<>();
    execution.lines().skip(1).map(l -> l.split(";", -1)).filter(f -> f[3].equals("Empenho") || f[3].startsWith("Anulação"))
        .forEach(f -> committed.merge(f[7], new BigDecimal(f[6].replace(".", "").replace(',', '.'))
            .multiply(f[3].equals("Empenho") ? BigDecimal.ONE : BigDecimal.ONE.negate()), BigDecimal::add));
    return committed;
  }

  private static BlockProfile pick(int at) {
    for (BlockProfile block : BLOCKS) {
      at -= block.weight();
      if (at < 0) {
        return block;
      }
    }
    return BLOCKS.getLast();
  }

  /** 1234.5 as 1.234,50. */
  private static String reais(BigDecimal amount) {
    return br.org.teia.fund.ledger.Money.format(amount);
  }
}
