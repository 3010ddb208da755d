package org.peerpath.ui.county;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.county.port.in.CountySetting;
import org.peerpath.application.county.port.in.SettingSummary;
import org.peerpath.application.county.port.in.SettingValue;
import org.peerpath.county.Assumption;
import org.peerpath.ui.shared.DomainMessages;

/**
 * One county setting: its rule ID, its value in an editor of its type, the catalogue's default, and for kind OPEN the
 * assumption it rests on. Saving fires a {@link SaveEvent} with the typed value; the view calls the use case.
 */
final class SettingCard extends Div {

    final CountySetting setting;
    final Component editor;
    final Button save = new Button();
    private final @Nullable Object shownValue;

    SettingCard(SettingSummary summary) {
        this.setting = summary.setting();
        addClassName("county-card");
        setId("setting-card-" + setting.key());

        Span rule = new Span(setting.ruleId());
        rule.addClassNames("badge", "badge-rule");
        Span title = new Span(getTranslation("county.setting." + setting.key()));
        title.addClassName("county-card-title");
        Div heading = new Div(title, rule);
        heading.addClassName("county-card-heading");
        add(heading);

        editor = editorFor(summary);
        shownValue = ((HasValue<?, ?>) editor).getValue();
        editor.setId("setting-" + setting.key());
        save.setText(getTranslation("county.setting.save"));
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        save.setId("save-" + setting.key());
        save.getElement().setAttribute("aria-label", getTranslation("county.setting.save-aria", title.getText()));
        save.addClickListener(click -> valueOrShowWhy().ifPresent(value -> fireEvent(new SaveEvent(this, value))));
        Div editing = new Div(editor, save);
        editing.addClassName("county-card-edit");
        add(editing);

        Span defaultValue = new Span(getTranslation("county.setting.default", text(summary.defaultValue())));
        defaultValue.addClassName("county-card-note");
        add(defaultValue);
        for (Assumption assumption : summary.assumptions()) {
            Span assumed = new Span(DomainMessages.of(assumption.messageKey(), assumption.args()));
            assumed.addClassName("county-assumed");
            add(assumed);
        }
    }

    /** True when the editor holds something other than the value it was shown with. */
    boolean changed() {
        return !Objects.equals(shownValue, ((HasValue<?, ?>) editor).getValue());
    }

    /** The editor, when it can show a refusal. */
    HasValidation field() {
        return (HasValidation) editor;
    }

    private Component editorFor(SettingSummary summary) {
        String label = getTranslation("county.setting." + setting.key());
        return switch (summary.current()) {
            case SettingValue.Number number -> {
                IntegerField field = new IntegerField();
                field.setAriaLabel(label);
                field.setValue(number.value());
                field.setStepButtonsVisible(false);
                yield field;
            }
            case SettingValue.Numbers numbers -> {
                TextField field = new TextField();
                field.setAriaLabel(label);
                field.setValue(text(numbers));
                field.setHelperText(getTranslation("county.setting.alert-days.helper"));
                yield field;
            }
            case SettingValue.Switch on -> {
                Checkbox box = new Checkbox(getTranslation("county.setting.on"));
                box.setAriaLabel(label);
                box.setValue(on.on());
                yield box;
            }
            case SettingValue.Choice choice -> {
                Select<Enum<?>> select = new Select<>();
                select.setAriaLabel(label);
                select.setItems(setting.choices());
                select.setItemLabelGenerator(this::choiceText);
                select.setValue(choice.value());
                yield select;
            }
        };
    }

    /** The typed value, or empty after putting the reason at the editor (an empty or malformed entry). */
    @SuppressWarnings("unchecked")
    Optional<SettingValue> valueOrShowWhy() {
        field().setInvalid(false);
        return switch (editor) {
            case IntegerField field -> {
                if (field.getValue() == null) {
                    yield refuse("county.setting.number.required");
                }
                yield Optional.of(new SettingValue.Number(field.getValue()));
            }
            case TextField field ->
                parseDays(field.getValue())
                        .map(days -> (SettingValue) new SettingValue.Numbers(days))
                        .or(() -> refuse("county.setting.alert-days.format"));
            case Checkbox box -> Optional.of(new SettingValue.Switch(box.getValue()));
            case Select<?> select ->
                Optional.ofNullable(((Select<Enum<?>>) select).getValue())
                        .map(value -> (SettingValue) new SettingValue.Choice(value));
            default -> throw new IllegalStateException("no editor for " + setting);
        };
    }

    private Optional<SettingValue> refuse(String key) {
        field().setErrorMessage(getTranslation(key));
        field().setInvalid(true);
        return Optional.empty();
    }

    static Optional<List<Integer>> parseDays(String text) {
        List<Integer> days = new ArrayList<>();
        for (String part : text.split(",")) {
            String number = part.strip();
            if (!number.matches("-?[0-9]{1,4}")) {
                return Optional.empty();
            }
            days.add(Integer.parseInt(number));
        }
        return Optional.of(days);
    }

    String text(SettingValue value) {
        return switch (value) {
            case SettingValue.Number number -> String.valueOf(number.value());
            case SettingValue.Numbers numbers ->
                String.join(", ", numbers.values().stream().map(String::valueOf).toList());
            case SettingValue.Switch on -> getTranslation(on.on() ? "county.setting.on" : "county.setting.off");
            case SettingValue.Choice choice -> choiceText(choice.value());
        };
    }

    private String choiceText(Enum<?> choice) {
        return getTranslation("county.choice." + choice.getDeclaringClass().getSimpleName() + "." + choice.name());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The admin saves the value in the editor. */
    static final class SaveEvent extends ComponentEvent<SettingCard> {
        private final SettingValue value;

        SaveEvent(SettingCard source, SettingValue value) {
            super(source, false);
            this.value = value;
        }

        SettingValue value() {
            return value;
        }
    }
}
