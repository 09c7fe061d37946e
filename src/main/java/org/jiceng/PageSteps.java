package org.jiceng;

import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A button on a page that changes something and goes back to a page (post, redirect, get): what it did is shown there
 * as the notice, or why it was refused as the problem, so the refusal reads in Chinese where the button was.
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
}
