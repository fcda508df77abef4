package br.org.teia.console.region;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.console.csv.RowErrorsDisplay;
import br.org.teia.console.csv.RowErrorsException;
import br.org.teia.console.member.SizeClass;
import br.org.teia.console.onboarding.OnboardingJobService;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.ui.FormErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Region sets: list, create, rename, delete; the regions of the selected set (add, rename, delete),
 * a CSV import that replaces them all or changes nothing, and the municipalities of a region (with
 * whether each is a member), placed or removed by hand. The built-in peer groups by size class are
 * shown beside them.
 */
@Route(RegionsView.ROUTE)
@RolesAllowed(ConsoleAccess.STAFF)
public class RegionsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "associacao/regioes";

  private final RegionService regions;
  private final Grid<RegionSetSummary> sets = new Grid<>(RegionSetSummary.class, false);
  private final Grid<PeerGroup> peerGroups = new Grid<>(PeerGroup.class, false);
  private final VerticalLayout setPanel = new VerticalLayout();
  private final H3 setTitle = new H3();
  private final Grid<RegionSummary> regionGrid = new Grid<>(RegionSummary.class, false);
  private final Grid<RegionMunicipality> municipalities = new Grid<>(RegionMunicipality.class, false);
  private final H3 municipalitiesTitle = new H3();
  private final VerticalLayout importErrors = new VerticalLayout();
  private final TextField placeCode = new TextField();
  private RegionSetSummary selectedSet;
  private RegionSummary selectedRegion;

  public RegionsView(RegionService regions) {
    this.regions = regions;
    setSizeFull();

    Button newSet = new Button(getTranslation("console.region-set.new"), click -> openSetDialog(null));
    newSet.setId("region-set-new");
    newSet.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    sets.setId("region-sets");
    sets.addColumn(RegionSetSummary::name).setHeader(getTranslation("console.region-set.name"));
    sets.addColumn(RegionSetSummary::uf).setHeader(getTranslation("console.member.uf")).setAutoWidth(true);
    sets.addColumn(RegionSetSummary::regions).setHeader(getTranslation("console.region-set.regions"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    sets.addColumn(RegionSetSummary::municipalities).setHeader(getTranslation("console.region-set.municipalities"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    sets.setAllRowsVisible(true);
    sets.setEmptyStateText(getTranslation("console.region-set.empty"));
    sets.addItemClickListener(click -> selectSet(click.getItem().id()));

    NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
    peerGroups.setId("peer-groups");
    peerGroups.addColumn(g -> getTranslation(g.sizeClass().labelKey())).setHeader(getTranslation("console.member.size-class"));
    peerGroups.addColumn(g -> g.populationUpTo() == null
            ? getTranslation("console.peer-group.above", numbers.format(g.populationFrom() - 1))
            : getTranslation("console.peer-group.range", numbers.format(g.populationFrom()), numbers.format(g.populationUpTo())))
        .setHeader(getTranslation("console.member.population"));
    peerGroups.addColumn(g -> g.members().size()).setHeader(getTranslation("console.peer-group.members"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    peerGroups.setAllRowsVisible(true);
    peerGroups.addItemClickListener(click -> showPeerGroup(click.getItem().sizeClass()));

    Button rename = new Button(getTranslation("console.region-set.rename"), click -> openSetDialog(selectedSet));
    rename.setId("region-set-rename");
    Button delete = new Button(getTranslation("console.region-set.delete"), click -> confirmDeleteSet());
    delete.setId("region-set-delete");
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    TextField regionName = new TextField(getTranslation("console.region.new-name"));
    regionName.setId("region-new-name");
    Button addRegion = new Button(getTranslation("console.region.add"), click -> {
      try {
        regions.addRegion(selectedSet.id(), new RegionName(regionName.getValue()));
        regionName.clear();
        regionName.setInvalid(false);
        reloadSet();
      } catch (ConstraintViolationException e) {
        new FormErrors(Map.of("name", regionName)).show(e);
      } catch (TeiaException e) {
        new FormErrors(Map.of("name", regionName)).show(FormErrors.messageOf(this, e), "name");
      }
    });
    addRegion.setId("region-add");
    Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> importCsv(bytes)));
    upload.setId("region-upload");
    upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(2 * 1024 * 1024);
    upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("console.region.import.drop")));
    importErrors.setId("region-import-errors");
    importErrors.setPadding(false);
    importErrors.setSpacing(false);

    regionGrid.setId("regions");
    regionGrid.addColumn(RegionSummary::name).setHeader(getTranslation("console.region.name"));
    regionGrid.addColumn(RegionSummary::municipalities).setHeader(getTranslation("console.region-set.municipalities"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    regionGrid.addColumn(RegionSummary::members).setHeader(getTranslation("console.peer-group.members"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    regionGrid.addComponentColumn(r -> {
      Button renameRegion = new Button(getTranslation("console.region.rename"), click -> openRegionDialog(r));
      renameRegion.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      Button deleteRegion = new Button(getTranslation("console.region.delete"), click -> {
        regions.deleteRegion(selectedSet.id(), r.id());
        Notification.show(getTranslation("console.region.deleted", r.name()));
        reloadSet();
      });
      deleteRegion.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
      return new HorizontalLayout(renameRegion, deleteRegion);
    }).setAutoWidth(true);
    regionGrid.setAllRowsVisible(true);
    regionGrid.setEmptyStateText(getTranslation("console.region.empty"));
    regionGrid.addItemClickListener(click -> selectRegion(click.getItem()));

    placeCode.setLabel(getTranslation("console.region.place-code"));
    placeCode.setId("region-place-code");
    placeCode.setMaxLength(7);
    Button place = new Button(getTranslation("console.region.place"), click -> place());
    place.setId("region-place");
    municipalitiesTitle.setId("region-municipalities-title");
    municipalities.setId("region-municipalities");
    municipalities.addColumn(RegionMunicipality::ibgeCode).setHeader(getTranslation("console.member.ibge")).setAutoWidth(true);
    municipalities.addColumn(RegionMunicipality::name).setHeader(getTranslation("console.member.name"));
    municipalities.addColumn(RegionMunicipality::region).setHeader(getTranslation("console.region.name"));
    municipalities.addColumn(m -> m.member() ? getTranslation("tenant.status." + m.memberStatus().name())
        : getTranslation("console.region.not-member")).setHeader(getTranslation("console.member.status")).setAutoWidth(true);
    municipalities.addComponentColumn(m -> {
      Button remove = new Button(getTranslation("console.region.remove"), click -> {
        regions.remove(selectedSet.id(), m.ibgeCode());
        reloadSet();
      });
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      remove.setVisible(selectedSet != null && m.region() != null);
      return remove;
    }).setAutoWidth(true);
    municipalities.setEmptyStateText(getTranslation("console.region.no-municipalities"));

    HorizontalLayout setActions = new HorizontalLayout(rename, delete);
    HorizontalLayout addRegionBar = new HorizontalLayout(regionName, addRegion);
    addRegionBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    HorizontalLayout placeBar = new HorizontalLayout(placeCode, place);
    placeBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    setTitle.setId("region-set-title");
    setPanel.setPadding(false);
    setPanel.add(setTitle, setActions, new Paragraph(getTranslation("console.region.import.help")), upload, importErrors,
        addRegionBar, regionGrid, placeBar);
    setPanel.setVisible(false);
    placeBar.setVisible(true);

    add(new H2(getTranslation("console.region.title")), newSet, sets,
        new H3(getTranslation("console.peer-group.title")), new Paragraph(getTranslation("console.peer-group.help")),
        peerGroups, setPanel, municipalitiesTitle, municipalities);
    reloadSets();
  }

  private void reloadSets() {
    sets.setItems(regions.sets());
    peerGroups.setItems(regions.peerGroups());
  }

  private void selectSet(UUID id) {
    selectedSet = regions.set(id);
    selectedRegion = null;
    importErrors.removeAll();
    reloadSet();
  }

  private void reloadSet() {
    reloadSets();
    if (selectedSet == null) {
      setPanel.setVisible(false);
      return;
    }
    selectedSet = regions.set(selectedSet.id());
    setPanel.setVisible(true);
    setTitle.setText(getTranslation("console.region-set.title", selectedSet.name(), selectedSet.uf()));
    List<RegionSummary> all = regions.regions(selectedSet.id());
    regionGrid.setItems(all);
    if (selectedRegion != null) {
      selectedRegion = all.stream().filter(r -> r.id().equals(selectedRegion.id())).findFirst().orElse(null);
    }
    municipalitiesTitle.setText(selectedRegion == null
        ? getTranslation("console.region.municipalities-of-set", selectedSet.name())
        : getTranslation("console.region.municipalities-of", selectedRegion.name()));
    municipalities.setItems(regions.municipalities(selectedSet.id(), selectedRegion == null ? null : selectedRegion.id()));
  }

  private void selectRegion(RegionSummary region) {
    selectedRegion = region;
    reloadSet();
  }

  private void showPeerGroup(SizeClass size) {
    selectedSet = null;
    selectedRegion = null;
    setPanel.setVisible(false);
    municipalitiesTitle.setText(getTranslation("console.peer-group.members-of", getTranslation(size.labelKey())));
    municipalities.setItems(regions.peerGroupMembers(size));
  }

  private void importCsv(byte[] bytes) {
    importErrors.removeAll();
    if (selectedSet == null) {
      return;
    }
    try {
      ImportResult result = regions.importCsv(selectedSet.id(), bytes);
      Notification.show(getTranslation("console.region.import.done", result.regions(), result.municipalities()));
      selectedRegion = null;
      reloadSet();
    } catch (RowErrorsException e) {
      RowErrorsDisplay.show(importErrors, e);
    }
  }

  private void place() {
    if (selectedSet == null) {
      return;
    }
    placeCode.setInvalid(false);
    if (selectedRegion == null) {
      placeCode.setErrorMessage(getTranslation("console.region.required"));
      placeCode.setInvalid(true);
      return;
    }
    try {
      regions.place(selectedSet.id(), placeCode.getValue(), selectedRegion.id());
      placeCode.clear();
      reloadSet();
    } catch (TeiaException e) {
      placeCode.setErrorMessage(FormErrors.messageOf(this, e));
      placeCode.setInvalid(true);
    }
  }

  private void openSetDialog(RegionSetSummary existing) {
    Dialog dialog = new Dialog(getTranslation(existing == null ? "console.region-set.new" : "console.region-set.rename"));
    dialog.setId("region-set-dialog");
    TextField name = new TextField(getTranslation("console.region-set.name"));
    name.setId("region-set-name");
    name.setMaxLength(120);
    name.setRequiredIndicatorVisible(true);
    Select<String> uf = new Select<>();
    uf.setLabel(getTranslation("console.member.uf"));
    uf.setId("region-set-uf");
    uf.setItems(OnboardingJobService.states());
    uf.setValue("MG");
    if (existing != null) {
      name.setValue(existing.name());
      uf.setValue(existing.uf());
      uf.setReadOnly(true);
    }
    FormErrors errors = new FormErrors(Map.of("name", name, "uf", uf));
    Button save = new Button(getTranslation("console.save"), click -> {
      try {
        RegionSetSummary saved = existing == null ? regions.create(new RegionSetForm(name.getValue(), uf.getValue()))
            : regions.rename(existing.id(), new RegionSetName(name.getValue()));
        Notification.show(getTranslation("console.region-set.saved", saved.name()));
        dialog.close();
        selectSet(saved.id());
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), e.messageKey().equals("console.region-set.duplicate") ? "name" : null);
      }
    });
    save.setId("region-set-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(name, uf));
    dialog.getFooter().add(new Button(getTranslation("console.cancel"), click -> dialog.close()), save);
    dialog.open();
    name.focus();
  }

  private void openRegionDialog(RegionSummary region) {
    Dialog dialog = new Dialog(getTranslation("console.region.rename"));
    TextField name = new TextField(getTranslation("console.region.name"));
    name.setId("region-rename-name");
    name.setValue(region.name());
    Button save = new Button(getTranslation("console.save"), click -> {
      try {
        regions.renameRegion(selectedSet.id(), region.id(), new RegionName(name.getValue()));
        dialog.close();
        reloadSet();
      } catch (ConstraintViolationException e) {
        new FormErrors(Map.of("name", name)).show(e);
      } catch (TeiaException e) {
        new FormErrors(Map.of("name", name)).show(FormErrors.messageOf(this, e), "name");
      }
    });
    save.setId("region-rename-save");
    dialog.add(name);
    dialog.getFooter().add(new Button(getTranslation("console.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  private void confirmDeleteSet() {
    if (selectedSet == null) {
      return;
    }
    RegionSetSummary doomed = selectedSet;
    ConfirmDialog confirm = new ConfirmDialog(getTranslation("console.region-set.delete"),
        getTranslation("console.region-set.delete.confirm", doomed.name(), doomed.municipalities()),
        getTranslation("console.region-set.delete"), event -> {
          regions.delete(doomed.id());
          Notification.show(getTranslation("console.region-set.deleted", doomed.name()));
          selectedSet = null;
          selectedRegion = null;
          municipalities.setItems(List.of());
          municipalitiesTitle.setText("");
          reloadSet();
        });
    confirm.setId("region-set-delete-confirm");
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("console.cancel"));
    confirm.setConfirmButtonTheme("error primary");
    confirm.open();
  }

  /** The set shown, for tests. */
  Optional<RegionSetSummary> selectedSet() {
    return Optional.ofNullable(selectedSet);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("console.region.title") + " | " + getTranslation("app.name");
  }
}
