package org.jiceng.volunteer.internal.honour;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.territory.Level;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.honour.HonourViews.PublicBoard;
import org.jiceng.volunteer.internal.honour.HonourViews.PublicLine;
import org.jiceng.volunteer.internal.honour.HonourViews.RedList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly 红榜 of a community: drafted with the month's volunteers by confirmed hours, completed with households
 * and 优秀邻长 from records the community verified (evidence required), then published; and the public board, which
 * shows a published 红榜 and the 黑榜 entries in force by their agreed names only.
 */
@Service
public class RedLists {

    /** How many volunteers a month's 红榜 names. */
    static final int VOLUNTEERS_SHOWN = 10;

    private final HonourRepository repository;
    private final Volunteers volunteers;
    private final Clock clock;

    RedLists(HonourRepository repository, Volunteers volunteers, Clock clock) {
        this.repository = repository;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    public record DraftRequest(String communityCode, String month) {
    }

    public record EntryRequest(String category, String displayName, String evidence) {
    }

    @Transactional
    public RedList draft(DraftRequest request, CurrentUser user) {
        String community = community(request.communityCode(), "communityCode");
        AccessPolicy.check(user, Resource.HONOUR_LIST, Action.CREATE, AccessPolicy.Target.at(community));
        YearMonth month = month(request.month(), YearMonth.now(clock.withZone(Beijing.ZONE)).minusMonths(1));
        LocalDate first = month.atDay(1);
        if (repository.redListOf(community, first).isPresent()) {
            throw new ConflictException(month + " 的红榜已经建立");
        }
        long id = repository.newRedList(community, first, user.id());
        for (HonourRepository.Tallied t : repository.topOfMonth(community, first, VOLUNTEERS_SHOWN)) {
            volunteers.get(t.volunteerId()).ifPresent(v -> repository.addRedEntry(id, community.substring(0, 6),
                    "VOLUNTEER", publishedName(v.name()), v.id(), t.minutes(), null, user.id(), now()));
        }
        return repository.redList(id).orElseThrow();
    }

    /**
     * A drafted entry names the volunteer by surname only (王某): the full name comes from the register, and a list
     * hung up in the community shows no more than the person agreed to; staff add a fuller name by hand with consent.
     */
    static String publishedName(String registered) {
        return registered.isBlank() ? "志愿者" : registered.strip().substring(0, 1) + "某";
    }

    public RedList redList(long id, CurrentUser user) {
        RedList list = repository.redList(id).orElseThrow(() -> notFound(id));
        AccessPolicy.Target at = AccessPolicy.Target.at(list.communityCode());
        boolean staff = AccessPolicy.allows(user, Resource.HONOUR_LIST, Action.CREATE, at);
        if (!AccessPolicy.allows(user, Resource.HONOUR_LIST, Action.READ, at) || (!staff && list.status().equals("DRAFT"))) {
            throw notFound(id);
        }
        return list;
    }

    /** A household or a 优秀邻长 the community verified, with the evidence it holds. */
    @Transactional
    public RedList addEntry(long listId, EntryRequest request, CurrentUser user) {
        RedList list = editable(listId, user);
        String category = request.category() == null ? "" : request.category().strip();
        if (!category.equals("HOUSEHOLD") && !category.equals("NEIGHBOUR_HEAD")) {
            throw new BadInputException("category", "类别（category）须为 HOUSEHOLD 文明家庭 或 NEIGHBOUR_HEAD 优秀邻长");
        }
        String name = Input.text(request.displayName(), "displayName", "公布的名称", 1, 40);
        String evidence = Input.text(request.evidence(), "evidence", "核实依据", 1, 500);
        repository.addRedEntry(listId, list.communityCode().substring(0, 6), category, name, null, null, evidence,
                user.id(), now());
        return repository.redList(listId).orElseThrow();
    }

    @Transactional
    public RedList publish(long listId, CurrentUser user) {
        RedList list = editable(listId, user);
        if (list.entries().isEmpty()) {
            throw new ConflictException("红榜还没有上榜名单，不能公布");
        }
        if (!repository.publish(listId, list.version(), user.id(), now())) {
            throw new ConflictException("红榜刚被他人修改，请刷新后再试");
        }
        return repository.redList(listId).orElseThrow();
    }

    /** What a community's people see: the month's published 红榜 and the 黑榜 in force, by display name only. */
    public PublicBoard board(String communityCode, String monthText, CurrentUser user) {
        String community = community(communityCode, "community");
        AccessPolicy.check(user, Resource.HONOUR_LIST, Action.READ, AccessPolicy.Target.at(community));
        YearMonth month = month(monthText, YearMonth.now(clock.withZone(Beijing.ZONE)).minusMonths(1));
        List<PublicLine> red = new ArrayList<>();
        repository.redListOf(community, month.atDay(1)).flatMap(repository::redList)
                .filter(l -> l.status().equals("PUBLISHED"))
                .ifPresent(l -> l.entries().forEach(e -> red.add(new PublicLine(e.displayName(), e.category(),
                        e.categoryName(), e.minutes() == null ? null : "志愿服务 " + hours(e.minutes())))));
        List<PublicLine> black = repository.shownBlack(community, Beijing.today(clock)).stream()
                .map(b -> new PublicLine(b.displayName(), "CONDUCT", "不文明行为", b.conduct())).toList();
        return new PublicBoard(community, month, red, black);
    }

    private RedList editable(long listId, CurrentUser user) {
        RedList list = repository.redList(listId).orElseThrow(() -> notFound(listId));
        AccessPolicy.Target at = AccessPolicy.Target.at(list.communityCode());
        if (!AccessPolicy.allows(user, Resource.HONOUR_LIST, Action.READ, at)) {
            throw notFound(listId);
        }
        AccessPolicy.check(user, Resource.HONOUR_LIST, Action.CREATE, at);
        if (!list.status().equals("DRAFT")) {
            throw new ConflictException("红榜已公布，不能再改");
        }
        return list;
    }

    static String hours(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " 小时" : minutes / 60 + " 小时 " + minutes % 60 + " 分钟";
    }

    static String community(String code, String field) {
        String c = code == null ? "" : code.strip();
        if (Level.ofCode(c) != Level.VILLAGE) {
            throw new BadInputException(field, "村(社区)代码（" + field + "）须为 12 位");
        }
        return c;
    }

    static YearMonth month(String text, YearMonth otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() < org.jiceng.Ranges.FIRST_YEAR || month.getYear() > org.jiceng.Ranges.LAST_YEAR) {
                throw new BadInputException("month", "月份（month）须在 " + org.jiceng.Ranges.FIRST_YEAR + " 到 "
                        + org.jiceng.Ranges.LAST_YEAR + " 年之间");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new BadInputException("month", "月份（month）格式应为 YYYY-MM，如 2026-05");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("红榜 " + id + " 不存在或不在您的辖区内");
    }
}
