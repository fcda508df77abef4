package br.org.teia.structure.managingbody;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ManagingBodyFormJsonTest {

  @Test
  void the_api_reads_the_management_level_and_leaves_it_empty_when_absent() {
    JsonMapper json = JsonMapper.shared();
    String base = "\"secretariatName\":\"S\",\"fundCnpj\":\"11222333000181\",\"managerName\":\"M\",\"population\":10";

    assertThat(json.readValue("{" + base + ",\"suasManagementLevel\":\"PLENA\"}", ManagingBodyForm.class)
        .suasManagementLevel()).isEqualTo(SuasManagementLevel.PLENA);
    assertThat(json.readValue("{" + base + "}", ManagingBodyForm.class).suasManagementLevel()).isNull();
  }
}
