package br.org.teia.structure.managingbody;

import br.org.teia.kernel.suas.SizeClass;
import java.time.LocalDate;

/**
 * The managing body as forms and the API read it; {@code sizeClass} is derived from the population;
 * {@code suasManagementLevel} may be null (not recorded).
 */
public record ManagingBodySummary(String secretariatName, String fundCnpj, String managerName,
    String suasLawNumber, LocalDate suasLawDate, String suasLawUrl, int population, SizeClass sizeClass,
    int version, SuasManagementLevel suasManagementLevel) {

  /** The CNPJ as people write it: 00.000.000/0000-00. */
  public String formattedFundCnpj() {
    return formatCnpj(fundCnpj);
  }

  public static String formatCnpj(String cnpj) {
    if (cnpj == null || cnpj.length() != 14) {
      return cnpj;
    }
    return cnpj.substring(0, 2) + "." + cnpj.substring(2, 5) + "." + cnpj.substring(5, 8) + "/"
        + cnpj.substring(8, 12) + "-" + cnpj.substring(12);
  }

  public ManagingBodyForm form() {
    return new ManagingBodyForm(secretariatName, fundCnpj, managerName, suasLawNumber, suasLawDate, suasLawUrl,
        population, suasManagementLevel);
  }
}
