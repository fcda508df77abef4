package br.org.teia.fund.catalogue;

import br.org.teia.fund.FundAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The financing blocks and funding sources of a year, read from the municipality's schema, where the
 * catalogue lives as data versioned by year (changeset fund-0002): a later act that changes the
 * blocks is a changeset closing rows and adding others, never a code change. Read through the
 * tenant's Hibernate session, so the current municipality's schema answers.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

  private final EntityManager entities;

  CatalogueService(EntityManager entities) {
    this.entities = entities;
  }

  /** The blocks in force in {@code year}, in the catalogue's order. */
  @RolesAllowed(FundAccess.READ)
  public List<FinancingBlock> blocks(int year) {
    return publicBlocks(year);
  }

  /** {@link #blocks} for the fund's public page (no login): the catalogue is the law's, public. */
  @jakarta.annotation.security.PermitAll
  public List<FinancingBlock> publicBlocks(int year) {
    return rows("""
            SELECT code, first_year, last_year, name, sphere, legal_basis FROM fund_financing_block
            WHERE first_year <= :year AND (last_year IS NULL OR last_year >= :year) ORDER BY sort_order, code""", year)
        .stream().map(r -> new FinancingBlock((String) r[0], (Integer) r[1], (Integer) r[2], (String) r[3],
            Sphere.valueOf((String) r[4]), (String) r[5]))
        .toList();
  }

  /** The block {@code code} as in force in {@code year}; empty when there is none that year. */
  @RolesAllowed(FundAccess.READ)
  public Optional<FinancingBlock> block(String code, int year) {
    return blocks(year).stream().filter(b -> b.code().equals(code)).findFirst();
  }

  /** The funding sources in force in {@code year}, in the catalogue's order. */
  @RolesAllowed(FundAccess.READ)
  public List<FundingSource> sources(int year) {
    return rows("""
            SELECT code, first_year, last_year, name, sphere FROM fund_funding_source
            WHERE first_year <= :year AND (last_year IS NULL OR last_year >= :year) ORDER BY sort_order, code""", year)
        .stream().map(r -> new FundingSource((String) r[0], (Integer) r[1], (Integer) r[2], (String) r[3],
            Sphere.valueOf((String) r[4])))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, int year) {
    return entities.createNativeQuery(sql, Object[].class).setParameter("year", year).getResultList();
  }
}
