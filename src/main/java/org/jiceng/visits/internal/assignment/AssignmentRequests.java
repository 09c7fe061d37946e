package org.jiceng.visits.internal.assignment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jiceng.BadInputException;

/** What the API and the form send to assign or end a 包保; dates as text so a wrong one is answered in Chinese. */
public final class AssignmentRequests {

    private AssignmentRequests() {
    }

    public record NewAssignment(String level, String territoryCode, Long householdId, Long chiefResidentId,
                                String groupName, String holderKind, Long holderId, String holderName,
                                String holderTitle, String holderPhone, String startsOn, String endsOn) {
    }

    public record Ending(String endsOn, String reason, Integer version) {
    }

    static LocalDate date(String field, String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, what + "须为“年-月-日”格式，如 2026-03-01");
        }
    }
}
