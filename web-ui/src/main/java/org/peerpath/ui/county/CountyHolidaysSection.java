package org.peerpath.ui.county;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.peerpath.application.claimrecord.port.in.AddCountyHolidayCommand;
import org.peerpath.application.claimrecord.port.in.ClaimRecordQueries;
import org.peerpath.application.claimrecord.port.in.CountyHolidayList;
import org.peerpath.application.claimrecord.port.in.CountyHolidaysUseCase;
import org.peerpath.application.claimrecord.port.in.RemoveCountyHolidayCommand;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.county.CountyHoliday;
import org.peerpath.shared.DomainException;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * SVC-8: the county's holidays on the county profile: the days note deadlines skip as they skip weekends. An admin adds
 * a dated, named holiday or removes one; each change carries the version seen, so a stale page is refused.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class CountyHolidaysSection extends Section {

    final UnorderedList list = new UnorderedList();
    final DatePicker date = new DatePicker();
    final TextField name = new TextField();
    final Button add = new Button();

    private final ClaimRecordQueries queries;
    private final CountyHolidaysUseCase holidays;
    private final CurrentUser currentUser;
    private long version;

    CountyHolidaysSection(ClaimRecordQueries queries, CountyHolidaysUseCase holidays, CurrentUser currentUser) {
        this.queries = queries;
        this.holidays = holidays;
        this.currentUser = currentUser;
        setId("county-section-holidays");
        addClassName("county-section");
        list.setId("county-holidays");
        list.addClassName("county-list");
        date.setLabel(getTranslation("claimrecords.holiday.field.date"));
        date.setId("holiday-date");
        DatePickers.localize(date, this);
        name.setLabel(getTranslation("claimrecords.holiday.field.name"));
        name.setId("holiday-name");
        name.setMaxLength(CountyHoliday.NAME_MAX);
        add.setText(getTranslation("claimrecords.holiday.add"));
        add.setId("add-holiday");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> add());
        FormLayout form = new FormLayout(date, name);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Div box = new Div(new H3(getTranslation("claimrecords.holiday.add.title")), form, add);
        box.addClassName("county-form");
        add(
                new H2(getTranslation("claimrecords.holidays.title")),
                new Paragraph(getTranslation("claimrecords.holidays.intro")),
                list,
                box);
        reload();
    }

    private void reload() {
        CountyHolidayList stored = queries.holidays(currentUser.actor());
        version = stored.version();
        list.removeAll();
        if (stored.holidays().isEmpty()) {
            list.add(new ListItem(getTranslation("claimrecords.holidays.empty")));
        }
        stored.holidays().forEach(holiday -> list.add(row(holiday)));
    }

    private ListItem row(CountyHoliday holiday) {
        Span text = new Span(text(holiday.date()) + " · " + holiday.name());
        Button remove = new Button(getTranslation("claimrecords.holiday.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation("claimrecords.holiday.remove.label", text(holiday.date()), holiday.name()));
        remove.setId("remove-holiday-" + holiday.date());
        remove.addClickListener(click -> change(
                () -> holidays.remove(new RemoveCountyHolidayCommand(currentUser.actor(), holiday.date(), version)),
                "claimrecords.holiday.removed"));
        ListItem item = new ListItem(text, remove);
        item.addClassName("county-holiday");
        return item;
    }

    private void add() {
        boolean missingDate = date.getValue() == null;
        boolean missingName = name.getValue().isBlank();
        date.setInvalid(missingDate);
        date.setErrorMessage(missingDate ? getTranslation("claimrecords.holiday.date.required") : "");
        name.setInvalid(missingName);
        name.setErrorMessage(missingName ? getTranslation("claimrecords.holiday.name.required") : "");
        if (missingDate || missingName) {
            return;
        }
        if (change(
                () -> holidays.add(
                        new AddCountyHolidayCommand(currentUser.actor(), date.getValue(), name.getValue(), version)),
                "claimrecords.holiday.added")) {
            date.clear();
            name.clear();
        }
    }

    private boolean change(Runnable change, String doneKey) {
        try {
            change.run();
            DomainErrors.notifySuccess(getTranslation(doneKey));
            reload();
            return true;
        } catch (ConcurrentChangeException stale) {
            // Someone changed the holidays since this page was shown: nothing is overwritten, the input stays.
            DomainErrors.notifyError(getTranslation(ConcurrentChangeException.CODE));
        } catch (DomainException refused) {
            DomainErrors.show(refused, Map.of("date", date, "name", name));
        }
        return false;
    }

    private String text(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(Languages.supported(getLocale()))
                .format(day);
    }
}
