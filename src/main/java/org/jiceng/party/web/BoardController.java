package org.jiceng.party.web;

import org.jiceng.Action;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.party.internal.duty.PartyBoard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public board of a community (亮身份): anyone, signed in or not, reads its members' posts, pledges and
 * campaigns on a phone or through the API. Names and roles only.
 */
@Controller
class BoardController {

    private final PartyBoard board;

    BoardController(PartyBoard board) {
        this.board = board;
    }

    @Guard(resource = Resource.PARTY_BOARD, action = Action.READ)
    @GetMapping("/api/v1/party/board/{community}")
    @ResponseBody
    PartyBoard.Board api(@PathVariable String community) {
        return board.of(community);
    }

    @Guard(resource = Resource.PARTY_BOARD, action = Action.READ)
    @GetMapping("/party/board/{community}")
    String page(@PathVariable String community, Model model) {
        model.addAttribute("board", board.of(community));
        return "party/duty/board";
    }
}
