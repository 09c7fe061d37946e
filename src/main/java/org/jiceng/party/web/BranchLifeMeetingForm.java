package org.jiceng.party.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiceng.party.internal.branchlife.MemberFacts;
import org.jiceng.party.internal.branchlife.BranchMeetings;

/**
 * The page's form of a meeting: held (记录已召开的会议) or planned; every member's attendance comes as
 * {@code att.<memberId>} (PRESENT, LEAVE, ABSENT) and {@code reason.<memberId>}, read from the whole request.
 */
record BranchLifeMeetingForm(Long organisationId, String kind, String mode, String heldOn, String startTime,
                             String place, String topics, String minutes) {

    boolean held() {
        return !"PLANNED".equals(mode);
    }

    BranchMeetings.Request request(List<MemberFacts> members, Map<String, String> sent) {
        List<BranchMeetings.Attendee> attendance = new ArrayList<>();
        if (held()) {
            for (MemberFacts m : members) {
                attendance.add(new BranchMeetings.Attendee(m.id(), sent.get("att." + m.id()), sent.get("reason." + m.id())));
            }
        }
        return new BranchMeetings.Request(organisationId, kind, held(), heldOn, startTime, place, topics,
                held() ? minutes : null, attendance, null);
    }
}
