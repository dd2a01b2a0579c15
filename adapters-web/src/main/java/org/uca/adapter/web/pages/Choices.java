package org.uca.adapter.web.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.domain.people.StaffMember;

/** The choices a form offers: an enumeration's values with their labels, or the staff. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> List<Choice> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), label.apply(v))).toList();
    }

    static List<Choice> staff(Colleagues colleagues) {
        List<Choice> choices = new ArrayList<>();
        for (StaffMember m : colleagues.all()) {
            choices.add(new Choice(m.id().value(), m.name() + " (" + m.team() + ")"));
        }
        return choices;
    }
}
