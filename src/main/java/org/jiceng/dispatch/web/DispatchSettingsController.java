package org.jiceng.dispatch.web;

import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.dispatch.internal.AutoRouteSettings;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A town's automatic dispatch: {@code /api/v1/dispatch/settings/{townCode}} and the form on the model page. */
@Controller
class DispatchSettingsController {

    record SettingRequest(Boolean enabled, Integer thresholdPermille, Integer version) {
    }

    private final AutoRouteSettings settings;

    DispatchSettingsController(AutoRouteSettings settings) {
        this.settings = settings;
    }

    @Guard(resource = Resource.DISPATCH_MODEL, action = Action.READ)
    @GetMapping("/api/v1/dispatch/settings/{townCode}")
    @ResponseBody
    AutoRouteSettings.Setting get(@PathVariable String townCode, CurrentUser user) {
        return settings.get(user, townCode);
    }

    @Guard(resource = Resource.DISPATCH_MODEL, action = Action.MANAGE)
    @PutMapping("/api/v1/dispatch/settings/{townCode}")
    @ResponseBody
    AutoRouteSettings.Setting put(@PathVariable String townCode, @RequestBody SettingRequest body, CurrentUser user) {
        return settings.put(user, townCode, body.enabled(), body.thresholdPermille(), body.version());
    }

    /** The form keeps what was typed on a refusal: the page reads it back from the flash attributes. */
    @Guard(resource = Resource.DISPATCH_MODEL, action = Action.MANAGE)
    @PostMapping("/dispatch/settings/{townCode}")
    String save(@PathVariable String townCode, @RequestParam(required = false) boolean enabled,
                @RequestParam(required = false) String thresholdPermille, @RequestParam(required = false) Integer version,
                CurrentUser user, RedirectAttributes flash) {
        try {
            Integer threshold = thresholdPermille == null || !thresholdPermille.strip().matches("[0-9]{1,4}") ? null
                    : Integer.valueOf(thresholdPermille.strip());
            settings.put(user, townCode, enabled, threshold, version);
            flash.addFlashAttribute("settingSaved", true);
        } catch (BadInputException e) {
            flash.addFlashAttribute("settingError", e.getMessage());
            flash.addFlashAttribute("typedThreshold", thresholdPermille);
        }
        return "redirect:/dispatch/model?town=" + townCode;
    }
}
