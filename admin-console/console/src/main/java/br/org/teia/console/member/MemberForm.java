package br.org.teia.console.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What association staff record about a member. Everything is optional (a member may be catalogued
 * before anyone knows its manager), but what is given must be valid. Blank texts become null and
 * phones lose their spaces before validation. These are business contacts of the member's office.
 */
public record MemberForm(
    @Positive(message = "{console.member.population.range}")
    @Max(value = 20_000_000, message = "{console.member.population.range}") Integer population,
    @PastOrPresent(message = "{console.member.adhesion.future}") LocalDate adhesionDate,
    @Size(max = 120, message = "{console.member.name.size}") String managerName,
    @Email(message = "{console.member.email.invalid}")
    @Size(max = 200, message = "{console.member.email.size}") String managerEmail,
    @Pattern(regexp = PHONE, message = "{console.member.phone.invalid}") String managerPhone,
    @Size(max = 120, message = "{console.member.name.size}") String contactName,
    @Email(message = "{console.member.email.invalid}")
    @Size(max = 200, message = "{console.member.email.size}") String contactEmail,
    @Pattern(regexp = PHONE, message = "{console.member.phone.invalid}") String contactPhone) {

  /** A Brazilian phone: optional +55, area code (with or without parentheses), 8 or 9 digits. */
  static final String PHONE = "(\\+55)?\\(?[1-9][0-9]\\)?9?[0-9]{4}-?[0-9]{4}";

  public MemberForm {
    managerName = clean(managerName);
    managerEmail = clean(managerEmail);
    managerPhone = phone(managerPhone);
    contactName = clean(contactName);
    contactEmail = clean(contactEmail);
    contactPhone = phone(contactPhone);
  }

  public static MemberForm of(MemberSummary member) {
    return new MemberForm(member.population(), member.adhesionDate(), member.managerName(), member.managerEmail(),
        member.managerPhone(), member.contactName(), member.contactEmail(), member.contactPhone());
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** {@code text} as the record keeps a phone: stripped, without spaces and dots (null when blank). */
  static String phone(String text) {
    String cleaned = clean(text);
    return cleaned == null ? null : cleaned.replaceAll("[\\s.]", "");
  }
}
