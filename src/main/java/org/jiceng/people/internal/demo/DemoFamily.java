package org.jiceng.people.internal.demo;

import static org.jiceng.people.internal.demo.DemoTag.DISABLED;
import static org.jiceng.people.internal.demo.DemoTag.EMPTY_NEST_ELDERLY;
import static org.jiceng.people.internal.demo.DemoTag.FLOATING;
import static org.jiceng.people.internal.demo.DemoTag.LEFT_BEHIND_CHILD;
import static org.jiceng.people.internal.demo.DemoTag.LIVING_ALONE_ELDERLY;
import static org.jiceng.people.internal.demo.DemoTag.MINIMUM_LIVING;
import static org.jiceng.people.internal.demo.DemoTag.SERIOUSLY_ILL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One household of the demo register: who lives in it (户主, 配偶, 子女, 父母, 孙子女), with ages that fit
 * together (a mother is 20–40 years older than her children), the family name passed down the male line as
 * is usual, and the tags a grid worker would record — consistent with age and with the household's shape:
 * 独居老人 only alone and 60 or over, 空巢老人 only in an elderly couple on their own, 留守儿童 only under 16 with
 * grandparents and without their parents, in a village.
 */
final class DemoFamily {

    /**
     * Ages are completed years on this day, so the register does not depend on when it was generated; a
     * 31 December, so an age is simply the difference of years.
     */
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    record Member(String name, String relation, boolean male, LocalDate birthDate, int tags) {
        int age() {
            return DemoRegister.age(birthDate);
        }
    }

    private record Draft(String relation, boolean male, int age, String surname) {
    }

    private final SplittableRandom random;
    private final List<Draft> drafts = new ArrayList<>(6);

    private DemoFamily(SplittableRandom random) {
        this.random = random;
    }

    /**
     * A household of {@code size} (1–6) people; {@code clan} is the surname most families of the courtyard
     * share, or null.
     */
    static List<Member> compose(int size, boolean rural, String clan, SplittableRandom random) {
        DemoFamily family = new DemoFamily(random);
        family.shape(size, rural, clan);
        return family.members(rural);
    }

    private void shape(int size, boolean rural, String clan) {
        double p = random.nextDouble();
        switch (size) {
            case 1 -> {
                boolean old = p < (rural ? 0.45 : 0.35);
                int age = old ? between(60, 90) : between(20, 59);
                boolean male = random.nextDouble() < (old ? 0.45 : 0.55);
                drafts.add(new Draft("户主", male, age, male || clan == null ? surname(clan) : DemoNames.surname(random)));
            }
            case 2 -> {
                if (p < 0.40) {
                    family(clan, between(60, 87), true, 0, 0);
                } else if (p < 0.72 || (!rural && p >= 0.88)) {
                    family(clan, between(22, 59), true, 0, 0);
                } else if (p < 0.88) {
                    family(clan, between(30, 58), false, 1, 0);
                } else {
                    leftBehind(clan, 1, 1);
                }
            }
            case 3 -> {
                if (p < 0.58 || (!rural && p >= 0.73 && p < 0.85)) {
                    family(clan, between(24, 55), true, 1, 0);
                } else if (p < 0.73) {
                    family(clan, between(28, 55), true, 0, 1);
                } else if (p < 0.85) {
                    leftBehind(clan, 2, 1);
                } else {
                    family(clan, between(32, 55), false, 2, 0);
                }
            }
            case 4 -> {
                if (p < 0.48 || (!rural && p >= 0.72 && p < 0.84)) {
                    family(clan, between(28, 55), true, 2, 0);
                } else if (p < 0.72) {
                    family(clan, between(28, 55), true, 1, 1);
                } else if (p < 0.84) {
                    leftBehind(clan, 2, 2);
                } else {
                    threeGenerations(clan, 1, 1);
                }
            }
            case 5 -> {
                if (p < 0.2) {
                    family(clan, between(32, 55), true, 3, 0);
                } else if (p < 0.6) {
                    family(clan, between(30, 55), true, 2, 1);
                } else if (p < 0.8) {
                    family(clan, between(28, 50), true, 1, 2);
                } else {
                    threeGenerations(clan, 1, 2);
                }
            }
            case 6 -> {
                if (p < 0.5) {
                    family(clan, between(30, 52), true, 2, 2);
                } else if (p < 0.6) {
                    family(clan, between(36, 55), true, 4, 0);
                } else {
                    threeGenerations(clan, 2, 2);
                }
            }
            default -> throw new IllegalArgumentException("household size " + size + " outside 1–6");
        }
    }

