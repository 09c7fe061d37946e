package org.jiceng.services.internal.catalogue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.jiceng.services.internal.versions.VersionedRows;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the catalogue: an item or bundle is created as draft version 1; a draft is edited in place (with the
 * revision it was read at); editing an item whose newest version is published or withdrawn starts the next draft,
 * so a published version is never changed; publishing a draft replaces the version in force in the same
 * transaction; withdrawing takes the version in force off the residents' lists.
 */
@Service
public class Catalogue {

    private final JdbcClient jdbc;
    private final VersionedRows rows;
    private final CatalogueReads reads;
    private final TerritoryApi territory;
    private final Clock clock;

    Catalogue(JdbcClient jdbc, CatalogueReads reads, TerritoryApi territory, Clock clock) {
        this.jdbc = jdbc;
        this.rows = new VersionedRows(jdbc, "services.item", "services.item_version", "item_id");
        this.reads = reads;
        this.territory = territory;
        this.clock = clock;
    }

    @Transactional
    public ItemDetail create(CurrentUser user, ItemForm form) {
        ItemForm checked = ItemRules.checked(form);
        CatalogueAccess.checkManage(user, Resource.SERVICE_ITEM, checked.territoryCode());
        String county = checked.territoryCode().substring(0, 6);
        checked = withOffice(county, checkMembers(county, checked));
        long id;
        try {
            id = jdbc.sql("""
                            insert into services.item (county, code, kind, created_at) values (:county, :code, :kind, :at)
                            returning id""")
                    .param("county", county).param("code", checked.code()).param("kind", checked.kind())
                    .param("at", now()).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("事项编码 " + checked.code() + " 在本县已被使用");
        }
        insertVersion(user, id, county, 1, checked);
        return reads.detail(user, id);
    }

    /**
     * Edits the draft, or starts one from the newest version. Fields left out keep the edited version's values; the
     * code and kind of an item never change.
     */
    @Transactional
    public ItemDetail editDraft(CurrentUser user, long id, ItemForm form) {
        ItemView newest = lockNewest(user, id);
        ItemForm checked = ItemRules.checked(merge(newest, form));
        CatalogueAccess.checkManage(user, Resource.SERVICE_ITEM, checked.territoryCode());
        if (!checked.territoryCode().startsWith(newest.county())) {
            throw new BadInputException("territoryCode", "事项不能改到其他县发布");
        }
        checked = withOffice(newest.county(), checkMembers(newest.county(), checked));
        if (newest.state().equals("DRAFT")) {
            if (form.revision() == null) {
                throw new BadInputException("revision", "请带上您看到的草稿修订号 revision");
            }
            int changed = jdbc.sql("""
                            update services.item_version set territory_code = :territory, name = :name, category = :category,
                                   description = :description, office_unit_id = :unit, office_name = :office,
                                   materials = :materials, time_limit_days = :days, fee_fen = :fee,
                                   agency_allowed = :agency, members = :members, written_by = :by, written_at = :at,
                                   revision = revision + 1
                             where item_id = :id and county = :county and version = :version and state = 'DRAFT'
                               and revision = :revision""")
                    .params(columns(user, checked)).param("id", id).param("county", newest.county())
                    .param("version", newest.version()).param("revision", form.revision()).update();
            if (changed == 0) {
                throw new ConflictException("草稿已被他人修改，请刷新后再改");
            }
        } else {
            insertVersion(user, id, newest.county(), newest.version() + 1, checked);
        }
        return reads.detail(user, id);
    }

    /** Publishes the draft; the version in force, if any, becomes REPLACED in the same transaction. */
    @Transactional
    public ItemDetail publish(CurrentUser user, long id) {
        ItemView newest = lockNewest(user, id);
        CatalogueAccess.checkManage(user, Resource.SERVICE_ITEM, newest.territoryCode());
        if (!newest.state().equals("DRAFT")) {
            throw new ConflictException("事项没有待发布的草稿（先修改生成新草稿）");
        }
        if (newest.bundle()) {
            checkMembers(newest.county(), new ItemForm(null, "BUNDLE", null, null, null, null, null, null, null, null,
                    null, null, newest.members(), null));
        }
        rows.publish(id, newest.county(), newest.version(), now());
        return reads.detail(user, id);
    }

