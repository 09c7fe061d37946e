package org.jiceng.volunteer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.volunteer.internal.points.PointsAccess;
import org.jiceng.volunteer.internal.store.GoodView;
import org.jiceng.volunteer.internal.store.MovementView;
import org.jiceng.volunteer.internal.store.StoreGoods;
import org.jiceng.volunteer.internal.store.StoreMovements;
import org.jiceng.volunteer.internal.store.StoreStatement;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 爱心超市 of a community ({@code village}): goods, donations in, redemptions with points out, and the monthly
 * stock statement. A resident redeems in their own community's store; its organisers keep it.
 */
@RestController
@RequestMapping("/api/v1/volunteer/store")
class StoreApiController {

    private final StoreGoods goods;
    private final StoreMovements movements;
    private final StoreStatement statements;
    private final PointsAccess points;
    private final java.time.Clock clock;

    StoreApiController(StoreGoods goods, StoreMovements movements, StoreStatement statements, PointsAccess points,
                       java.time.Clock clock) {
        this.goods = goods;
        this.movements = movements;
        this.statements = statements;
        this.points = points;
        this.clock = clock;
    }

    record Items<T>(List<T> items, String next) {
    }

    record Redemption(Integer quantity) {
    }

    @Guard(resource = Resource.STORE, action = Action.READ)
    @GetMapping("/goods")
    Items<GoodView> list(@RequestParam String village, CurrentUser user) {
        return new Items<>(goods.list(user, village), null);
    }

    @Guard(resource = Resource.STORE, action = Action.MANAGE)
    @PostMapping(path = "/goods", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GoodView> create(@RequestBody StoreGoods.GoodForm form, CurrentUser user) {
        GoodView good = goods.create(user, form);
        return ResponseEntity.created(URI.create("/api/v1/volunteer/store/goods/" + good.id())).body(good);
    }

    @Guard(resource = Resource.STORE, action = Action.READ)
    @GetMapping("/goods/{id}")
    GoodView one(@PathVariable long id, CurrentUser user) {
        return goods.require(user, Action.READ, id);
    }

    /** Changes a good's name, price or whether it is offered; {@code version} as read. */
    @Guard(resource = Resource.STORE, action = Action.MANAGE)
    @PutMapping(path = "/goods/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    GoodView update(@PathVariable long id, @RequestBody StoreGoods.GoodForm form, CurrentUser user) {
        return goods.update(user, id, form);
    }

    @Guard(resource = Resource.STORE, action = Action.MANAGE)
    @PostMapping(path = "/goods/{id}/donations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MovementView> donate(@PathVariable long id, @RequestBody StoreMovements.Donation donation,
                                        CurrentUser user) {
        return ResponseEntity.status(201).body(movements.donate(user, id, donation));
    }

    /** The signed-in volunteer redeems the good with their points; the last unit goes to one person only. */
    @Guard(resource = Resource.STORE, action = Action.ACT)
    @PostMapping(path = "/goods/{id}/redeem", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MovementView> redeem(@PathVariable long id, @RequestBody Redemption redemption, CurrentUser user) {
        return ResponseEntity.status(201).body(movements.redeem(user, id, redemption.quantity()));
    }

    @Guard(resource = Resource.STORE, action = Action.READ)
    @GetMapping("/redemptions/mine")
    Page<MovementView> mine(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                            CurrentUser user) {
        return movements.mine(user, after, limit);
    }

    /** A community's donations and redemptions with names, for its staff and oversight. */
    @Guard(resource = Resource.STORE, action = Action.READ)
    @GetMapping("/movements")
    Page<MovementView> movements(@RequestParam String village, @RequestParam(required = false) String kind,
                                 @RequestParam(required = false) String after,
                                 @RequestParam(required = false) Integer limit, CurrentUser user) {
        return movements.list(user, village, kind, after, limit, points.staffScope(user));
    }

    @Guard(resource = Resource.STORE, action = Action.READ)
    @GetMapping("/statement")
    StoreStatement.Statement statement(@RequestParam String village, @RequestParam(required = false) String month,
                                       CurrentUser user) {
        return statements.of(user, village, month == null ? thisMonth() : month, Action.READ);
    }

    @Guard(resource = Resource.STORE, action = Action.EXPORT)
    @GetMapping("/statement.xlsx")
    void statementXlsx(@RequestParam String village, @RequestParam(required = false) String month, CurrentUser user,
                       HttpServletResponse response) throws IOException {
        StoreStatement.Statement s = statements.of(user, village, month == null ? thisMonth() : month, Action.EXPORT);
        response.setContentType(XlsxSheet.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                XlsxSheet.attachment("爱心超市库存月报-" + s.communityCode() + "-" + s.month() + ".xlsx"));
        statements.writeXlsx(s, response.getOutputStream());
    }

    private String thisMonth() {
        return YearMonth.from(Beijing.today(clock)).toString();
    }
}
