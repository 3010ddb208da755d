package org.peerpath.ui.member.tab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.DomainException;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.shared.DatePickers;
import org.peerpath.ui.shared.DomainErrors;

/**
 * The dated add and end forms the Delivery systems (SVC-7) and Levels of care (LOC-1..3) tabs share: a delivery-system
 * choice, localized date fields, a titled section with a hint, and a save that reloads the tab when done, names a
 * refusal at its field and keeps the input when someone else saved first.
 */
public final class DatedForms {

    private final Component view;

    public DatedForms(Component view) {
        this.view = view;
    }

    public void systemField(ComboBox<DeliverySystem> field, String labelKey, String id, List<DeliverySystem> systems) {
        field.setLabel(view.getTranslation(labelKey));
        field.setId(id);
        field.setItems(systems);
        field.setItemLabelGenerator(s -> view.getTranslation("delivery-system." + s.name()));
    }

    public void dateField(DatePicker field, String labelKey, String id) {
        field.setLabel(view.getTranslation(labelKey));
        field.setId(id);
        DatePickers.localize(field, view);
    }

    public void button(Button button, String labelKey, String id) {
        button.setText(view.getTranslation(labelKey));
        button.setId(id);
    }

    /** Binds a field that may not stay empty: empty, it says the text of {@code requiredKey} at the field. */
    public <T, V> void required(
            Binder<T> binder,
            HasValue<?, V> field,
            String requiredKey,
            ValueProvider<T, V> getter,
            Setter<T, V> setter) {
        binder.forField(field).asRequired(view.getTranslation(requiredKey)).bind(getter, setter);
    }

    /** The button hands a new bean filled from the form to {@code save}, once the binder finds the input valid. */
    public <T> void onClick(Button button, Binder<T> binder, Supplier<T> blank, Consumer<T> save) {
        button.addClickListener(click -> {
            T data = blank.get();
            if (binder.writeBeanIfValid(data)) {
                save.accept(data);
            }
        });
    }

    /** A section titled by {@code titleKey} with the hint {@code titleKey.hint} and the parts on one wrapping row. */
    public Div section(String titleKey, Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassNames(LumoUtility.Gap.MEDIUM);
        Div section = new Div(
                new H3(view.getTranslation(titleKey)), new Paragraph(view.getTranslation(titleKey + ".hint")), row);
        section.addClassName("section");
        return section;
    }

    /** Runs a change; done: says {@code doneKey} and reloads the tab; refused: the words go to the field they concern. */
    public void save(Runnable change, Map<String, ? extends HasValidation> fields, String doneKey) {
        try {
            change.run();
            DomainErrors.notifySuccess(view.getTranslation(doneKey));
            view.getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        } catch (ConcurrentChangeException stale) {
            // Someone changed the member since this page was shown: nothing is overwritten, the input stays.
            DomainErrors.notifyError(view.getTranslation(ConcurrentChangeException.CODE));
        } catch (DomainException refused) {
            DomainErrors.show(refused, fields);
        }
    }

    /** A day in the page's language, e.g. "Nov 25, 2026". */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Languages.supported(UI.getCurrent().getLocale()))
                .format(day);
    }
}
