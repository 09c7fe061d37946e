package org.jiceng;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;

/**
 * The pages' forms are bound objects (petclinic's way): Bean Validation checks their shape, the services keep the
 * rules. A service's refusal lands beside the field it names when the form has that field, else at the top.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Records a refusal of the service on the form: as the error of its field, or as the form's error. */
    public static void reject(BindingResult form, RuntimeException refusal) {
        reject(form, refusal, UnaryOperator.identity());
    }

    /**
     * As {@link #reject(BindingResult, RuntimeException)}, for a form whose fields are named unlike the request the
     * service checks: {@code formField} turns the service's field (e.g. {@code parties[1].name}) into the form's.
     */
    public static void reject(BindingResult form, RuntimeException refusal, UnaryOperator<String> formField) {
        String named = refusal instanceof BadInputException bad ? bad.field() : null;
        String field = named == null ? null : formField.apply(named);
        if (field != null && form.getTarget() != null && isField(form, field)) {
            form.rejectValue(field, "refused", refusal.getMessage());
        } else {
            form.reject("refused", refusal.getMessage());
        }
    }

    private static boolean isField(BindingResult form, String field) {
        try {
            return form.getFieldType(field) != null;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }

    /** The choices of a select (value → text, in order) from an enum and the words shown for each value. */
    public static <E extends Enum<E>> Map<String, String> choices(E[] values, Function<E, String> text) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (E value : values) {
            choices.put(value.name(), text.apply(value));
        }
        return choices;
    }
}
