package org.jiceng;

import static org.jiceng.Action.*;
import static org.jiceng.Relation.*;
import static org.jiceng.Resource.*;
import static org.jiceng.Role.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what (DESIGN §1), as one table read top to bottom: every operation of every module is decided
 * by role × resource × action × relation, and anything not listed is refused. Handlers name their row with
 * {@link Guard}; each module's access class asks {@link #allows} for one record and {@link #scope} for the
 * territory its SQL may read. The authorisation matrix test, {@code docs/permissions.md} and the 权限表
 * page are all read from this table, so a county reads exactly what the code enforces.
 */
public final class AccessPolicy {

    /** One row: {@code role} (null for every account, or for anyone with {@link Relation#ANYONE}). */
    public record Permit(Role role, Resource resource, Action action, Relation relation) {
    }

    /** A record as the policy sees it: where it lies and the relations the module found it has to the person. */
    public record Target(String territoryCode, Set<Relation> held) {

        public Target {
            held = held.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(held));
        }

        public static Target at(String territoryCode) {
            return new Target(territoryCode, Set.of());
        }

        /** The same record, with these relations to the person found true. */
        public Target with(Relation... relations) {
            EnumSet<Relation> all = held.isEmpty() ? EnumSet.noneOf(Relation.class) : EnumSet.copyOf(held);
            all.addAll(List.of(relations));
            return new Target(territoryCode, all);
        }