    /** 户主 (with 配偶 or alone), their children and their own parents. */
    private void family(String clan, int headAge, boolean couple, int children, int parents) {
        boolean headMale = couple ? random.nextDouble() < 0.78 : random.nextDouble() < 0.35;
        String headSurname = headMale || clan == null ? surname(clan) : DemoNames.surname(random);
        drafts.add(new Draft("户主", headMale, headAge, headSurname));
        String fatherSurname = headMale ? headSurname : DemoNames.surname(random);
        int motherAge = Math.max(20, headMale ? headAge - between(-1, 5) : headAge);
        if (couple) {
            int spouseAge = headMale ? motherAge : headAge + between(-1, 5);
            drafts.add(new Draft("配偶", !headMale, Math.max(20, spouseAge), headMale ? DemoNames.surname(random)
                    : (clan != null ? clan : fatherSurname)));
            if (!headMale) {
                fatherSurname = drafts.getLast().surname();
            }
        }
        children(children, motherAge, fatherSurname, "子女");
        int fatherAge = Math.min(96, headAge + between(24, 33));
        int motherOfHead = Math.min(98, fatherAge - between(0, 4));
        if (parents == 1 && random.nextDouble() < 0.65) {
            drafts.add(new Draft("父母", false, motherOfHead, DemoNames.surname(random)));   // widowed mothers outlive
        } else if (parents >= 1) {
            drafts.add(new Draft("父母", true, fatherAge, headSurname));
            if (parents > 1) {
                drafts.add(new Draft("父母", false, motherOfHead, DemoNames.surname(random)));
            }
        }
    }

    /** Grandparents bringing up grandchildren while the parents work away (外出务工). */
    private void leftBehind(String clan, int grandparents, int grandchildren) {
        int headAge = between(52, 74);
        boolean headMale = grandparents == 2 ? random.nextDouble() < 0.85 : random.nextDouble() < 0.4;
        String familySurname = surname(clan);
        drafts.add(new Draft("户主", headMale, headAge, headMale ? familySurname : DemoNames.surname(random)));
        if (grandparents == 2) {
            drafts.add(new Draft("配偶", !headMale, headMale ? headAge - between(0, 5) : headAge + between(0, 5),
                    headMale ? DemoNames.surname(random) : familySurname));
        }
        int age = Math.min(15, headAge - between(44, 56));
        for (int i = 0; i < grandchildren; i++) {
            drafts.add(new Draft("孙子女", random.nextBoolean(), Math.max(1, age), familySurname));
            age -= between(1, 4);
        }
    }

    /** Grandparents at the head, a grown child, and grandchildren. */
    private void threeGenerations(String clan, int adultChildren, int grandchildren) {
        int headAge = between(52, 80);
        String familySurname = surname(clan);
        drafts.add(new Draft("户主", true, headAge, familySurname));
        int grandmother = headAge - between(0, 5);
        drafts.add(new Draft("配偶", false, grandmother, DemoNames.surname(random)));
        int childAge = grandmother - between(21, 28);
        int youngestParent = childAge;
        for (int i = 0; i < adultChildren; i++) {
            drafts.add(new Draft("子女", i == 0 || random.nextBoolean(), Math.max(20, childAge), familySurname));
            youngestParent = Math.max(20, childAge);
            childAge -= between(2, 5);
        }
        int age = Math.max(0, youngestParent - between(20, 30));
        for (int i = 0; i < grandchildren; i++) {
            drafts.add(new Draft("孙子女", random.nextBoolean(), Math.max(0, age), familySurname));
            age -= between(1, 4);
        }
    }

    private void children(int count, int motherAge, String fatherSurname, String relation) {
        int age = motherAge - between(21, 32);
        for (int i = 0; i < count; i++) {
            String surname = random.nextDouble() < 0.92 ? fatherSurname : DemoNames.surname(random);
            drafts.add(new Draft(relation, random.nextBoolean(), Math.max(0, age), surname));
            age -= between(1, 5);
        }
    }

    private List<Member> members(boolean rural) {
        boolean allOld = true;
        boolean parentsAway = true;
        for (Draft d : drafts) {
            allOld &= d.age() >= 60;
            parentsAway &= !d.relation().equals("子女");
        }
        int shared = DemoTag.household(rural, random);
        List<Member> members = new ArrayList<>(drafts.size());
        boolean vulnerable = false;
        int[] own = new int[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            int tags = DemoTag.personal(d.age(), d.male(), random);
            if (d.age() >= 60 && drafts.size() == 1) {
                tags |= LIVING_ALONE_ELDERLY.bit();
            }
            if (d.age() >= 60 && drafts.size() == 2 && allOld) {
                tags |= EMPTY_NEST_ELDERLY.bit();
            }
            if (rural && parentsAway && d.relation().equals("孙子女") && d.age() < 16) {
                tags |= LEFT_BEHIND_CHILD.bit();
            }
            vulnerable |= (tags & (DISABLED.bit() | SERIOUSLY_ILL.bit() | LIVING_ALONE_ELDERLY.bit())) != 0;
            own[i] = tags;
        }
        if (shared == 0 && vulnerable && random.nextDouble() < (rural ? 0.12 : 0.06)) {
            shared = MINIMUM_LIVING.bit();
        }
        for (int tags : own) {
            if (LEFT_BEHIND_CHILD.in(tags) && FLOATING.in(shared)) {
                shared = 0;   // a migrant family does not leave its children behind in someone else's village
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            LocalDate birth = AS_OF.minusYears(d.age()).minusDays(random.nextInt(365));
            String name = DemoNames.fullName(random, d.surname(), d.male(), birth.getYear());
            members.add(new Member(name, d.relation(), d.male(), birth, own[i] | shared));
        }
        return members;
    }

    private String surname(String clan) {
        return clan != null ? clan : DemoNames.surname(random);
    }

    private int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }
}
