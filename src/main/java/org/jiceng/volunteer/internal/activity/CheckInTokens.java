package org.jiceng.volunteer.internal.activity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code an organiser shows for check-in or check-out: {@code activity.kind.step.signature}, where a step is
 * {@value #STEP_SECONDS} s of time and the signature an HMAC-SHA256 of the rest under the server's key. A code is
 * accepted during its own step and the next one, so each lives at most {@value #LIFETIME_SECONDS} s and a new one
 * appears every step: a photo of the code sent home is useless a minute later. Whether the activity itself is
 * running is the caller's question.
 */
final class CheckInTokens {

    static final long STEP_SECONDS = 30;
    static final long LIFETIME_SECONDS = 2 * STEP_SECONDS;

    enum Kind { IN, OUT }

    /** What a valid code says. */
    record Claim(long activityId, Kind kind) {
    }

    /** Why a code is refused, in Chinese for the scan page. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final SecretKeySpec key;

    CheckInTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("签到码密钥须至少 32 字节");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    String issue(long activityId, Kind kind, Instant now) {
        String body = activityId + "." + kind.name() + "." + step(now);
        return body + "." + sign(body);
    }

    Claim verify(String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.strip().split("\\.");
        if (parts.length != 4) {
            throw new Refused("签到码无效，请扫描组织者现场出示的二维码");
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII))) {
            throw new Refused("签到码无效，请扫描组织者现场出示的二维码");
        }
        long activity;
        long step;
        Kind kind;
        try {
            activity = Long.parseLong(parts[0]);
            kind = Kind.valueOf(parts[1]);
            step = Long.parseLong(parts[2]);
        } catch (IllegalArgumentException signedButMalformed) {
            throw new Refused("签到码无效，请扫描组织者现场出示的二维码");
        }
        long current = step(now);
        if (step > current || step < current - 1) {
            throw new Refused("签到码已过期，请扫描组织者页面上的最新二维码");
        }
        return new Claim(activity, kind);
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** When the code of {@code at}'s step stops being accepted. */
    static Instant expiry(Instant at) {
        return Instant.ofEpochSecond((step(at) + 2) * STEP_SECONDS);
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