    /** Takes the version in force off the lists; its text is kept in the history. */
    @Transactional
    public ItemDetail withdraw(CurrentUser user, long id) {
        ItemView newest = lockNewest(user, id);
        CatalogueAccess.checkManage(user, Resource.SERVICE_ITEM, newest.territoryCode());
        rows.withdraw(id, newest.county(), "事项当前没有已发布的版本");
        return reads.detail(user, id);
    }

    /** The newest version, the item row locked so publishing and editing take turns; 404 when not readable. */
    private ItemView lockNewest(CurrentUser user, long id) {
        List<ItemView> versions = reads.versions(id);
        if (versions.isEmpty() || versions.stream().noneMatch(v ->
                CatalogueAccess.mayRead(user, Resource.SERVICE_ITEM, v.territoryCode(), v.state()))) {
            throw new NotFoundException("事项 " + id + " 不存在");
        }
        rows.lock(id, versions.getFirst().county());
        return reads.versions(id).getFirst();
    }

    private ItemForm checkMembers(String county, ItemForm form) {
        if (!"BUNDLE".equals(form.kind())) {
            return form;
        }
        List<ItemView> found = reads.publishedAmong(county, form.members());
        if (found.size() != form.members().size() || found.stream().anyMatch(ItemView::bundle)) {
            throw new BadInputException("members", "一件事包含的事项须是本县已发布的单项事项");
        }
        return form;
    }

    /** Names the office from the unit chosen, when one is. */
    private ItemForm withOffice(String county, ItemForm form) {
        if (form.officeUnitId() == null) {
            return form;
        }
        UnitView unit = territory.units(county, Scope.everything()).stream()
                .filter(u -> u.id() == form.officeUnitId()).findFirst()
                .orElseThrow(() -> new BadInputException("officeUnitId", "办理单位不存在或不在本县"));
        return new ItemForm(form.code(), form.kind(), form.territoryCode(), form.name(), form.category(),
                form.description(), unit.id(), unit.name(), form.materials(), form.timeLimitDays(), form.feeFen(),
                form.agencyAllowed(), form.members(), form.revision());
    }

    private void insertVersion(CurrentUser user, long id, String county, int version, ItemForm form) {
        try {
            jdbc.sql("""
                            insert into services.item_version (item_id, county, version, state, territory_code, name, category,
                                   description, office_unit_id, office_name, materials, time_limit_days, fee_fen,
                                   agency_allowed, members, written_by, written_at)
                            values (:id, :county, :version, 'DRAFT', :territory, :name, :category, :description, :unit,
                                   :office, :materials, :days, :fee, :agency, :members, :by, :at)""")
                    .params(columns(user, form)).param("id", id).param("county", county).param("version", version)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("事项已被他人修改，请刷新后再改");
        }
    }

    private java.util.Map<String, Object> columns(CurrentUser user, ItemForm form) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("territory", form.territoryCode());
        params.put("name", form.name());
        params.put("category", form.category());
        params.put("description", form.description());
        params.put("unit", form.officeUnitId());
        params.put("office", form.officeName());
        params.put("materials", form.materials().toArray(String[]::new));
        params.put("days", form.timeLimitDays());
        params.put("fee", form.feeFen());
        params.put("agency", form.agencyAllowed());
        params.put("members", form.members().toArray(Long[]::new));
        params.put("by", user.id());
        params.put("at", now());
        return params;
    }

    private static ItemForm merge(ItemView v, ItemForm f) {
        return new ItemForm(v.code(), v.kind(), or(f.territoryCode(), v.territoryCode()), or(f.name(), v.name()),
                or(f.category(), v.category()), or(f.description(), v.description()),
                f.officeUnitId() != null ? f.officeUnitId() : f.officeName() != null ? null : v.officeUnitId(),
                or(f.officeName(), v.officeName()), or(f.materials(), v.materials()),
                or(f.timeLimitDays(), v.timeLimitDays()), or(f.feeFen(), v.feeFen()),
                or(f.agencyAllowed(), v.agencyAllowed()), or(f.members(), v.members()), f.revision());
    }

    private static <T> T or(T given, T kept) {
        return given != null ? given : kept;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET);
    }
}
