package br.org.teia.fund.ledger;

import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.suas.Cpf;
import java.util.UUID;

/**
 * An expense as views and callers read it, with where its stages stand. {@code creditorDocument}
 * (CPF or CNPJ, digits; null when typed by hand without one) is shown through {@link #maskedCreditorDocument()}.
 */
public record ExpenseSummary(UUID id, int year, String commitmentNumber, String blockCode, String expenseNature,
    String creditor, String creditorDocument, String sourceCode, String subfunction, String description, UUID unitId,
    ExpenseBalance balance) {

  /** A CPF masked as the kernel masks it (a person's number), a CNPJ in full (a company's is public); empty when none. */
  public String maskedCreditorDocument() {
    if (creditorDocument == null) {
      return "";
    }
    return creditorDocument.length() == 11 ? Cpf.mask(creditorDocument) : Cnpj.format(creditorDocument);
  }
}
