package org.peerpath.ui.member.levelofcare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerpath.application.levelofcare.port.in.CloseEpisodeCommand;
import org.peerpath.application.levelofcare.port.in.CloseEpisodeUseCase;
import org.peerpath.application.levelofcare.port.in.EpisodeSummary;
import org.peerpath.application.levelofcare.port.in.LevelOfCareQueries;
import org.peerpath.application.levelofcare.port.in.MemberEpisodes;
import org.peerpath.application.levelofcare.port.in.OpenEpisodeCommand;
import org.peerpath.application.levelofcare.port.in.OpenEpisodeUseCase;
import org.peerpath.application.levelofcare.port.in.TimelinePeriod;
import org.peerpath.application.levelofcare.port.in.TransitionEpisodeCommand;
import org.peerpath.application.levelofcare.port.in.TransitionEpisodeUseCase;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.ui.member.tab.DatedForms;
import org.peerpath.ui.member.tab.MemberTabView;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.MainLayout;

/**
 * The Levels of care tab (LOC-1..3): the member's episodes, a timeline of the days a peer service is combined with an
 * open episode and the standalone gaps (LOC-2), and forms to open, move on (LOC-3) and close. Clinical: the care team
 * and admins only (CONF-2); front desk never gets here, and the use cases refuse them too.
 */
@Route(value = "members/:memberId/levels-of-care", layout = MainLayout.class)
@RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
public class LevelsOfCareView extends MemberTabView<MemberEpisodes> {

    private final LevelOfCareQueries levels;
    private final OpenEpisodeUseCase openEpisode;
    private final CloseEpisodeUseCase closeEpisode;
    private final TransitionEpisodeUseCase transitionEpisode;
    private final DatedForms forms = new DatedForms(this);

    final Div timeline = new Div();
    final ComboBox<DeliverySystem> openSystem = new ComboBox<>();
    final ComboBox<LevelOfCare> openLevel = new ComboBox<>();
    final DatePicker openStart = new DatePicker();
    final DatePicker openEnd = new DatePicker();
    final Button open = new Button();
    final ComboBox<DeliverySystem> moveSystem = new ComboBox<>();
    final ComboBox<LevelOfCare> moveLevel = new ComboBox<>();
    final DatePicker moveDate = new DatePicker();
    final Button move = new Button();
    final ComboBox<DeliverySystem> closeSystem = new ComboBox<>();
    final DatePicker closeDate = new DatePicker();
    final Button close = new Button();

    LevelsOfCareView(
            MemberQueries members,
            LevelOfCareQueries levels,
            OpenEpisodeUseCase openEpisode,
            CloseEpisodeUseCase closeEpisode,
            TransitionEpisodeUseCase transitionEpisode,
            CurrentUser currentUser) {
        super(members, currentUser, "episodes.page-title");
        this.levels = levels;
        this.openEpisode = openEpisode;
        this.closeEpisode = closeEpisode;
        this.transitionEpisode = transitionEpisode;
    }

    @Override
    protected Optional<MemberEpisodes> load(MemberDetails member) {
        return levels.episodes(currentUser.actor(), member.id());
    }

    @Override
    protected void draw(MemberDetails member, MemberEpisodes episodes) {
        H2 heading = new H2(getTranslation("episodes.title"));
        heading.addClassName("section");
        add(heading);
        show(episodes);
    }

    private void show(MemberEpisodes episodes) {
        timeline.setId("episode-timeline");
        timeline.addClassName("section");
        if (episodes.timeline().isEmpty()) {
            timeline.add(new Paragraph(getTranslation("episodes.none")));
        }
        episodes.timeline().forEach(period -> timeline.add(period(period, episodes.episodes())));
        add(timeline, openForm(episodes), moveForm(episodes), closeForm(episodes));
    }

    /** LOC-2 in words: combined at a level, or standalone; LOC-3: the move it began with. */
    private Div period(TimelinePeriod period, List<EpisodeSummary> episodes) {
        Span system = new Span(period.deliverySystem().name().replace('_', '-'));
        system.addClassNames("badge", "badge-delivery-system");
        system.setTitle(
                getTranslation("delivery-system." + period.deliverySystem().name()));
        Span kind = new Span(
                period.isCombined()
                        ? getTranslation("episodes.combined", levelName(period.level()))
                        : getTranslation("episodes.standalone"));
        kind.addClassNames("badge", period.isCombined() ? "badge-standing-current" : "badge-standing-past");
        Span days = new Span(
                period.endsOn() == null
                        ? getTranslation("episodes.days-from", forms.date(period.startsOn()))
                        : getTranslation("episodes.days", forms.date(period.startsOn()), forms.date(period.endsOn())));
        Div row = new Div(system, kind, days);
        episodes.stream()
                .filter(e -> period.isCombined()
                        && e.deliverySystem() == period.deliverySystem()
                        && e.startsOn().equals(period.startsOn())
                        && e.transitionFrom() != null)
                .findFirst()
                .ifPresent(
                        e -> row.add(new Span(getTranslation("episodes.moved-from", levelName(e.transitionFrom())))));
        row.addClassNames(
                "team-peer",
                period.isCombined() ? "timeline-combined" : "timeline-standalone",
                LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.Border.BOTTOM,
                LumoUtility.BorderColor.CONTRAST_10);
        return row;
    }

