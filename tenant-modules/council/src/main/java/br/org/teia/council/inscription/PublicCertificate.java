package br.org.teia.council.inscription;

import br.org.teia.council.api.InscriptionStatus;
import java.time.LocalDate;

/**
 * What the public verification page shows for a valid code: the council, the entity (a legal
 * person: its name and CNPJ are public), what is inscribed, the number and date. No person's name.
 */
public record PublicCertificate(String councilAcronym, String councilName, String entityName, String entityCnpj,
    InscriptionKind kind, String services, String number, LocalDate inscribedOn, InscriptionStatus status) {}
