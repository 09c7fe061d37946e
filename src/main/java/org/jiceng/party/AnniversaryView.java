package org.jiceng.party;

import java.time.LocalDate;

/** A member's 入党生日 this week: the date it falls on and how many years they will have been a member. */
public record AnniversaryView(MemberView member, LocalDate date, int years) {
}
