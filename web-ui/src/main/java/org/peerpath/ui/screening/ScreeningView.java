package org.peerpath.ui.screening;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peerpath.application.screening.port.in.ConfirmMatchCommand;
import org.peerpath.application.screening.port.in.DecideMatchUseCase;
import org.peerpath.application.screening.port.in.DismissMatchCommand;
import org.peerpath.application.screening.port.in.ImportScreeningListCommand;
import org.peerpath.application.screening.port.in.ImportScreeningListUseCase;
import org.peerpath.application.screening.port.in.MatchSummary;
import org.peerpath.application.screening.port.in.ReinstateCommand;
import org.peerpath.application.screening.port.in.RunSummary;
import org.peerpath.application.screening.port.in.ScreeningOverview;
import org.peerpath.application.screening.port.in.ScreeningQueries;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;

/**
 * Exclusion screening (SCR-1..3): an admin uploads the OIG LEIE, SAM or Medi-Cal Suspended and Ineligible file; every
 * peer, supervisor and BHP is matched by NPI, license number, then name and date of birth. The import runs in the
 * upload's own request, outside the session lock, so the progress bar moves while a large file is matched; the page
 * polls only while an upload runs. Name matches are confirmed with a date or dismissed with a reason.
 */
@Route("admin/screening")
@Menu(order = 11, title = "menu.screening", icon = "vaadin:shield")
@RolesAllowed(Role.ADMIN_ROLE)
public class ScreeningView extends Main implements HasDynamicTitle {

    private static final int POLL_MILLIS = 400;

    private int uploadsStarted;
    private int uploadsFinished;

    final Upload upload;
    final Div uploadError = new Div();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div lastRun = new Div();
    final Paragraph due = new Paragraph();
    final Div reviewTasks = new Div();
    final Div confirmed = new Div();
    final Div runs = new Div();
    final List<TaskCard> taskCards = new ArrayList<>();
    final List<HitCard> hitCards = new ArrayList<>();

    private final ImportScreeningListUseCase importer;
    private final DecideMatchUseCase decide;
    private final ScreeningQueries queries;
    private final Actor actor;

