package org.jiceng.platform.internal;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Page forms are records bound through their constructor, and Spring leaves the whole form {@code null} when
 * one number or yes/no cannot be read (a tampered or stale page), which would answer 500 instead of showing the
 * form again. In forms (model attributes named {@code form} or {@code …Form}) an unreadable number or yes/no is
 * bound as empty instead, so the form comes back with what the service says about the missing value.
 */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void unreadableValuesOfAFormAreEmpty(WebDataBinder binder) {
        String name = binder.getObjectName();
        if (!name.equals("form") && !name.endsWith("Form")) {
            return;
        }
        binder.registerCustomEditor(Long.class, new Lenient(text -> Long.valueOf(text)));
        binder.registerCustomEditor(Integer.class, new Lenient(text -> Integer.valueOf(text)));
        binder.registerCustomEditor(Boolean.class, new Lenient(text -> switch (text.toLowerCase()) {
            case "true", "on", "yes", "1" -> Boolean.TRUE;
            case "false", "off", "no", "0" -> Boolean.FALSE;
            default -> null;
        }));
    }

    private static final class Lenient extends PropertyEditorSupport {
        private final Function<String, Object> parse;

        Lenient(Function<String, Object> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            try {
                setValue(parse.apply(text.strip()));
            } catch (NumberFormatException unreadable) {
                setValue(null);
            }
        }
    }
}
