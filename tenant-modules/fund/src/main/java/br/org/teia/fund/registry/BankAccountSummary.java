package br.org.teia.fund.registry;

import java.util.UUID;

/** A bank account of the fund as views and callers read it. */
public record BankAccountSummary(UUID id, String blockCode, String programme, String bankCode, String branch,
    String accountNumber) {}