        public Target withIf(boolean condition, Relation relation) {
            return condition ? with(relation) : this;
        }
    }

    private static final Role[] REGISTER_KEEPERS = {GRID_WORKER, VILLAGE_STAFF, TOWN_STAFF, COUNTY_ADMIN};
    private static final Role[] COMMITTEES = {VILLAGE_STAFF, TOWN_STAFF, COUNTY_ADMIN};
    private static final Role[] READ_ONLY_OVERSIGHT = {AUDITOR, INSPECTOR};
    private static final Role[] PARTY_WRITERS = {PARTY_ORG_ADMIN, BRANCH_SECRETARY, TOWN_STAFF, VILLAGE_STAFF};
    private static final Role[] PARTY_READERS = {PARTY_ORG_ADMIN, BRANCH_SECRETARY, COUNTY_ADMIN, TOWN_STAFF,
            VILLAGE_STAFF, GRID_WORKER, AUDITOR, INSPECTOR};
    private static final Role[] FILERS = {RESIDENT, HOUSEHOLD_CHIEF, GRID_WORKER, VILLAGE_STAFF, TOWN_STAFF,
            COUNTY_ADMIN};
    private static final Role[] PEOPLE = {RESIDENT, HOUSEHOLD_CHIEF};
    /** Who may be named on a ledger account: those who keep its books and those whose approval it needs. */
    private static final Role[] LEDGER_KEEPERS = {OWNERS_COMMITTEE, PROPERTY_COMPANY, VILLAGE_STAFF, BRANCH_SECRETARY,
            VILLAGE_SUPERVISOR, TOWN_STAFF};
    private static final Role[] LEDGER_BOOKKEEPERS = {OWNERS_COMMITTEE, PROPERTY_COMPANY, VILLAGE_STAFF};
    /** Who works with a community's volunteers, and who among them runs teams, activities and the store. */
    private static final Role[] VOLUNTEER_STAFF = {GRID_WORKER, VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF,
            COUNTY_ADMIN};
    /** The volunteer staff above a grid: their grants name a community or more, so IN_TERRITORY reaches it. */
    private static final Role[] VOLUNTEER_STAFF_ABOVE_GRID = {VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF,
            COUNTY_ADMIN};
    private static final Role[] VOLUNTEER_ORGANISERS = {VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF};
    /** Who is assessed and reads its own scores: the committees of a place and the party organisations. */
    private static final Role[] ASSESSED = {VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF, COUNTY_ADMIN,
            PARTY_ORG_ADMIN};

    /** Who takes in and carries a resident's service request in a place: 代办员 and the committees above them. */
    private static final Role[] SERVICE_DESK = {SERVICE_AGENT, VILLAGE_STAFF, TOWN_STAFF};
    /** Who writes the catalogue, the policy sheets and the centres of a place. */
    private static final Role[] SERVICE_PUBLISHERS = {TOWN_STAFF, COUNTY_ADMIN};

    private static final List<Permit> TABLE = new Table()
            // signing in, one's own account, the policy itself
            .anyone(SIGN_IN, CREATE)
            .everyAccount(HOME, READ, SIGNED_IN)
            .everyAccount(PERMISSIONS, READ, SIGNED_IN)
            .everyAccount(ACCOUNT, READ, OWN)
            .everyAccount(ACCOUNT, UPDATE, OWN)
            .everyAccount(API_TOKEN, READ, OWN)
            .everyAccount(API_TOKEN, MANAGE, OWN)
            // accounts: the county manages the county, a town's administrator its town and below
            .permit(READ, ACCOUNT, IN_TERRITORY, COUNTY_ADMIN, TOWN_ADMIN, AUDITOR)
            .permit(MANAGE, ACCOUNT, IN_TERRITORY, COUNTY_ADMIN, TOWN_ADMIN)
            .permit(MANAGE, API_TOKEN, IN_TERRITORY, COUNTY_ADMIN)
            .permit(READ, AUDIT_LOG, IN_TERRITORY, COUNTY_ADMIN, TOWN_ADMIN, AUDITOR, INSPECTOR)
            .permit(READ, ACCESS_LOG, IN_TERRITORY, COUNTY_ADMIN, AUDITOR, INSPECTOR)

            // territory: divisions and units are public reference data; grids are read where one works
            .everyAccount(DIVISION, READ, SIGNED_IN)
            .everyAccount(UNIT, READ, SIGNED_IN)
            .everyAccount(GRID, READ, IN_TERRITORY)
            .permit(IMPORT, GRID, IN_TERRITORY, TOWN_STAFF, COUNTY_ADMIN)

            // the household register belongs to grid, village and town staff of the place and the county;
            // a resident sees their own household; oversight reads it masked; departments never
            .permit(READ, HOUSEHOLD, OWN, PEOPLE)
            .permit(READ, HOUSEHOLD, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, HOUSEHOLD, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, HOUSEHOLD, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(UPDATE, HOUSEHOLD, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, RESIDENT_RECORD, OWN, PEOPLE)
            .permit(READ, RESIDENT_RECORD, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, RESIDENT_RECORD, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, RESIDENT_RECORD, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(UPDATE, RESIDENT_RECORD, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(REVEAL, PERSONAL_NUMBER, OWN, PEOPLE)
            .permit(REVEAL, PERSONAL_NUMBER, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(SEARCH, PERSONAL_NUMBER, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(IMPORT, REGISTER_FILE, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(EXPORT, REGISTER_FILE, IN_TERRITORY, COMMITTEES)

            // cases: residents file anywhere and read their own, those they follow and public ones nearby;
            // staff handle their territory; a department what is dispatched to it
            .permit(CREATE, CASE, SIGNED_IN, FILERS)
            .permit(READ, CASE, OWN, PEOPLE)
            .permit(READ, CASE, FOLLOWING, PEOPLE)
            .permit(READ, CASE, PUBLIC, PEOPLE)
            .permit(READ, CASE, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, CASE, DISPATCHED_TO_UNIT, DEPT_STAFF)
            .permit(READ, CASE, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(FOLLOW, CASE, PUBLIC, PEOPLE)
            .permit(ACT, CASE, OWN, PEOPLE)
            .permit(ACT, CASE, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(ACT, CASE, DISPATCHED_TO_UNIT, DEPT_STAFF)
            .permit(UPDATE, CASE, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(EXPORT, CASE, IN_TERRITORY, COMMITTEES)
            .permit(EXPORT, CASE, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(READ, CASE_NOTE, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, CASE_NOTE, DISPATCHED_TO_UNIT, DEPT_STAFF)
            .permit(READ, CASE_NOTE, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(READ, REPORTER_CONTACT, OWN, PEOPLE)
            .permit(READ, REPORTER_CONTACT, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, REPORTER_CONTACT, DISPATCHED_TO_UNIT, DEPT_STAFF)
            .everyAccount(CASE_CONFIG, READ, SIGNED_IN)
            .permit(UPDATE, CASE_CONFIG, IN_TERRITORY, COUNTY_ADMIN)
            .permit(IMPORT, CASE_CONFIG, IN_TERRITORY, COUNTY_ADMIN)
            .permit(IMPORT, HOTLINE_ORDER, IN_TERRITORY, TOWN_STAFF, COUNTY_ADMIN)
            .anyone(OPEN311, READ)
            .anyone(OPEN311, CREATE)
            .permit(MANAGE, OPEN311_CLIENT, IN_TERRITORY, COUNTY_ADMIN)
            .permit(CREATE, ATTACHMENT, SIGNED_IN, FILERS)
            .permit(CREATE, ATTACHMENT, DISPATCHED_TO_UNIT, DEPT_STAFF)
            .permit(READ, ATTACHMENT, OWN, PEOPLE)
            .permit(READ, ATTACHMENT, FOLLOWING, PEOPLE)
            .permit(READ, ATTACHMENT, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, ATTACHMENT, DISPATCHED_TO_UNIT, DEPT_STAFF)
            .permit(READ, ATTACHMENT, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .everyAccount(INBOX, READ, OWN)
            .everyAccount(INBOX, UPDATE, OWN)
            .permit(READ, SUPERVISION, IN_TERRITORY, COMMITTEES)
            .permit(READ, SUPERVISION, DISPATCHED_TO_UNIT, DEPT_STAFF)
            .permit(READ, SUPERVISION, IN_TERRITORY, READ_ONLY_OVERSIGHT)

            // mediation: the territory's mediators; a resident the disputes they are a party to
            .permit(READ, DISPUTE, PARTY_TO, PEOPLE)
            .permit(READ, DISPUTE, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, DISPUTE, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, DISPUTE, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(ACT, DISPUTE, IN_TERRITORY, REGISTER_KEEPERS)

            // deliberation: the community deliberates; its committee, the town and the county run it; a resident
            // sees and casts their own vote (OWN: their village's household ballot, their estate's owners' ballot)
            .everyAccount(TOPIC, READ, IN_COMMUNITY)
            .permit(CREATE, TOPIC, IN_COMMUNITY, FILERS)
            .permit(ACT, TOPIC, IN_COMMUNITY, COMMITTEES)
            .everyAccount(MEETING, READ, IN_COMMUNITY)
            .permit(CREATE, MEETING, IN_COMMUNITY, COMMITTEES)
            .permit(UPDATE, MEETING, IN_COMMUNITY, COMMITTEES)
            .everyAccount(NOTICE, READ, IN_COMMUNITY)
            .permit(CREATE, NOTICE, IN_COMMUNITY, COMMITTEES)
            .permit(READ, ESTATE, IN_TERRITORY, COMMITTEES)
            .permit(READ, ESTATE, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, ESTATE, IN_TERRITORY, COMMITTEES)
            .permit(READ, BALLOT, OWN, PEOPLE)
            .permit(READ, BALLOT, IN_TERRITORY, COMMITTEES)
            .permit(READ, BALLOT, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, BALLOT, IN_TERRITORY, COMMITTEES)
            .permit(ACT, BALLOT, IN_TERRITORY, COMMITTEES)
            .permit(CREATE, VOTE, OWN, PEOPLE)
            .permit(READ, VOTE, OWN, PEOPLE)
            .permit(READ, VOTE, IN_TERRITORY, COMMITTEES)

            // party work: party and government staff where they work; a resident the organisations and post
            // holders of their own community (names and posts, never phones); departments nothing
            .permit(READ, PARTY_ORG, IN_COMMUNITY, PEOPLE)
            .permit(READ, PARTY_ORG, IN_TERRITORY, PARTY_READERS)
            .permit(READ, PARTY_MEMBER, IN_TERRITORY, PARTY_READERS)
            .permit(CREATE, PARTY_MEMBER, IN_TERRITORY, PARTY_WRITERS)
            .permit(UPDATE, PARTY_MEMBER, IN_TERRITORY, PARTY_WRITERS)
            .permit(READ, PARTY_POST, IN_COMMUNITY, PEOPLE)
            .permit(READ, PARTY_POST, IN_TERRITORY, PARTY_READERS)
            .permit(CREATE, PARTY_POST, IN_TERRITORY, PARTY_WRITERS)
            .permit(READ, DUAL_REGISTRATION, IN_TERRITORY, PARTY_READERS)
            .permit(CREATE, DUAL_REGISTRATION, IN_TERRITORY, PARTY_WRITERS)
            .permit(ACT, DUAL_REGISTRATION, IN_TERRITORY, PARTY_WRITERS)

            // organisations are built and changed by the party administrator, a branch secretary within their
            // branch; members are moved in and out (组织关系转接) by the same hands
            .permit(CREATE, PARTY_ORG, IN_TERRITORY, PARTY_ORG_ADMIN, BRANCH_SECRETARY)
            .permit(UPDATE, PARTY_ORG, IN_TERRITORY, PARTY_ORG_ADMIN, BRANCH_SECRETARY)
            .permit(ACT, PARTY_ORG, IN_TERRITORY, PARTY_ORG_ADMIN)
            .permit(ACT, PARTY_MEMBER, IN_TERRITORY, PARTY_ORG_ADMIN, BRANCH_SECRETARY)
            .permit(IMPORT, PARTY_FILE, IN_TERRITORY, PARTY_ORG_ADMIN, BRANCH_SECRETARY)
            .permit(EXPORT, PARTY_FILE, IN_TERRITORY, PARTY_ORG_ADMIN, BRANCH_SECRETARY)
            .permit(EXPORT, PARTY_FILE, IN_TERRITORY, READ_ONLY_OVERSIGHT)

            // 双报到 co-building: a community's needs list is public to its people (微心愿 are claimed from it);
            // offers and projects are the community's, the town's and the party administrator's work
            .permit(READ, CO_BUILDING, IN_COMMUNITY, PEOPLE)
            .permit(READ, CO_BUILDING, IN_TERRITORY, PARTY_READERS)
            .permit(CREATE, CO_BUILDING, IN_TERRITORY, PARTY_WRITERS)
            .permit(UPDATE, CO_BUILDING, IN_TERRITORY, PARTY_WRITERS)
            .permit(ACT, CO_BUILDING, IN_TERRITORY, PARTY_ORG_ADMIN, TOWN_STAFF)
            .permit(READ, SERVICE_HOURS, OWN, PEOPLE)
            .permit(READ, SERVICE_HOURS, IN_TERRITORY, PARTY_READERS)
            .permit(CREATE, SERVICE_HOURS, OWN, PEOPLE)
            .permit(CREATE, SERVICE_HOURS, IN_TERRITORY, PARTY_WRITERS)
            .permit(ACT, SERVICE_HOURS, IN_TERRITORY, VILLAGE_STAFF, BRANCH_SECRETARY, PARTY_ORG_ADMIN)

            // 设岗定责 and pledges are kept by the branch; the 亮身份 board shows them to anyone, names only
            .permit(READ, DUTY_POST, IN_TERRITORY, PARTY_READERS)
            .permit(CREATE, DUTY_POST, IN_TERRITORY, PARTY_WRITERS)
            .permit(UPDATE, DUTY_POST, IN_TERRITORY, PARTY_WRITERS)
            .permit(READ, PLEDGE, OWN, PEOPLE)
            .permit(READ, PLEDGE, IN_TERRITORY, PARTY_READERS)
            .permit(CREATE, PLEDGE, OWN, PEOPLE)
            .permit(CREATE, PLEDGE, IN_TERRITORY, PARTY_WRITERS)
            .permit(UPDATE, PLEDGE, OWN, PEOPLE)
            .permit(UPDATE, PLEDGE, IN_TERRITORY, PARTY_WRITERS)
            .anyone(PARTY_BOARD, READ)

            // 三长 and 楼长 at work: chosen and evaluated by the community, reporting and serving as themselves
            .permit(READ, NEIGHBOURHOOD_DUTY, OWN, PEOPLE)
            .permit(READ, NEIGHBOURHOOD_DUTY, IN_TERRITORY, PARTY_READERS)
            .permit(CREATE, NEIGHBOURHOOD_DUTY, OWN, PEOPLE)
            .permit(CREATE, NEIGHBOURHOOD_DUTY, IN_TERRITORY, PARTY_WRITERS)
            .permit(UPDATE, NEIGHBOURHOOD_DUTY, IN_TERRITORY, PARTY_WRITERS)
            .permit(ACT, NEIGHBOURHOOD_DUTY, IN_TERRITORY, VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF)
            .permit(UPDATE, PARTY_POST, IN_TERRITORY, PARTY_WRITERS)
            // 党员中心户 are hung out as a plaque: their names are public to the community they serve
            .permit(READ, CENTRAL_HOUSEHOLD, IN_COMMUNITY, PEOPLE)
            .permit(READ, CENTRAL_HOUSEHOLD, IN_TERRITORY, PARTY_READERS)
            .permit(CREATE, CENTRAL_HOUSEHOLD, IN_TERRITORY, PARTY_WRITERS)
            .permit(UPDATE, CENTRAL_HOUSEHOLD, IN_TERRITORY, PARTY_WRITERS)

            // branch life: a member reads their own branch's meetings; 党费 per member is personal data, read
            // by the member, the branch and the party administrator only
            .permit(READ, BRANCH_MEETING, OWN_BRANCH, PEOPLE)
            .permit(READ, BRANCH_MEETING, IN_TERRITORY, PARTY_READERS)
            .permit(CREATE, BRANCH_MEETING, IN_TERRITORY, PARTY_ORG_ADMIN, BRANCH_SECRETARY)
            .permit(UPDATE, BRANCH_MEETING, IN_TERRITORY, PARTY_ORG_ADMIN, BRANCH_SECRETARY)
            .permit(READ, PARTY_DUES, OWN, PEOPLE)
            .permit(READ, PARTY_DUES, IN_TERRITORY, PARTY_ORG_ADMIN, BRANCH_SECRETARY)
            .permit(CREATE, PARTY_DUES, IN_TERRITORY, PARTY_ORG_ADMIN, BRANCH_SECRETARY)
            .permit(ACT, PARTY_DUES, IN_TERRITORY, PARTY_ORG_ADMIN, BRANCH_SECRETARY)

            // visits and care (DESIGN §7): the 包保 chain is read where one works and by the household it covers
            // (a resident sees who is responsible for them, nothing else); a 户长 works only the households they
            // hold; visits are logged by grid workers in their grids and by cadres of the place
            .permit(READ, ASSIGNMENT, OWN, PEOPLE)
            .permit(READ, ASSIGNMENT, RESPONSIBLE, HOUSEHOLD_CHIEF)
            .permit(READ, ASSIGNMENT, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, ASSIGNMENT, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, ASSIGNMENT, IN_TERRITORY, COMMITTEES)
            .permit(UPDATE, ASSIGNMENT, IN_TERRITORY, COMMITTEES)
            .permit(IMPORT, ASSIGNMENT, IN_TERRITORY, COMMITTEES)
            .permit(EXPORT, ASSIGNMENT, IN_TERRITORY, COMMITTEES)
            .permit(EXPORT, ASSIGNMENT, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(READ, VISIT, RESPONSIBLE, HOUSEHOLD_CHIEF)
            .permit(READ, VISIT, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, VISIT, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, VISIT, RESPONSIBLE, HOUSEHOLD_CHIEF)
            .permit(CREATE, VISIT, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(ACT, VISIT, RESPONSIBLE, HOUSEHOLD_CHIEF)
            .permit(ACT, VISIT, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, CARE_PLAN, RESPONSIBLE, HOUSEHOLD_CHIEF)
            .permit(READ, CARE_PLAN, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, CARE_PLAN, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, CARE_PLAN, IN_TERRITORY, COMMITTEES)
            .permit(UPDATE, CARE_PLAN, IN_TERRITORY, COMMITTEES)
            .permit(MANAGE, CARE_PLAN, IN_TERRITORY, COUNTY_ADMIN)
            // 防返贫 monitoring holds income and illness: only the household's 帮扶 contact and the village and
            // town staff of the place read it, every read logged; the county sets the monitoring line
            .permit(READ, MONITORING, RESPONSIBLE, HOUSEHOLD_CHIEF, GRID_WORKER, VILLAGE_STAFF, TOWN_STAFF)
            .permit(READ, MONITORING, IN_TERRITORY, VILLAGE_STAFF, TOWN_STAFF)
            .permit(CREATE, MONITORING, IN_TERRITORY, VILLAGE_STAFF, TOWN_STAFF)
            .permit(UPDATE, MONITORING, RESPONSIBLE, HOUSEHOLD_CHIEF, GRID_WORKER, VILLAGE_STAFF, TOWN_STAFF)
            .permit(UPDATE, MONITORING, IN_TERRITORY, VILLAGE_STAFF, TOWN_STAFF)
            .permit(ACT, MONITORING, IN_TERRITORY, VILLAGE_STAFF, TOWN_STAFF)
            .permit(MANAGE, MONITORING, IN_TERRITORY, COUNTY_ADMIN)
            .permit(READ, SWEEP, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, SWEEP, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(READ, SWEEP, RESPONSIBLE, HOUSEHOLD_CHIEF)
            .permit(CREATE, SWEEP, IN_TERRITORY, COMMITTEES)
            .permit(ACT, SWEEP, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(ACT, SWEEP, RESPONSIBLE, HOUSEHOLD_CHIEF)
            .permit(READ, VISIT_COVERAGE, IN_TERRITORY, REGISTER_KEEPERS)
            .permit(READ, VISIT_COVERAGE, IN_TERRITORY, READ_ONLY_OVERSIGHT)

            // the transparent ledger (DESIGN §6): the people named on an account keep and approve it; its owners
            // (an estate's owners, a village's residents) read its statements down to every entry and the covered
            // voucher; the original voucher stays with the keepers and oversight; committees read their territory
            .permit(READ, LEDGER_ACCOUNT, COLLECTIVE_MEMBER, PEOPLE)
            .permit(READ, LEDGER_ACCOUNT, KEEPER, LEDGER_KEEPERS)
            .permit(READ, LEDGER_ACCOUNT, IN_TERRITORY, COMMITTEES)
            .permit(READ, LEDGER_ACCOUNT, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, LEDGER_ACCOUNT, IN_TERRITORY, VILLAGE_STAFF, TOWN_STAFF)
            .permit(MANAGE, LEDGER_ACCOUNT, IN_TERRITORY, VILLAGE_STAFF, TOWN_STAFF)
            .permit(ACT, LEDGER_ACCOUNT, KEEPER, LEDGER_KEEPERS)
            .permit(ACT, LEDGER_ACCOUNT, IN_TERRITORY, COMMITTEES)
            .permit(ACT, LEDGER_ACCOUNT, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(READ, LEDGER_ENTRY, COLLECTIVE_MEMBER, PEOPLE)
            .permit(READ, LEDGER_ENTRY, KEEPER, LEDGER_KEEPERS)
            .permit(READ, LEDGER_ENTRY, IN_TERRITORY, COMMITTEES)
            .permit(READ, LEDGER_ENTRY, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, LEDGER_ENTRY, KEEPER, LEDGER_BOOKKEEPERS)
            .permit(ACT, LEDGER_ENTRY, KEEPER, LEDGER_BOOKKEEPERS)
            .permit(IMPORT, LEDGER_ENTRY, KEEPER, LEDGER_BOOKKEEPERS)
            .permit(READ, LEDGER_PAYMENT, KEEPER, LEDGER_KEEPERS)
            .permit(READ, LEDGER_PAYMENT, IN_TERRITORY, COMMITTEES)
            .permit(READ, LEDGER_PAYMENT, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, LEDGER_PAYMENT, KEEPER, LEDGER_BOOKKEEPERS)
            .permit(ACT, LEDGER_PAYMENT, KEEPER, LEDGER_KEEPERS)
            .permit(READ, VOUCHER, KEEPER, LEDGER_KEEPERS)
            .permit(READ, VOUCHER, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, VOUCHER, KEEPER, LEDGER_BOOKKEEPERS)
            .permit(READ, LEDGER_BUDGET, COLLECTIVE_MEMBER, PEOPLE)
            .permit(READ, LEDGER_BUDGET, KEEPER, LEDGER_KEEPERS)
            .permit(READ, LEDGER_BUDGET, IN_TERRITORY, COMMITTEES)
            .permit(READ, LEDGER_BUDGET, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, LEDGER_BUDGET, KEEPER, LEDGER_BOOKKEEPERS)
            .permit(UPDATE, LEDGER_BUDGET, KEEPER, LEDGER_BOOKKEEPERS)
            .permit(READ, DIVIDEND, COLLECTIVE_MEMBER, PEOPLE)
            .permit(READ, DIVIDEND, KEEPER, LEDGER_KEEPERS)
            .permit(READ, DIVIDEND, IN_TERRITORY, COMMITTEES)
            .permit(READ, DIVIDEND, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, DIVIDEND, KEEPER, LEDGER_BOOKKEEPERS)
            .permit(READ, LEDGER_STATEMENT, COLLECTIVE_MEMBER, PEOPLE)
            .permit(READ, LEDGER_STATEMENT, KEEPER, LEDGER_KEEPERS)
            .permit(READ, LEDGER_STATEMENT, IN_TERRITORY, COMMITTEES)
            .permit(READ, LEDGER_STATEMENT, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, LEDGER_STATEMENT, KEEPER, LEDGER_BOOKKEEPERS)
            // a question about a line of a statement enters the case loop as the asker's own case
            .permit(ACT, LEDGER_STATEMENT, COLLECTIVE_MEMBER, PEOPLE)

            // volunteers (DESIGN §7): a community's residents see its teams, activities, store, rules and honour
            // lists and keep their own record, points and time-bank account; a team leader (ORGANISER) runs their
            // team's activities; the community's staff run the rest
            .permit(READ, VOLUNTEER_TEAM, IN_COMMUNITY, PEOPLE)
            // volunteers belong to a community, not a grid: a grid worker reads its community's volunteer records
            .permit(READ, VOLUNTEER_TEAM, IN_COMMUNITY, GRID_WORKER)
            .permit(READ, VOLUNTEER_TEAM, IN_TERRITORY, VOLUNTEER_STAFF_ABOVE_GRID)
            .permit(READ, VOLUNTEER_TEAM, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, VOLUNTEER_TEAM, IN_TERRITORY, VOLUNTEER_ORGANISERS)
            .permit(UPDATE, VOLUNTEER_TEAM, IN_TERRITORY, VOLUNTEER_ORGANISERS)
            .permit(UPDATE, VOLUNTEER_TEAM, ORGANISER, PEOPLE)
            .permit(READ, VOLUNTEER, OWN, PEOPLE)
            .permit(READ, VOLUNTEER, ORGANISER, PEOPLE)
            .permit(READ, VOLUNTEER, IN_COMMUNITY, GRID_WORKER)
            .permit(READ, VOLUNTEER, IN_TERRITORY, VOLUNTEER_STAFF_ABOVE_GRID)
            .permit(READ, VOLUNTEER, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, VOLUNTEER, IN_COMMUNITY, PEOPLE)
            .permit(CREATE, VOLUNTEER, IN_TERRITORY, VOLUNTEER_STAFF)
            .permit(UPDATE, VOLUNTEER, OWN, PEOPLE)
            .permit(UPDATE, VOLUNTEER, IN_TERRITORY, VOLUNTEER_ORGANISERS)
            .permit(READ, ACTIVITY, IN_COMMUNITY, PEOPLE)
            .permit(READ, ACTIVITY, IN_COMMUNITY, GRID_WORKER)
            .permit(READ, ACTIVITY, IN_TERRITORY, VOLUNTEER_STAFF_ABOVE_GRID)
            .permit(READ, ACTIVITY, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, ACTIVITY, ORGANISER, PEOPLE)
            .permit(CREATE, ACTIVITY, IN_TERRITORY, VOLUNTEER_ORGANISERS)
            .permit(UPDATE, ACTIVITY, ORGANISER, PEOPLE)
            .permit(UPDATE, ACTIVITY, IN_TERRITORY, VOLUNTEER_ORGANISERS)
            // signing up for an activity, or leaving it
            .permit(ACT, ACTIVITY, IN_COMMUNITY, PEOPLE)
            // a volunteer checks in and out by scanning the organiser's code; the organiser shows the code,
            // confirms the times in bulk and closes forgotten check-outs
            .permit(CREATE, ATTENDANCE, OWN, PEOPLE)
            .permit(READ, ATTENDANCE, OWN, PEOPLE)
            .permit(READ, ATTENDANCE, ORGANISER, PEOPLE)
            .permit(READ, ATTENDANCE, IN_COMMUNITY, GRID_WORKER)
            .permit(READ, ATTENDANCE, IN_TERRITORY, VOLUNTEER_STAFF_ABOVE_GRID)
            .permit(READ, ATTENDANCE, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(ACT, ATTENDANCE, ORGANISER, PEOPLE)
            .permit(ACT, ATTENDANCE, IN_TERRITORY, VOLUNTEER_ORGANISERS)
            .permit(READ, POINTS, OWN, PEOPLE)
            // volunteers belong to a community, not a grid: a grid worker's grant reaches their community's points
            .permit(READ, POINTS, IN_COMMUNITY, GRID_WORKER)
            .permit(READ, POINTS, IN_TERRITORY, VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF, COUNTY_ADMIN)
            .permit(READ, POINTS, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, POINTS, IN_COMMUNITY, GRID_WORKER)
            .permit(CREATE, POINTS, IN_TERRITORY, VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF)
            .permit(ACT, POINTS, IN_TERRITORY, VILLAGE_STAFF, TOWN_STAFF)
            .permit(READ, POINTS_RULE, IN_COMMUNITY, PEOPLE)
            .permit(READ, POINTS_RULE, IN_COMMUNITY, GRID_WORKER)
            .permit(READ, POINTS_RULE, IN_TERRITORY, VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF, COUNTY_ADMIN)
            .permit(READ, POINTS_RULE, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(MANAGE, POINTS_RULE, IN_TERRITORY, VILLAGE_STAFF, TOWN_STAFF, COUNTY_ADMIN)
            .permit(READ, STORE, IN_COMMUNITY, PEOPLE)
            .permit(READ, STORE, IN_COMMUNITY, GRID_WORKER)
            .permit(READ, STORE, IN_TERRITORY, VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF, COUNTY_ADMIN)
            .permit(READ, STORE, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(ACT, STORE, IN_COMMUNITY, PEOPLE)
            .permit(MANAGE, STORE, IN_TERRITORY, VOLUNTEER_ORGANISERS)
            .permit(EXPORT, STORE, IN_TERRITORY, VOLUNTEER_ORGANISERS)
            .permit(EXPORT, STORE, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            // a member's time-bank account is theirs, kept by a registered proxy (OWN to the module) where the
            // member cannot use a phone; the community confirms deposits, towns and the county move accounts
            .permit(READ, TIME_BANK, OWN, PEOPLE)
            .permit(READ, TIME_BANK, IN_TERRITORY, VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF, COUNTY_ADMIN)
            .permit(READ, TIME_BANK, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, TIME_BANK, OWN, PEOPLE)
            .permit(CREATE, TIME_BANK, IN_TERRITORY, GRID_WORKER, VILLAGE_STAFF, TOWN_STAFF)
            .permit(ACT, TIME_BANK, IN_TERRITORY, VILLAGE_STAFF, TOWN_STAFF, COUNTY_ADMIN)
            // a grid worker registered as a member's proxy keeps that account; the served person confirms a service
            // given to them (OWN: the account served); towns and the county move an account to another community
            .permit(READ, TIME_BANK, OWN, GRID_WORKER)
            .permit(CREATE, TIME_BANK, OWN, GRID_WORKER)
            .permit(ACT, TIME_BANK, OWN, PEOPLE)
            .permit(MANAGE, TIME_BANK, IN_TERRITORY, TOWN_STAFF, COUNTY_ADMIN)
            // honour lists: published lists are read in their community; a 黑榜 entry is decided with a record and
            // its person may appeal (OWN)
            .permit(READ, HONOUR_LIST, IN_COMMUNITY, PEOPLE)
            .permit(READ, HONOUR_LIST, IN_COMMUNITY, GRID_WORKER)
            .permit(READ, HONOUR_LIST, IN_TERRITORY, VOLUNTEER_STAFF_ABOVE_GRID)
            .permit(READ, HONOUR_LIST, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, HONOUR_LIST, IN_TERRITORY, VOLUNTEER_ORGANISERS)
            .permit(ACT, HONOUR_LIST, OWN, PEOPLE)
            .permit(ACT, HONOUR_LIST, IN_TERRITORY, VILLAGE_STAFF, TOWN_STAFF)
            .permit(READ, CLAIM, IN_COMMUNITY, PEOPLE)
            .permit(READ, CLAIM, IN_COMMUNITY, GRID_WORKER)
            .permit(READ, CLAIM, IN_TERRITORY, VOLUNTEER_STAFF_ABOVE_GRID)
            .permit(READ, CLAIM, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, CLAIM, IN_COMMUNITY, PEOPLE)
            .permit(ACT, CLAIM, OWN, PEOPLE)
            .permit(ACT, CLAIM, IN_TERRITORY, VOLUNTEER_ORGANISERS)
            .permit(MANAGE, CLAIM, IN_TERRITORY, VOLUNTEER_ORGANISERS)

            // assessment (赛道比拼, 星级, 红旗村): the county sets indicators and confirms ratings; a place and its
            // party organisation read their own scores; oversight reads all of its territory
            .permit(READ, INDICATOR, IN_TERRITORY, ASSESSED)
            .permit(READ, INDICATOR, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(MANAGE, INDICATOR, IN_TERRITORY, COUNTY_ADMIN)
            // an entered indicator's value with its evidence, from the place it measures or above
            .permit(CREATE, INDICATOR, IN_TERRITORY, VILLAGE_STAFF, TOWN_STAFF, COUNTY_ADMIN)
            .permit(ACT, INDICATOR, IN_TERRITORY, TOWN_STAFF, COUNTY_ADMIN)
            .permit(READ, SCORECARD, IN_TERRITORY, ASSESSED)
            .permit(READ, SCORECARD, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(EXPORT, SCORECARD, IN_TERRITORY, ASSESSED)
            .permit(EXPORT, SCORECARD, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(ACT, SCORECARD, IN_TERRITORY, COUNTY_ADMIN)
            .permit(READ, STAR_RATING, IN_TERRITORY, ASSESSED)
            .permit(READ, STAR_RATING, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(CREATE, STAR_RATING, IN_TERRITORY, PARTY_ORG_ADMIN, TOWN_STAFF, COUNTY_ADMIN)
            .permit(ACT, STAR_RATING, IN_TERRITORY, PARTY_ORG_ADMIN, COUNTY_ADMIN)
            .permit(MANAGE, STAR_RATING, IN_TERRITORY, PARTY_ORG_ADMIN, COUNTY_ADMIN)
            // 民生实事 and 书记项目: the progress board is public to residents; the unit carrying a project reports
            .permit(READ, LIVELIHOOD_PROJECT, PUBLIC, PEOPLE)
            .permit(READ, LIVELIHOOD_PROJECT, IN_TERRITORY, ASSESSED)
            .permit(READ, LIVELIHOOD_PROJECT, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(READ, LIVELIHOOD_PROJECT, ASSIGNED_TO_UNIT, DEPT_STAFF)
            .permit(CREATE, LIVELIHOOD_PROJECT, IN_TERRITORY, VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF, COUNTY_ADMIN)
            .permit(UPDATE, LIVELIHOOD_PROJECT, IN_TERRITORY, VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF, COUNTY_ADMIN)
            .permit(ACT, LIVELIHOOD_PROJECT, IN_TERRITORY, VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF, COUNTY_ADMIN)
            .permit(ACT, LIVELIHOOD_PROJECT, ASSIGNED_TO_UNIT, DEPT_STAFF)
            // 巡察整改: the inspection team (INSPECTOR) records findings, accepts or returns rectification and alone
            // cancels a finding (销账); the responsible place or unit rectifies; AUDITOR only reads
            .permit(READ, INSPECTION, IN_TERRITORY, INSPECTOR, AUDITOR, COUNTY_ADMIN, TOWN_STAFF, VILLAGE_STAFF,
                    BRANCH_SECRETARY)
            .permit(READ, INSPECTION, ASSIGNED_TO_UNIT, DEPT_STAFF)
            .permit(CREATE, INSPECTION, IN_TERRITORY, INSPECTOR)
            .permit(MANAGE, INSPECTION, IN_TERRITORY, INSPECTOR)
            .permit(ACT, INSPECTION, IN_TERRITORY, TOWN_STAFF, VILLAGE_STAFF, BRANCH_SECRETARY)
            .permit(ACT, INSPECTION, ASSIGNED_TO_UNIT, DEPT_STAFF)
            .permit(EXPORT, INSPECTION, IN_TERRITORY, INSPECTOR, AUDITOR, COUNTY_ADMIN)
            // the lists that bound village power are published to everyone; drafts stay with their authors
            .everyAccount(POWER_LIST, READ, PUBLIC)
            .permit(READ, POWER_LIST, IN_TERRITORY, ASSESSED)
            .permit(READ, POWER_LIST, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(MANAGE, POWER_LIST, IN_TERRITORY, COUNTY_ADMIN, TOWN_STAFF)
            // a task a town or department sends to a village is checked against the 工作准入清单
            .permit(CREATE, VILLAGE_TASK, IN_TERRITORY, TOWN_STAFF, COUNTY_ADMIN, DEPT_STAFF)
            .permit(READ, VILLAGE_TASK, IN_TERRITORY, VILLAGE_STAFF, BRANCH_SECRETARY, TOWN_STAFF, COUNTY_ADMIN)
            .permit(READ, VILLAGE_TASK, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(READ, VILLAGE_TASK, ASSIGNED_TO_UNIT, DEPT_STAFF)
            .permit(ACT, VILLAGE_TASK, IN_TERRITORY, VILLAGE_STAFF, BRANCH_SECRETARY)

            // search: every account may search; each hit passes its own record's row above before it is shown
            .everyAccount(FULL_TEXT_SEARCH, READ, SIGNED_IN)
            // dispatch suggestions help whoever files or dispatches a case of the place
            .permit(CREATE, DISPATCH_SUGGESTION, IN_TERRITORY, FILERS)
            .permit(READ, DISPATCH_MODEL, IN_TERRITORY, TOWN_STAFF, COUNTY_ADMIN)
            .permit(READ, DISPATCH_MODEL, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(MANAGE, DISPATCH_MODEL, IN_TERRITORY, TOWN_STAFF, COUNTY_ADMIN)

            // services close to home: the catalogue, policy sheets and centres are published to everyone; a resident
            // asks and books for themselves, a grid worker asks for a resident of the community, the 代办员 and
            // committees carry requests of their place, the office a request is handed to acts on it
            .everyAccount(SERVICE_ITEM, READ, PUBLIC)
            .permit(READ, SERVICE_ITEM, IN_TERRITORY, SERVICE_DESK)
            .permit(READ, SERVICE_ITEM, IN_TERRITORY, SERVICE_PUBLISHERS)
            .permit(READ, SERVICE_ITEM, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(MANAGE, SERVICE_ITEM, IN_TERRITORY, SERVICE_PUBLISHERS)
            .everyAccount(POLICY_SHEET, READ, PUBLIC)
            .permit(READ, POLICY_SHEET, IN_TERRITORY, SERVICE_PUBLISHERS)
            .permit(READ, POLICY_SHEET, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(MANAGE, POLICY_SHEET, IN_TERRITORY, SERVICE_PUBLISHERS)
            .permit(CREATE, SERVICE_REQUEST, SIGNED_IN, PEOPLE)
            .permit(CREATE, SERVICE_REQUEST, IN_COMMUNITY, GRID_WORKER)
            .permit(CREATE, SERVICE_REQUEST, IN_TERRITORY, SERVICE_DESK)
            .permit(READ, SERVICE_REQUEST, OWN, PEOPLE)
            .permit(READ, SERVICE_REQUEST, IN_COMMUNITY, GRID_WORKER)
            .permit(READ, SERVICE_REQUEST, IN_TERRITORY, SERVICE_DESK)
            .permit(READ, SERVICE_REQUEST, IN_TERRITORY, COUNTY_ADMIN)
            .permit(READ, SERVICE_REQUEST, ASSIGNED_TO_UNIT, DEPT_STAFF)
            .permit(READ, SERVICE_REQUEST, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(ACT, SERVICE_REQUEST, OWN, PEOPLE)
            .permit(ACT, SERVICE_REQUEST, IN_TERRITORY, SERVICE_DESK)
            .permit(ACT, SERVICE_REQUEST, ASSIGNED_TO_UNIT, DEPT_STAFF)
            .everyAccount(SERVICE_CENTRE, READ, PUBLIC)
            .permit(READ, SERVICE_CENTRE, IN_TERRITORY, SERVICE_DESK)
            .permit(READ, SERVICE_CENTRE, IN_TERRITORY, SERVICE_PUBLISHERS)
            .permit(MANAGE, SERVICE_CENTRE, IN_TERRITORY, VILLAGE_STAFF, TOWN_STAFF, COUNTY_ADMIN)
            .permit(CREATE, BOOKING, SIGNED_IN, PEOPLE)
            .permit(READ, BOOKING, OWN, PEOPLE)
            .permit(ACT, BOOKING, OWN, PEOPLE)
            .permit(READ, BOOKING, IN_TERRITORY, SERVICE_DESK)
            .permit(READ, BOOKING, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(ACT, BOOKING, IN_TERRITORY, SERVICE_DESK)
            .permit(READ, SERVICE_FIGURES, IN_TERRITORY, SERVICE_DESK)
            .permit(READ, SERVICE_FIGURES, IN_TERRITORY, COUNTY_ADMIN)
            .permit(READ, SERVICE_FIGURES, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(READ, SERVICE_FIGURES, ASSIGNED_TO_UNIT, DEPT_STAFF)

            // analysis: committees and oversight their territory, a department its own rates
            .permit(READ, STATS, IN_TERRITORY, COMMITTEES)
            .permit(READ, STATS, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .permit(READ, STATS, DISPATCHED_TO_UNIT, DEPT_STAFF)
            .permit(MANAGE, PARKED_EVENT, IN_TERRITORY, COUNTY_ADMIN)
            // the monthly 民情分析 of a place: those who read its statistics as a territory (not a department,
            // whose statistics are its own unit's while a report covers every case of the place)
            .permit(READ, REPORT, IN_TERRITORY, COMMITTEES)
            .permit(READ, REPORT, IN_TERRITORY, READ_ONLY_OVERSIGHT)
            .rows();

    /** The rows of each resource and action, so a question reads only its own few rows. */
    private static final Map<Resource, Map<Action, List<Permit>>> INDEX = index(TABLE);

    private AccessPolicy() {
    }

    private static Map<Resource, Map<Action, List<Permit>>> index(List<Permit> table) {
        Map<Resource, Map<Action, List<Permit>>> index = new EnumMap<>(Resource.class);
        for (Permit permit : table) {
            index.computeIfAbsent(permit.resource(), r -> new EnumMap<>(Action.class))
                    .computeIfAbsent(permit.action(), a -> new ArrayList<>()).add(permit);
        }
        return index;
    }

    private static List<Permit> rowsFor(Resource resource, Action action) {
        return INDEX.getOrDefault(resource, Map.of()).getOrDefault(action, List.of());
    }

    public static List<Permit> rows() {
        return TABLE;
    }

    /**
     * Whether any row could let this person do the action at all (the {@link Guard} check, before any
     * record is known); {@code user} is null for an anonymous caller.
     */
    public static boolean mayAtAll(CurrentUser user, Resource resource, Action action) {
        return rowsFor(resource, action).stream().anyMatch(permit -> heldBy(user, permit));
    }

    /** Whether this person may do the action to this record. */
    public static boolean allows(CurrentUser user, Resource resource, Action action, Target target) {
        for (Permit permit : rowsFor(resource, action)) {
            if (!heldBy(user, permit)) {
                continue;
            }
            Relation relation = permit.relation();
            if (relation == ANYONE || relation == SIGNED_IN) {
                return true;
            }
            if (relation.territorial()) {
                if (grantsOf(user, permit).stream().anyMatch(g -> covers(g, relation, target.territoryCode()))) {
                    return true;
                }
            } else if (target.held().contains(relation)) {
                return true;
            }
        }
        return false;
    }

    /** Refuses, in Chinese, what {@link #allows} does not allow. */
    public static void check(CurrentUser user, Resource resource, Action action, Target target) {
        if (!allows(user, resource, action, target)) {
            throw refusal(resource, action);
        }
    }

    /** The refusal, naming the roles the table lets do it, so the person knows whom to ask. */
    public static ForbiddenException refusal(Resource resource, Action action) {
        Set<Role> roles = rolesFor(resource, action);
        String who = roles.isEmpty() || roles.size() == Role.values().length ? ""
                : "（可由" + String.join("、", roles.stream().map(Role::label).toList()) + "办理）";
        return new ForbiddenException("您没有" + action.label() + resource.label() + "的权限" + who);
    }

    /**
     * The territory in which the person's territorial rows allow the action: what a repository's SQL may
     * read for them. Relational rows (own, dispatched, party to…) are the module's to add with {@link #relations}.
     */
    public static Scope scope(CurrentUser user, Resource resource, Action action) {
        if (user == null) {
            return Scope.nothing();
        }
        List<String> prefixes = new ArrayList<>();
        for (Permit permit : rowsFor(resource, action)) {
            if (permit.relation().territorial()) {
                grantsOf(user, permit).forEach(g -> prefixes.add(node(g, permit.relation())));
            }
        }
        return new Scope(prefixes);
    }

    /** The non-territorial relations under which the person may do the action (e.g. OWN, DISPATCHED_TO_UNIT). */
    public static Set<Relation> relations(CurrentUser user, Resource resource, Action action) {
        EnumSet<Relation> result = EnumSet.noneOf(Relation.class);
        for (Permit permit : rowsFor(resource, action)) {
            if (!permit.relation().territorial() && heldBy(user, permit)) {
                result.add(permit.relation());
            }
        }
        return result;
    }

    /** The roles that some row lets do the action on the resource (for pages that explain the policy). */
    public static Set<Role> rolesFor(Resource resource, Action action) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Permit permit : rowsFor(resource, action)) {
            if (permit.role() == null) {
                return EnumSet.allOf(Role.class);
            }
            roles.add(permit.role());
        }
        return roles;
    }

    private static boolean heldBy(CurrentUser user, Permit permit) {
        if (permit.relation() == ANYONE) {
            return true;
        }
        if (user == null) {
            return false;
        }
        return permit.role() == null || user.has(permit.role());
    }

    private static List<CurrentUser.Grant> grantsOf(CurrentUser user, Permit permit) {
        if (user == null) {
            return List.of();
        }
        return permit.role() == null ? user.grants()
                : user.grants().stream().filter(g -> g.role() == permit.role()).toList();
    }

    private static boolean covers(CurrentUser.Grant grant, Relation relation, String code) {
        return code != null && code.startsWith(node(grant, relation));
    }

    /** The node a grant reaches under a territorial relation: a grid grant reaches its community for IN_COMMUNITY. */
    private static String node(CurrentUser.Grant grant, Relation relation) {
        String code = grant.territoryCode();
        return relation == IN_COMMUNITY && code.length() > 12 ? code.substring(0, 12) : code;
    }

    /** Builds the table: each call adds one row per role, in the order written. */
    private static final class Table {
        private final List<Permit> rows = new ArrayList<>();

        Table permit(Action action, Resource resource, Relation relation, Role... roles) {
            for (Role role : roles) {
                rows.add(new Permit(role, resource, action, relation));
            }
            return this;
        }

        Table everyAccount(Resource resource, Action action, Relation relation) {
            rows.add(new Permit(null, resource, action, relation));
            return this;
        }

        Table anyone(Resource resource, Action action) {
            rows.add(new Permit(null, resource, action, ANYONE));
            return this;
        }

        List<Permit> rows() {
            return List.copyOf(rows);
        }
    }
}
