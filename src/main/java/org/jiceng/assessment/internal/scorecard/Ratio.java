package org.jiceng.assessment.internal.scorecard;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact non-negative fraction: scores are decided by a published rule, so they stay fractions until shown and
 * are rounded once, half up, where a person reads them ({@link #rounded}).
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

    public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
    public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

    public Ratio {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator 0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Ratio of(long whole) {
        return of(whole, 1);
    }

    public static Ratio of(BigDecimal decimal) {
        return decimal.scale() <= 0 ? new Ratio(decimal.toBigIntegerExact(), BigInteger.ONE)
                : new Ratio(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
    }

    /** The inverse of {@link #exact()}. */
    public static Ratio parse(String exact) {
        int slash = exact.indexOf('/');
        return slash < 0 ? new Ratio(new BigInteger(exact), BigInteger.ONE)
                : new Ratio(new BigInteger(exact.substring(0, slash)), new BigInteger(exact.substring(slash + 1)));
    }

    public Ratio plus(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Ratio minus(Ratio other) {
        return plus(new Ratio(other.numerator.negate(), other.denominator));
    }

    public Ratio times(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Ratio dividedBy(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    public int signum() {
        return numerator.signum();
    }

    public Ratio min(Ratio other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** Rounded once, half up, to {@code places} decimals: how every score is shown. */
    public BigDecimal rounded(int places) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), places, RoundingMode.HALF_UP);
    }

    /** "n/d" (or "n"): the exact value, as the API gives it beside the rounded one. */
    public String exact() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && compareTo(r) == 0;
    }

    @Override
    public int hashCode() {
        return numerator.hashCode() * 31 + denominator.hashCode();
    }
}
