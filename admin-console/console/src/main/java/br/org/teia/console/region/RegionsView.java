package br.org.teia.console.region;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.console.ConsoleAccess;
import br.org.teia.console.csv.RowErrorsDisplay;
import br.org.teia.console.csv.RowErrorsException;
import br.org.teia.console.onboarding.OnboardingJobService;
import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.ui.form.Actions;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.form.SaveAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Region sets: list, create, rename, delete; the regions of the selected set (add, rename, delete),
 * a CSV import that replaces them all or changes nothing, and the municipalities of a region (with
 * whether each is a member), placed or removed by hand. The built-in peer groups by size class are
 * shown beside them.
 */
@PageHelp("console.help.regions")
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
  private final RegionNameEditor addRegion = RegionNameEditor.adding();
  private final PlaceEditor place = new PlaceEditor();
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
    addRegion.addSaveListener(event -> {
      if (addRegion.submit(event.value(), SaveAction.silently(value -> regions.addRegion(selectedSet.id(), value)))) {
        addRegion.edit(new RegionName(null));
        reloadSet();
      }
    });
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
      Button deleteRegion = new Button(getTranslation("console.region.delete"), click -> Actions.run(this, () -> {
        regions.deleteRegion(selectedSet.id(), r.id());
        return getTranslation("console.region.deleted", r.name());
      }, this::reloadSet));
      deleteRegion.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
      return new HorizontalLayout(renameRegion, deleteRegion);
    }).setAutoWidth(true);
    regionGrid.setAllRowsVisible(true);
    regionGrid.setEmptyStateText(getTranslation("console.region.empty"));
    regionGrid.addItemClickListener(click -> selectRegion(click.getItem()));

    place.addSaveListener(event -> {
      if (place.submit(event.value(), SaveAction.silently(value -> regions.place(selectedSet.id(), value.ibgeCode(),
          selectedRegion == null ? null : selectedRegion.id())))) {
        place.edit(PlaceEditor.blank());
        reloadSet();
      }
    });
    municipalitiesTitle.setId("region-municipalities-title");
    municipalities.setId("region-municipalities");
    municipalities.addColumn(RegionMunicipality::ibgeCode).setHeader(getTranslation("console.member.ibge")).setAutoWidth(true);
    municipalities.addColumn(RegionMunicipality::name).setHeader(getTranslation("console.member.name"));
    municipalities.addColumn(RegionMunicipality::region).setHeader(getTranslation("console.region.name"));
    municipalities.addColumn(m -> m.member() ? getTranslation("tenant.status." + m.memberStatus().name())
        : getTranslation("console.region.not-member")).setHeader(getTranslation("console.member.status")).setAutoWidth(true);
    municipalities.addComponentColumn(m -> {
      Button remove = new Button(getTranslation("console.region.remove"), click -> Actions.run(this, () -> {
        regions.remove(selectedSet.id(), m.ibgeCode());
        return null;
      }, this::reloadSet));
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      remove.setVisible(selectedSet != null && m.region() != null);
      return remove;
    }).setAutoWidth(true);
    municipalities.setEmptyStateText(getTranslation("console.region.no-municipalities"));

    HorizontalLayout setActions = new HorizontalLayout(rename, delete);
    setTitle.setId("region-set-title");
    setPanel.setPadding(false);
    setPanel.add(setTitle, setActions, new Paragraph(getTranslation("console.region.import.help")), upload, importErrors,
        addRegion, regionGrid, place);
    setPanel.setVisible(false);

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

  private void openSetDialog(RegionSetSummary existing) {
    AtomicReference<RegionSetSummary> saved = new AtomicReference<>();
    EditorDialog<RegionSetForm> dialog = new EditorDialog<>(
        getTranslation(existing == null ? "console.region-set.new" : "console.region-set.rename"),
        new RegionSetEditor(OnboardingJobService.states(), existing != null), value -> {
          saved.set(existing == null ? regions.create(value)
              : regions.rename(existing.id(), new RegionSetName(value.name())));
          return getTranslation("console.region-set.saved", saved.get().name());
        }, () -> selectSet(saved.get().id()));
    dialog.setId("region-set-dialog");
    dialog.open(existing == null ? RegionSetEditor.blank() : RegionSetEditor.of(existing));
  }

  private void openRegionDialog(RegionSummary region) {
    new EditorDialog<>(getTranslation("console.region.rename"), RegionNameEditor.renaming(),
        SaveAction.silently(value -> regions.renameRegion(selectedSet.id(), region.id(), value)), this::reloadSet)
        .open(new RegionName(region.name()));
  }

  private void confirmDeleteSet() {
    if (selectedSet == null) {
      return;
    }
    RegionSetSummary doomed = selectedSet;
    ConfirmDialog confirm = new ConfirmDialog(getTranslation("console.region-set.delete"),
        getTranslation("console.region-set.delete.confirm", doomed.name(), doomed.municipalities()),
        getTranslation("console.region-set.delete"), event -> Actions.run(this, () -> {
          regions.delete(doomed.id());
          return getTranslation("console.region-set.deleted", doomed.name());
        }, () -> {
          selectedSet = null;
          selectedRegion = null;
          municipalities.setItems(List.of());
          municipalitiesTitle.setText("");
          reloadSet();
        }));
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
