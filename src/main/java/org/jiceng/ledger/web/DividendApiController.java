package org.jiceng.ledger.web;

import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.dividend.Dividends;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Dividends of a village collective (量化入股分红): declare one, list an account's, read one with its holders. */
@RestController
@RequestMapping("/api/v1/ledger/dividends")
class DividendApiController {

    record Declaration(Long accountId, String title, String declaredOn, String total, String debitSubject,
                       String creditSubject, List<Dividends.Holder> holders) {
    }

    private final Dividends dividends;

    DividendApiController(Dividends dividends) {
        this.dividends = dividends;
    }

    @Guard(resource = Resource.DIVIDEND, action = Action.READ)
    @GetMapping
    Map<String, List<Dividends.DividendView>> list(@RequestParam long account, CurrentUser user) {
        return Map.of("items", dividends.list(user, account));
    }

    @Guard(resource = Resource.DIVIDEND, action = Action.READ)
    @GetMapping("/{id}")
    Dividends.DividendView one(@PathVariable long id, CurrentUser user) {
        return dividends.find(user, id);
    }

    @Guard(resource = Resource.DIVIDEND, action = Action.CREATE)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Dividends.DividendView declare(@RequestBody Declaration d, CurrentUser user) {
        if (d.accountId() == null) {
            throw new BadInputException("accountId", "请指明账本（accountId）");
        }
        return dividends.declare(user, d.accountId(), new Dividends.NewDividend(d.title(), d.declaredOn(), d.total(),
                d.debitSubject(), d.creditSubject(), d.holders()));
    }
}
