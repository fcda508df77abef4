package br.org.teia.fund.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One financing block's figures in the demonstrativo: carried from last year, received, committed,
 * liquidated, paid (reversals netted), earlier years' restos a pagar paid and the closing balance. Live from the ledger while the
 * demonstrativo is a draft, fixed when it is finalised.
 */
@Embeddable
public record StatementLine(@Column(name = "block_code") String blockCode,
    @Column(name = "block_name") String blockName, BigDecimal opening, BigDecimal received, BigDecimal committed,
    BigDecimal liquidated, BigDecimal paid, @Column(name = "carried_paid") BigDecimal carriedPaid, BigDecimal closing) {}