    ScreeningView(
            ImportScreeningListUseCase importer,
            DecideMatchUseCase decide,
            ScreeningQueries queries,
            CurrentUser currentUser) {
        this.importer = importer;
        this.decide = decide;
        this.queries = queries;
        this.actor = currentUser.actor();
        addClassNames("page", "screening", LumoUtility.MaxWidth.SCREEN_LARGE);

        H1 title = new H1(getTranslation("screening.title"));
        title.setId("screening-title");
        Paragraph intro = new Paragraph(getTranslation("screening.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        due.setId("screening-due");

        upload = new Upload(this::receive);
        upload.setId("screening-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setI18n(uploadTexts());
        upload.getElement().setAttribute("aria-label", getTranslation("screening.upload.label"));
        upload.getElement().addEventListener("upload-start", e -> uploadStarted());
        Span uploadLabel = new Span(getTranslation("screening.upload.label"));
        uploadLabel.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Paragraph formats = new Paragraph(getTranslation("screening.upload.formats"));
        formats.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        uploadError.setId("screening-upload-error");
        uploadError.getElement().setAttribute("role", "alert");
        uploadError.addClassNames("screening-error", LumoUtility.TextColor.ERROR);
        progress.setId("screening-progress");
        progress.setVisible(false);
        progress.setMin(0);
        progress.setMax(1);
        progress.getElement().setAttribute("aria-label", getTranslation("screening.progress.label"));
        progressText.setId("screening-progress-text");
        progressText.setVisible(false);
        lastRun.setId("screening-last-run");
        lastRun.getElement().setAttribute("role", "status");
        lastRun.addClassNames(LumoUtility.Margin.Vertical.MEDIUM);
        Section uploadSection = new Section(uploadLabel, formats, upload, uploadError, progress, progressText, lastRun);
        uploadSection.addClassNames("screening-upload");

        reviewTasks.setId("screening-review-tasks");
        confirmed.setId("screening-confirmed");
        runs.setId("screening-runs");
        // The runs table scrolls sideways on a phone: the region takes focus so the keyboard can scroll it too.
        runs.getElement().setAttribute("tabindex", "0");
        runs.getElement().setAttribute("role", "region");
        runs.getElement().setAttribute("aria-label", getTranslation("screening.runs.title"));
        add(
                title,
                intro,
                due,
                uploadSection,
                new Section(new H2(getTranslation("screening.review.title")), reviewTasks),
                new Section(new H2(getTranslation("screening.confirmed.title")), confirmed),
                new Section(new H2(getTranslation("screening.runs.title")), runs));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screening.title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().setPollInterval(-1);
    }

    // ---- upload and import

    /**
     * The browser's "upload started" arrives in its own round trip, which on a busy server can come after the import
     * has already finished; it then must not clear the result. Both counters change under the session lock only.
     */
    private void uploadStarted() {
        uploadsStarted++;
        if (uploadsStarted > uploadsFinished) {
            startImport();
        }
    }

    private void startImport() {
        uploadError.setText("");
        lastRun.setText("");
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText(getTranslation("screening.progress.starting"));
        progressText.setVisible(true);
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
    }

    /** Runs in the upload request, outside the session lock: UI changes go through {@link #later}. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        long size = Math.max(1, event.getFileSize());
        later(ui, this::startImport);
        try (InputStream content = event.getInputStream()) {
            RunSummary run = importer.importList(new ImportScreeningListCommand(
                    actor,
                    fileName,
                    content,
                    (rows, bytes) -> later(ui, () -> showProgress(rows, Math.min(1.0, (double) bytes / size)))));
            later(ui, () -> finished(run));
        } catch (DomainException refused) {
            later(ui, () -> refused(refused));
        }
    }

    private void later(UI ui, Command command) {
        if (ui.getSession().hasLock()) {
            command.execute();
        } else {
            ui.access(command);
        }
    }

    private void showProgress(long rows, double fraction) {
        progress.setValue(fraction);
        progressText.setText(getTranslation("screening.progress.rows", rows));
    }

    private void finished(RunSummary run) {
        uploadsFinished++;
        stopProgress();
        upload.clearFileList();
        lastRun.setText(getTranslation(
                "screening.run.done",
                listName(run),
                run.fileName(),
                run.rowsRead(),
                run.screened(),
                run.matches(),
                run.confirmed(),
                run.reviewTasks()));
        refresh();
    }

    private void refused(DomainException refused) {
        uploadsFinished++;
        stopProgress();
        uploadError.setText(DomainErrors.text(refused));
        upload.clearFileList();
    }

    private void stopProgress() {
        progress.setVisible(false);
        progressText.setVisible(false);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private String listName(RunSummary run) {
        return getTranslation("screening.list." + run.list().name());
    }

    // ---- overview

    private void refresh() {
        ScreeningOverview overview = queries.overview(actor);
        due.setText(getTranslation(
                "screening.due",
                overview.nextDueOn(),
                getTranslation("screening.cadence." + overview.cadence().name())));
        showReviewTasks(overview.reviewTasks());
        showConfirmed(overview.confirmed());
        showRuns(overview.runs());
    }

    private void showReviewTasks(List<MatchSummary> tasks) {
        reviewTasks.removeAll();
        taskCards.clear();
        if (tasks.isEmpty()) {
            reviewTasks.add(new Paragraph(getTranslation("screening.review.none")));
            return;
        }
        for (MatchSummary task : tasks) {
            TaskCard card = new TaskCard(task);
            taskCards.add(card);
            reviewTasks.add(card);
        }
    }

    private void showConfirmed(List<MatchSummary> hits) {
        confirmed.removeAll();
        if (hits.isEmpty()) {
            confirmed.add(new Paragraph(getTranslation("screening.confirmed.none")));
            return;
        }
        hitCards.clear();
        for (MatchSummary hit : hits) {
            HitCard card = new HitCard(hit);
            hitCards.add(card);
            confirmed.add(card);
        }
    }

    private void showRuns(List<RunSummary> summaries) {
        runs.removeAll();
        if (summaries.isEmpty()) {
            runs.add(new Paragraph(getTranslation("screening.runs.none")));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassNames("screening-runs-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow header = new NativeTableRow();
        for (String column : List.of("date", "list", "file", "by", "rows", "screened", "matches", "review")) {
            header.add(new NativeTableHeaderCell(getTranslation("screening.runs.column." + column)));
        }
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        for (RunSummary run : summaries) {
            NativeTableRow row = new NativeTableRow();
            row.add(
                    new NativeTableCell(getTranslation("screening.date", run.ranOn())),
                    new NativeTableCell(listName(run)),
                    new NativeTableCell(run.fileName()),
                    new NativeTableCell(run.uploadedBy()),
                    new NativeTableCell(getTranslation("screening.number", run.rowsRead())),
                    new NativeTableCell(getTranslation("screening.number", run.screened())),
                    new NativeTableCell(getTranslation("screening.number", run.matches())),
                    new NativeTableCell(getTranslation("screening.number", run.reviewTasks())));
            body.add(row);
        }
        table.add(head, body);
        runs.add(table);
    }

    // ---- review tasks

    /** One name match to review (SCR-2): confirm from a date, or dismiss with a reason. */
    final class TaskCard extends Div {

        final MatchSummary task;
        final DatePicker effectiveOn = new DatePicker();
        final Button confirm = new Button();
        final TextField reason = new TextField();
        final Button dismiss = new Button();

        TaskCard(MatchSummary task) {
            this.task = task;
            addClassNames("screening-task");
            Paragraph what = new Paragraph(getTranslation(
                    "screening.review.line",
                    task.personName(),
                    getTranslation("screening.list." + task.list().name()),
                    task.listedName(),
                    task.line(),
                    getTranslation("screening.matched-on." + task.matchedOn().name())));
            what.addClassNames(LumoUtility.Margin.Bottom.SMALL);
            effectiveOn.setLabel(getTranslation("screening.review.effective-on"));
            DatePickers.localize(effectiveOn, this);
            effectiveOn.setValue(task.listedExcludedOn() == null ? task.screenedOn() : task.listedExcludedOn());
            confirm.setText(getTranslation("screening.review.confirm"));
            confirm.addClickListener(e -> confirm());
            reason.setLabel(getTranslation("screening.review.reason"));
            reason.setMaxLength(DismissMatchCommand.REASON_MAX);
            dismiss.setText(getTranslation("screening.review.dismiss"));
            dismiss.addClickListener(e -> dismiss());
            Div actions = new Div(effectiveOn, confirm, reason, dismiss);
            actions.addClassNames("screening-task-actions");
            add(what, actions);
        }

        private void confirm() {
            try {
                decide.confirm(new ConfirmMatchCommand(actor, task.id(), task.version(), effectiveOn.getValue()));
                notice(getTranslation("screening.review.confirmed", task.personName(), effectiveOn.getValue()));
                refresh();
            } catch (DomainException refused) {
                DomainErrors.show(refused, fields());
            }
        }

        private void dismiss() {
            try {
                decide.dismiss(new DismissMatchCommand(actor, task.id(), task.version(), reason.getValue()));
                notice(getTranslation("screening.review.dismissed", task.personName()));
                refresh();
            } catch (DomainException refused) {
                DomainErrors.show(refused, fields());
            }
        }

        private Map<String, HasValidation> fields() {
            return Map.of("effectiveOn", effectiveOn, "reason", reason);
        }
    }

    /** SCR-2: one confirmed exclusion; while in force it can be lifted from a date with a reason (reinstatement). */
    final class HitCard extends Div {

        final MatchSummary hit;
        final DatePicker reinstatedOn = new DatePicker();
        final TextField reinstateReason = new TextField();
        final Button reinstate = new Button();

        HitCard(MatchSummary hit) {
            this.hit = hit;
            addClassNames("screening-hit-card");
            Paragraph line = new Paragraph(getTranslation(
                    "screening.confirmed.line",
                    hit.personName(),
                    getTranslation("screening.list." + hit.list().name()),
                    getTranslation("screening.matched-on." + hit.matchedOn().name()),
                    hit.line(),
                    hit.effectiveOn()));
            line.addClassNames("screening-hit");
            add(line);
            if (hit.reinstatedOn() != null) {
                // SCR-2: with the admin's stored reason; a reinstatement read from the list itself has none
                String reason = hit.reinstatedReason();
                Paragraph lifted = new Paragraph(
                        reason == null || reason.isBlank()
                                ? getTranslation("screening.reinstated.line", hit.reinstatedOn())
                                : getTranslation("screening.reinstated.line-with-reason", hit.reinstatedOn(), reason));
                lifted.addClassNames("screening-reinstated", LumoUtility.FontSize.SMALL);
                add(lifted);
            } else if (hit.isReinstatable()) {
                reinstatedOn.setLabel(getTranslation("screening.reinstate.on"));
                DatePickers.localize(reinstatedOn, this);
                reinstateReason.setLabel(getTranslation("screening.reinstate.reason"));
                reinstateReason.setMaxLength(ReinstateCommand.REASON_MAX);
                reinstate.setText(getTranslation("screening.reinstate.button"));
                reinstate.addClickListener(e -> reinstate());
                Div actions = new Div(reinstatedOn, reinstateReason, reinstate);
                actions.addClassNames("screening-task-actions");
                add(actions);
            }
        }

        private void reinstate() {
            try {
                decide.reinstate(new ReinstateCommand(
                        actor, hit.id(), hit.version(), reinstatedOn.getValue(), reinstateReason.getValue()));
                notice(getTranslation("screening.reinstate.done", hit.personName(), reinstatedOn.getValue()));
                refresh();
            } catch (DomainException refused) {
                DomainErrors.show(refused, Map.of("reinstatedOn", reinstatedOn, "reinstateReason", reinstateReason));
            }
        }
    }

    private static void notice(String text) {
        Notification.show(text);
    }

    private UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("screening.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("screening.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("screening.upload.too-many"))
                .setFileIsTooBig(getTranslation("screening.upload.too-big"))
                .setIncorrectFileType(getTranslation("screening.upload.wrong-type")));
        return i18n;
    }
}
