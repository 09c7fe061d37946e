package org.jiceng.visits.internal.visit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jiceng.BadInputException;
import org.jiceng.Input;

/** The checks of a visit's lists and client id, and the digest that tells a resend from a different visit. */
final class VisitInput {

    private VisitInput() {
    }

    static UUID clientId(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(given.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("clientId", "离线记录编号（clientId）须为 UUID，如 3f1c2a9e-0b7d-4c1e-9a55-2d4b8e6f7a10");
        }
    }

    static List<String> requests(List<String> given) {
        if (given.size() > 20) {
            throw new BadInputException("requests", "一次走访最多记录 20 条群众诉求");
        }
        List<String> texts = new ArrayList<>();
        for (String text : given) {
            if (text != null && !text.isBlank()) {
                texts.add(Input.text(text, "requests", "群众诉求", 1, 500));
            }
        }
        return texts;
    }

    static List<String> photos(List<String> given) {
        List<String> distinct = given.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).distinct().toList();
        if (distinct.size() > 9) {
            throw new BadInputException("photoIds", "每次走访最多附 9 张照片");
        }
        if (distinct.stream().anyMatch(p -> !p.matches("[A-Za-z0-9_-]{1,64}"))) {
            throw new BadInputException("photoIds", "照片编号（photoIds）不正确，请重新上传照片");
        }
        return distinct;
    }

    /** What was sent, as one digest: the same visit sent again under its client id has the same one. */
    static String digest(VisitRequests.NewVisit r) {
        String visitedAt = r.visitedAt() == null ? "" : r.visitedAt().strip();
        try {
            visitedAt = visitedAt.isEmpty() ? "" : OffsetDateTime.parse(visitedAt).toInstant().toString();
        } catch (RuntimeException e) {
            // kept as sent: the same text sent again digests the same
        }
        String canonical = String.join("\u001f", String.valueOf(r.householdId()), strip(r.kind()), visitedAt,
                String.valueOf(r.lat()), String.valueOf(r.lon()), strip(r.found()),
                String.join("\u001e", r.requests().stream().map(VisitInput::strip).toList()),
                String.join("\u001e", r.photoIds().stream().map(VisitInput::strip).toList()),
                String.valueOf(r.roundId()), strip(r.followUpNote()), strip(r.followUpDueOn()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