    private Div openForm(MemberEpisodes episodes) {
        forms.systemField(openSystem, "episodes.field.system", "open-system", List.of(DeliverySystem.values()));
        levelField(openLevel, "open-level", openSystem);
        forms.dateField(openStart, "episodes.field.start", "open-start");
        forms.dateField(openEnd, "episodes.field.end-optional", "open-end");
        Binder<EpisodeFormData> binder = new Binder<>();
        forms.required(
                binder,
                openSystem,
                "episodes.system.required",
                EpisodeFormData::getDeliverySystem,
                EpisodeFormData::setDeliverySystem);
        forms.required(
                binder, openLevel, "episodes.level.required", EpisodeFormData::getLevel, EpisodeFormData::setLevel);
        forms.required(
                binder, openStart, "episodes.start.required", EpisodeFormData::getDate, EpisodeFormData::setDate);
        binder.forField(openEnd).bind(EpisodeFormData::getEndsOn, EpisodeFormData::setEndsOn);
        forms.button(open, "episodes.open", "open-episode");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        forms.onClick(
                open,
                binder,
                EpisodeFormData::new,
                data -> forms.save(
                        () -> openEpisode.open(new OpenEpisodeCommand(
                                currentUser.actor(),
                                episodes.member(),
                                data.getDeliverySystem(),
                                data.getLevel(),
                                data.getDate(),
                                data.getEndsOn(),
                                episodes.version())),
                        Map.of(
                                "deliverySystem", openSystem,
                                "level", openLevel,
                                "startsOn", openStart,
                                "endsOn", openEnd),
                        "episodes.opened"));
        return forms.section("episodes.open.title", openSystem, openLevel, openStart, openEnd, open);
    }

    private Div moveForm(MemberEpisodes episodes) {
        forms.systemField(moveSystem, "episodes.field.system", "move-system", openSystems(episodes));
        levelField(moveLevel, "move-level", moveSystem);
        moveLevel.setLabel(getTranslation("episodes.field.new-level"));
        forms.dateField(moveDate, "episodes.field.move-date", "move-date");
        Binder<EpisodeFormData> binder = new Binder<>();
        forms.required(
                binder,
                moveSystem,
                "episodes.system.required",
                EpisodeFormData::getDeliverySystem,
                EpisodeFormData::setDeliverySystem);
        forms.required(
                binder, moveLevel, "episodes.level.required", EpisodeFormData::getLevel, EpisodeFormData::setLevel);
        forms.required(
                binder, moveDate, "episodes.move-date.required", EpisodeFormData::getDate, EpisodeFormData::setDate);
        forms.button(move, "episodes.move", "move-episode");
        forms.onClick(
                move,
                binder,
                EpisodeFormData::new,
                data -> forms.save(
                        () -> transitionEpisode.transition(new TransitionEpisodeCommand(
                                currentUser.actor(),
                                episodes.member(),
                                data.getDeliverySystem(),
                                data.getLevel(),
                                data.getDate(),
                                episodes.version())),
                        Map.of(
                                "deliverySystem", moveSystem,
                                "level", moveLevel,
                                "transition", moveLevel,
                                "startsOn", moveDate,
                                "endsOn", moveDate),
                        "episodes.moved"));
        return forms.section("episodes.move.title", moveSystem, moveLevel, moveDate, move);
    }

    private Div closeForm(MemberEpisodes episodes) {
        forms.systemField(closeSystem, "episodes.field.system", "close-system", openSystems(episodes));
        forms.dateField(closeDate, "episodes.field.end", "close-date");
        Binder<EpisodeFormData> binder = new Binder<>();
        forms.required(
                binder,
                closeSystem,
                "episodes.system.required",
                EpisodeFormData::getDeliverySystem,
                EpisodeFormData::setDeliverySystem);
        forms.required(binder, closeDate, "episodes.end.required", EpisodeFormData::getDate, EpisodeFormData::setDate);
        forms.button(close, "episodes.close", "close-episode");
        forms.onClick(
                close,
                binder,
                EpisodeFormData::new,
                data -> forms.save(
                        () -> closeEpisode.close(new CloseEpisodeCommand(
                                currentUser.actor(),
                                episodes.member(),
                                data.getDeliverySystem(),
                                data.getDate(),
                                episodes.version())),
                        Map.of("deliverySystem", closeSystem, "endsOn", closeDate),
                        "episodes.closed"));
        return forms.section("episodes.close.title", closeSystem, closeDate, close);
    }

    private static List<DeliverySystem> openSystems(MemberEpisodes episodes) {
        return episodes.episodes().stream()
                .filter(EpisodeSummary::isOpen)
                .map(EpisodeSummary::deliverySystem)
                .distinct()
                .toList();
    }

    /**
     * LOC-1: the levels of the reference list under the chosen system. A level chosen before the system changed stays
     * shown, so that the refusal names it at the field rather than the choice vanishing unseen.
     */
    private void levelField(ComboBox<LevelOfCare> field, String id, ComboBox<DeliverySystem> system) {
        field.setLabel(getTranslation("episodes.field.level"));
        field.setId(id);
        field.setItemLabelGenerator(this::levelName);
        field.setItems(List.of());
        system.addValueChangeListener(change -> {
            LevelOfCare chosen = field.getValue();
            field.setItems(change.getValue() == null ? List.of() : levels.levelsUnder(change.getValue()));
            field.setValue(chosen);
        });
    }

    private String levelName(LevelOfCare level) {
        return getTranslation("enum.LevelOfCare." + level.name());
    }
}
