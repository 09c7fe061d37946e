package org.jiceng.volunteer;

import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.Http;
import org.jiceng.volunteer.internal.Volunteers;

/** Residents of 堂琅社区 made for one test, each with an account to sign in with and a volunteer record. */
final class TimeBankPeople {

    static final String TANGLANG = "530326001001";

    private final int port;
    private final IdentityApi identity;
    private final Volunteers volunteers;

    TimeBankPeople(int port, IdentityApi identity, Volunteers volunteers) {
        this.port = port;
        this.identity = identity;
        this.volunteers = volunteers;
    }

    record Person(String username, long userId, long volunteerId, Http http) {
    }

    Person resident(String name) {
        return person(name, Role.RESIDENT, TANGLANG);
    }

    Person person(String name, Role role, String at) {
        String username = "tb" + unique();
        long user = identity.createUser(new IdentityApi.NewUser(username, name, Http.DEMO_PASSWORD,
                List.of(new CurrentUser.Grant(role, at, null))));
        long volunteer = volunteers.register(new Volunteers.NewVolunteer(at.substring(0, 12), user, null, name,
                "13800138000", List.of(), ""));
        return new Person(username, user, volunteer, Http.as(port, username));
    }

    /** A volunteer with no account of their own (an elderly member who does not use a phone). */
    long withoutPhone(String name) {
        return volunteers.register(new Volunteers.NewVolunteer(TANGLANG, null, null, name, null, List.of(), ""));
    }

    static String unique() {
        return String.valueOf(System.nanoTime() % 1_000_000_000L);
    }
}
