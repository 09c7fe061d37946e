package org.jiceng.visits.internal.sweep;

import static org.jiceng.Action.EXPORT;
import static org.jiceng.Action.READ;
import static org.jiceng.Resource.ASSIGNMENT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Relation;
import org.jiceng.Scope;
import org.jiceng.people.PeopleApi;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.visits.internal.Holders;
import org.jiceng.visits.internal.sweep.CardRepository.Held;
import org.jiceng.visits.internal.sweep.CardRepository.Household;
import org.jiceng.visits.internal.sweep.HouseholdCard.Link;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The 明白卡 of a household, or of every household of a grid or village as one PDF. A card is read by those who
 * may read the household's 包保 chain (its territory's staff, the household itself, the person holding it); the
 * printed card carries the responsible people's full numbers, since it is made to be handed to the household, and
 * every print is in the people module's access log as a bulk read.
 */
@Service
public class SweepCards {

    static final String PHONE_PURPOSE = "assignment.holder_phone";
    static final int MAX_CARDS = 3_000;
    /** The resident's page of who is responsible for them, which the card's QR code opens. */
    static final String MINE_PATH = "/visits/assignments";
    private static final String[][] CHAIN = {{"HOUSEHOLD", "户长"}, {"CHIEF", "联户党员"}, {"GROUP", "包组村干部"},
            {"VILLAGE", "包村乡镇干部"}, {"TOWN", "包乡县级领导"}};

    private final CardRepository cards;
    private final PeopleApi people;
    private final TerritoryApi territory;
    private final Clock clock;
    private final CardPdf pdf;

    SweepCards(CardRepository cards, PeopleApi people, TerritoryApi territory, Clock clock,
               @Value("${jiceng.pdf.cjk-font:}") String font) {
        this.cards = cards;
        this.people = people;
        this.territory = territory;
        this.clock = clock;
        this.pdf = new CardPdf(org.jiceng.CjkFont.choose(font));
    }

    /** One household's card: phones masked, or in full when {@code printed} (and then logged). 404 outside reach. */
    public HouseholdCard card(CurrentUser user, long householdId, String baseUrl, boolean printed) {
        LocalDate today = Beijing.today(clock);
        Household household = cards.household(householdId).filter(h -> mayRead(user, h, today))
                .orElseThrow(() -> new NotFoundException("没有这一户，或不在您的辖区内"));
        HouseholdCard card = build(List.of(household), baseUrl, printed, today).getFirst();
        if (printed) {
            people.recordBulkAccess(user, "明白卡（包保责任人完整电话）", household.territoryCode(), 1);
        }
        return card;
    }

    /** The cards of every household of a grid or village the person may export, one A6 page each. */
    public byte[] pdf(CurrentUser user, String territoryCode, String baseUrl) {
        String code = territoryCode == null ? "" : territoryCode.strip();
        if (!code.matches("[0-9]{12}|[0-9]{15}")) {
            throw new BadInputException("territory", "territory 须为村（社区）（12 位）或网格（15 位）代码");
        }
        AccessPolicy.check(user, ASSIGNMENT, EXPORT, Target.at(code));
        LocalDate today = Beijing.today(clock);
        List<Household> households = cards.households(code, AccessPolicy.scope(user, ASSIGNMENT, EXPORT), MAX_CARDS + 1);
        if (households.isEmpty()) {
            throw new BadInputException("territory", "该范围内没有户，请先同步户籍");
        }
        if (households.size() > MAX_CARDS) {
            throw new BadInputException("territory", "一次最多打印 " + MAX_CARDS + " 张明白卡，请按网格打印");
        }
        List<HouseholdCard> all = build(households, baseUrl, true, today);
        people.recordBulkAccess(user, "明白卡（包保责任人完整电话）", code, all.size());
        return pdf.render(all);
    }

    private boolean mayRead(CurrentUser user, Household household, LocalDate today) {
        boolean own = user.residentId() != null && people.resident(user.residentId(), Scope.everything())
                .map(r -> r.householdId() != null && r.householdId() == household.id()).orElse(false);
        boolean holds = AccessPolicy.relations(user, ASSIGNMENT, READ).contains(Relation.RESPONSIBLE)
                && cards.holds(Holders.of(user), household, today);
        return AccessPolicy.allows(user, ASSIGNMENT, READ, Target.at(household.territoryCode())
                .withIf(own, Relation.OWN).withIf(holds, Relation.RESPONSIBLE));
    }

    private List<HouseholdCard> build(List<Household> households, String baseUrl, boolean full, LocalDate today) {
        String county = households.getFirst().county();
        Map<String, Held> byPlace = new HashMap<>();
        Map<Long, Held> byHousehold = new HashMap<>();
        for (Held held : cards.chains(county, households, today)) {
            if (held.level().equals("HOUSEHOLD")) {
                byHousehold.putIfAbsent(held.householdId(), held);
            } else {
                byPlace.putIfAbsent(held.level() + ":" + held.territoryCode(), held);
            }
        }
        List<Long> chiefIds = byHousehold.values().stream().filter(h -> h.holderKind().equals("RESIDENT"))
                .map(Held::holderId).distinct().toList();
        Map<Long, Held> byChief = new HashMap<>();
        cards.chiefs(county, chiefIds, today).forEach(h -> byChief.putIfAbsent(h.chiefResidentId(), h));
        Map<String, GridView> grids = new HashMap<>();
        households.stream().map(h -> h.territoryCode().substring(0, 12)).distinct()
                .forEach(v -> territory.grids(v, Scope.everything()).forEach(g -> grids.put(g.code(), g)));
        Map<Held, String> phones = new IdentityHashMap<>();
        String mine = (baseUrl == null ? "" : baseUrl) + MINE_PATH;
        List<HouseholdCard> result = new ArrayList<>(households.size());
        for (Household h : households) {
            String grid = h.territoryCode();
            Held chief = byHousehold.get(h.id());
            Held[] links = {chief,
                    chief != null && chief.holderKind().equals("RESIDENT") ? byChief.get(chief.holderId()) : null,
                    byPlace.get("GROUP:" + grid), byPlace.get("VILLAGE:" + grid.substring(0, 12)),
                    byPlace.get("TOWN:" + grid.substring(0, 9))};
            List<Link> chain = new ArrayList<>(links.length);
            for (int i = 0; i < links.length; i++) {
                Held held = links[i];
                chain.add(held == null ? new Link(CHAIN[i][0], CHAIN[i][1], HouseholdCard.PENDING, null, null, true)
                        : new Link(CHAIN[i][0], CHAIN[i][1], held.name(), held.title(),
                        full ? phones.computeIfAbsent(held, this::fullPhone) : held.phoneMasked(), false));
            }
            GridView gridView = grids.get(grid);
            result.add(new HouseholdCard(h.id(), grid, gridView == null ? grid : gridView.name(), h.address(), h.head(),
                    List.copyOf(chain), gridView == null || gridView.workerName() == null ? null : gridView.workerName(),
                    HouseholdCard.HOTLINE, mine));
        }
        return result;
    }

    private String fullPhone(Held held) {
        return held.phoneCipher() == null ? held.phoneMasked() : people.open(PHONE_PURPOSE, held.phoneCipher());
    }

    /** The SVG of the QR code of a card's address, for the printable page. */
    public String qrSvg(HouseholdCard card) {
        return QrCode.svg(card.mineUrl());
    }
}
