package br.org.teia.structure.unit;

import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.api.UnitDirectory;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link UnitDirectory} over the unit table: ids and names only, for whoever reads the structure. */
@Service
@Transactional(readOnly = true)
class UnitDirectoryService implements UnitDirectory {

  private final UnitRepository units;

  UnitDirectoryService(UnitRepository units) {
    this.units = units;
  }

  @Override
  @RolesAllowed(StructureAccess.READ)
  public List<UnitRef> units() {
    return units.findAll(Sort.by("name")).stream().map(u -> new UnitRef(u.id(), u.name())).toList();
  }
}
