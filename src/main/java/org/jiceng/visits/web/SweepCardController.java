package org.jiceng.visits.web;

import java.nio.charset.StandardCharsets;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.visits.internal.sweep.HouseholdCard;
import org.jiceng.visits.internal.sweep.SweepCards;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The printed 明白卡: one household's card as an A6 page to print from the browser, and every household of a grid
 * or village as one PDF. Both carry the responsible people's full numbers and are logged as bulk reads.
 */
@Controller
class SweepCardController {

    private final SweepCards cards;

    SweepCardController(SweepCards cards) {
        this.cards = cards;
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.READ)
    @GetMapping("/visits/cards/{householdId}")
    String card(@PathVariable long householdId, CurrentUser user, Model model) {
        HouseholdCard card = cards.card(user, householdId, SweepApiController.base(), true);
        model.addAttribute("card", card);
        model.addAttribute("qr", cards.qrSvg(card));
        return "visits/sweeps/card";
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.EXPORT)
    @GetMapping("/visits/cards.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String territory, CurrentUser user) {
        byte[] pdf = cards.pdf(user, territory, SweepApiController.base());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("明白卡-" + territory.strip() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }
}
