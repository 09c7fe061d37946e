package org.jiceng;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A button on a page that changes something and goes back to a page (post, redirect, get): what it did is shown there
 * as the notice, or why it was refused as the problem, so the refusal reads in Chinese where the button was. A form
 * that is refused comes back as it was typed, the refusal beside its field.
 */
public final class PageSteps {

    private PageSteps() {
    }

    /**
     * Runs the step, which answers the notice to show; a refusal of bad input or of the record's state becomes the
     * problem to show instead. Answers whether the step was done, for pages that go elsewhere on success.
     */
    public static boolean attempt(RedirectAttributes redirect, Supplier<String> step) {
        try {
            redirect.addFlashAttribute("notice", step.get());
            return true;
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return false;
        }
    }

    /**
     * Submits a bound form: {@code step} does the work and answers where to go (a redirect); a refusal lands on the
     * form beside the field it names ({@code formField} turns the service's field names into the form's), the answer
     * is 400, and {@code again} prepares and names the form's page, which shows what was typed.
     */
    public static String submit(BindingResult form, HttpServletResponse response, UnaryOperator<String> formField,
                                Supplier<String> step, Supplier<String> again) {
        try {
            return step.get();
        } catch (BadInputException | ConflictException refused) {
            FormErrors.reject(form, refused, formField);
        }
        response.setStatus(400);
        return again.get();
    }
}
