package org.jiceng.party.internal.organisation;

import static org.jiceng.Resource.PARTY_ORG;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.party.OrganisationKind;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.internal.PartyAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an organisation keeps besides its place in the tree: its elected committees (换届, every term kept), its
 * history of changes, and for a 大党委/大工委 its member units and 联席会议 (seed 004). Read where the organisation is
 * read; written by those who may change it.
 */
@Service
public class OrganisationRecords {

    static final int HOLDER_MAX = 30;

    private final OrganisationStore organisations;
    private final CommitteeStore committees;
    private final Clock clock;

    OrganisationRecords(OrganisationStore organisations, CommitteeStore committees, Clock clock) {
        this.organisations = organisations;
        this.committees = committees;
        this.clock = clock;
    }

    public record Seat(String post, String postName, String holderName) {
    }

    public record Election(long id, LocalDate startsOn, LocalDate endsOn, OffsetDateTime recordedAt, List<Seat> seats) {
    }

    /** The committee serving today (null if none) and every election, newest term first. */
    public record Committee(Election current, List<Election> elections) {
    }

    public record MemberUnit(long id, String unitName, String duty, LocalDate joinedOn, LocalDate leftOn) {
    }

    public record JointMeeting(long id, LocalDate heldOn, String topic, String attendees, String decisions) {
    }

    public record Event(long id, String kind, String detail, String actorName, OffsetDateTime at) {
    }

    /** An election as asked: the term, the 书记, the 副书记 and the 委员 by name. */
    public record Elect(Integer version, String startsOn, String endsOn, String secretary, List<String> deputies,
                        List<String> members) {
    }

    public record NewUnit(String unitName, String duty, String joinedOn) {
    }

    public record NewMeeting(String heldOn, String topic, String attendees, String decisions) {
    }

    @Transactional
    public Committee elect(CurrentUser user, long id, Elect request) {
        OrganisationView o = changeable(user, id);
        int version = OrganisationChanges.version(request.version());
        LocalDate startsOn = Input.date(request.startsOn(), "startsOn", "任期开始日期", null);
        LocalDate endsOn = Input.date(request.endsOn(), "endsOn", "任期结束日期", null);
        List<Seat> seats = new ArrayList<>();
        String secretary = Input.optionalText(request.secretary(), "secretary", "书记", HOLDER_MAX);
        if (secretary != null) {
            seats.add(new Seat("SECRETARY", "书记", secretary));
        }
        names(request.deputies(), "deputies", "副书记").forEach(n -> seats.add(new Seat("DEPUTY_SECRETARY", "副书记", n)));
        names(request.members(), "members", "委员").forEach(n -> seats.add(new Seat("MEMBER", "委员", n)));
        OrganisationChanges.refuse(OrganisationRules.mayElect(OrganisationChanges.node(o), startsOn, endsOn,
                secretary == null ? 0 : 1, seats.size()), secretary == null ? "secretary" : "endsOn");
        if (!organisations.touch(id, version)) {
            throw OrganisationChanges.changedMeanwhile(o);
        }
        committees.elect(id, startsOn, endsOn, seats, user.id(), clock.instant());
        StringBuilder detail = new StringBuilder("选举产生委员会，任期 " + startsOn + " 至 " + endsOn + "：");
        seats.forEach(s -> detail.append(s.postName()).append(' ').append(s.holderName()).append('；'));
        organisations.event(id, "COMMITTEE_ELECTED", detail.toString(), user.id(), user.displayName(), clock.instant());
        return committee(user, id);
    }

    public Committee committee(CurrentUser user, long id) {
        readable(user, id);
        List<Election> elections = committees.elections(id);
        LocalDate today = Beijing.today(clock);
        Election current = elections.stream().filter(e -> !e.startsOn().isAfter(today)).findFirst()
                .filter(e -> !e.endsOn().isBefore(today)).orElse(null);
        return new Committee(current, elections);
    }

