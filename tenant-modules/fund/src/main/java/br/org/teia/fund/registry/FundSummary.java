package br.org.teia.fund.registry;

import br.org.teia.kernel.suas.Cnpj;
import java.time.LocalDate;
import java.util.List;

/** The fund's registry as views and callers read it, with its bank accounts (by block, then bank). */
public record FundSummary(String name, String cnpj, String managingBody, String ordinatorName,
    String ordinatorPosition, String lawNumber, LocalDate lawDate, List<BankAccountSummary> accounts, int version) {

  /** The CNPJ as people write it: 00.000.000/0000-00. */
  public String formattedCnpj() {
    return Cnpj.format(cnpj);
  }

  public FundForm form() {
    return new FundForm(name, cnpj, managingBody, ordinatorName, ordinatorPosition, lawNumber, lawDate);
  }
}
