package br.org.teia.fund.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A bank account of the fund: the financing block it holds (a catalogue code), the programme where
 * the transferring sphere asks for an account of its own, the bank's three-digit code (COMPE), the
 * branch and the account number as the bank writes them.
 */
public record BankAccountForm(
    @NotBlank(message = "{fund.account.block.required}") String blockCode,
    @Size(max = 120, message = "{fund.account.programme.size}") String programme,
    @NotBlank(message = "{fund.account.bank.required}")
    @Pattern(regexp = "\\d{3}", message = "{fund.account.bank.invalid}") String bankCode,
    @NotBlank(message = "{fund.account.branch.required}")
    @Pattern(regexp = "[0-9]{1,6}(-[0-9Xx])?", message = "{fund.account.branch.invalid}") String branch,
    @NotBlank(message = "{fund.account.number.required}")
    @Pattern(regexp = "[0-9]{1,15}(-[0-9Xx])?", message = "{fund.account.number.invalid}") String accountNumber) {

  public BankAccountForm {
    blockCode = clean(blockCode);
    programme = clean(programme);
    bankCode = clean(bankCode);
    branch = clean(branch);
    accountNumber = clean(accountNumber);
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