    public Page<Event> history(CurrentUser user, long id, String after, int limit) {
        readable(user, id);
        // times in Beijing, as the pages show them and the API's offsets say
        List<Event> events = organisations.events(id, Cursor.idBelow(after), limit + 1).stream()
                .map(e -> new Event(e.id(), e.kind(), e.detail(), e.actorName(),
                        e.at().atZoneSameInstant(Beijing.ZONE).toOffsetDateTime())).toList();
        return Page.byId(events, limit, Event::id);
    }

    @Transactional
    public MemberUnit addUnit(CurrentUser user, long id, NewUnit request) {
        OrganisationView o = grand(changeable(user, id));
        String name = Input.text(request.unitName(), "unitName", "成员单位名称", 2, 60);
        String duty = Input.optionalText(request.duty(), "duty", "承担的职责", 100);
        LocalDate joinedOn = Input.date(request.joinedOn(), "joinedOn", "加入日期", Beijing.today(clock));
        if (committees.unitIsMember(id, name)) {
            throw new BadInputException("unitName", "“" + name + "”已是“" + o.name() + "”的成员单位");
        }
        long unit = committees.addUnit(id, name, duty, joinedOn);
        organisations.event(id, "UNIT_JOINED", "成员单位“" + name + "”加入" + (duty == null ? "" : "，职责：" + duty),
                user.id(), user.displayName(), clock.instant());
        return committees.units(id).stream().filter(u -> u.id() == unit).findFirst().orElseThrow();
    }

    public List<MemberUnit> units(CurrentUser user, long id) {
        readable(user, id);
        return committees.units(id);
    }

    @Transactional
    public JointMeeting addMeeting(CurrentUser user, long id, NewMeeting request) {
        grand(changeable(user, id));
        LocalDate heldOn = Input.date(request.heldOn(), "heldOn", "会议日期", null);
        if (heldOn.isAfter(Beijing.today(clock))) {
            throw new BadInputException("heldOn", "会议日期（heldOn）不能晚于今天：联席会议开过之后再记录");
        }
        String topic = Input.text(request.topic(), "topic", "议题", 2, 100);
        String attendees = Input.text(request.attendees(), "attendees", "参会单位", 2, 500);
        String decisions = Input.text(request.decisions(), "decisions", "议定事项", 2, 2000);
        long meeting = committees.addMeeting(id, heldOn, topic, attendees, decisions, user.id(), clock.instant());
        organisations.event(id, "JOINT_MEETING", "召开联席会议（" + heldOn + "）：" + topic, user.id(), user.displayName(),
                clock.instant());
        return committees.meetings(id, 500).stream().filter(m -> m.id() == meeting).findFirst().orElseThrow();
    }

    public List<JointMeeting> meetings(CurrentUser user, long id) {
        readable(user, id);
        return committees.meetings(id, 200);
    }

    private OrganisationView readable(CurrentUser user, long id) {
        return organisations.find(id, PartyAccess.organisations(user))
                .orElseThrow(() -> new NotFoundException("党组织 " + id + " 不存在或不在您的辖区内"));
    }

    private OrganisationView changeable(CurrentUser user, long id) {
        OrganisationView o = readable(user, id);
        AccessPolicy.check(user, PARTY_ORG, Action.UPDATE, Target.at(o.territoryCode()));
        return o;
    }

    private static OrganisationView grand(OrganisationView o) {
        if (o.kind() != OrganisationKind.GRAND) {
            throw new ConflictException("只有大党委/大工委设成员单位和联席会议，“" + o.name() + "”是" + o.kind().label() + "组织");
        }
        if (!o.active()) {
            throw new ConflictException("“" + o.name() + "”已撤销");
        }
        return o;
    }

    private static List<String> names(List<String> names, String field, String label) {
        List<String> kept = new ArrayList<>();
        if (names == null) {
            return kept;
        }
        for (String name : names) {
            String n = Input.optionalText(name, field, label, HOLDER_MAX);
            if (n != null) {
                kept.add(n);
            }
        }
        return kept;
    }
}
