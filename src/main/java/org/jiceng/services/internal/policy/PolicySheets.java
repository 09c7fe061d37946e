package org.jiceng.services.internal.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.services.internal.catalogue.CatalogueAccess;
import org.jiceng.services.internal.catalogue.CatalogueReads;
import org.jiceng.services.internal.catalogue.ItemView;
import org.jiceng.services.internal.versions.VersionedRows;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 政策一页通: sheets written as drafts by a county's or town's staff, published to the residents under it (the
 * version in force replaced in the same transaction), and kept version by version like the catalogue.
 */
@Service
public class PolicySheets {

    private static final String SELECT = """
            select s.id, s.county, v.version, v.state, v.territory_code, v.title, v.topic, v.paragraphs, v.item_ids,
                   v.publisher, v.revision, v.written_at, v.published_at
              from services.policy_sheet s join services.policy_sheet_version v on v.sheet_id = s.id and v.county = s.county
            """;

    private final JdbcClient jdbc;
    private final VersionedRows rows;
    private final CatalogueReads items;
    private final Clock clock;

    PolicySheets(JdbcClient jdbc, CatalogueReads items, Clock clock) {
        this.jdbc = jdbc;
        this.rows = new VersionedRows(jdbc, "services.policy_sheet", "services.policy_sheet_version", "sheet_id");
        this.items = items;
        this.clock = clock;
    }

    /** Sheets in force where the person lives or works; for staff ({@code managed}) the newest version of each. */
    public Page<SheetView> list(CurrentUser user, boolean managed, String topic, String after, Integer limit) {
        int n = Page.limit(limit);
        Map<String, Object> params = new HashMap<>();
        Scope scope = CatalogueAccess.staffScope(user, Resource.POLICY_SHEET);
        StringBuilder sql = new StringBuilder(SELECT).append(" where s.id > :after and ");
        if (managed) {
            sql.append("v.version = (select max(w.version) from services.policy_sheet_version w where w.sheet_id = s.id"
                    + " and w.county = s.county) and ").append(scope.where("v.territory_code"));
        } else {
            sql.append("v.state = 'PUBLISHED' and (v.territory_code = any(:places) or ")
                    .append(scope.where("v.territory_code")).append(')');
            params.put("places", CatalogueAccess.publicPlaces(user, Resource.POLICY_SHEET).toArray(String[]::new));
        }
        params.putAll(scope.params());
        if (topic != null && !topic.isBlank()) {
            sql.append(" and v.topic = :topic");
            params.put("topic", topic.strip());
        }
        sql.append(" order by s.id limit :n");
        params.put("after", Cursor.idAbove(after));
        params.put("n", n + 1);
        return Page.byId(jdbc.sql(sql.toString()).params(params).query(PolicySheets::row).list(), n, SheetView::id);
    }

    public SheetDetail detail(CurrentUser user, long id) {
        List<SheetView> all = versions(id);
        List<SheetView> readable = all.stream().filter(v ->
                CatalogueAccess.mayRead(user, Resource.POLICY_SHEET, v.territoryCode(), v.state())).toList();
        if (readable.isEmpty()) {
            throw new NotFoundException("政策一页通 " + id + " 不存在");
        }
        SheetView published = readable.stream().filter(v -> v.state().equals("PUBLISHED")).findFirst().orElse(null);
        SheetView draft = readable.stream().filter(v -> v.state().equals("DRAFT")).findFirst().orElse(null);
        SheetView shown = published != null ? published : readable.getFirst();
        List<ItemView> found = items.publishedAmong(shown.county(), shown.itemIds());
        List<SheetDetail.LinkedItem> linked = new ArrayList<>();
        for (Long itemId : shown.itemIds()) {
            found.stream().filter(f -> f.id() == itemId).findFirst().ifPresent(f ->
                    linked.add(new SheetDetail.LinkedItem(f.id(), f.code(), f.name(), f.agencyAllowed())));
        }
        return new SheetDetail(id, all.getFirst().county(), published, draft, readable, linked,
                CatalogueAccess.mayManage(user, Resource.POLICY_SHEET, all.getFirst().territoryCode()));
    }

    @Transactional
    public SheetDetail create(CurrentUser user, SheetForm form) {
        SheetForm checked = SheetRules.checked(form);
        CatalogueAccess.checkManage(user, Resource.POLICY_SHEET, checked.territoryCode());
        String county = checked.territoryCode().substring(0, 6);
        checkItems(county, checked.itemIds());
        long id = jdbc.sql("insert into services.policy_sheet (county, created_at) values (:county, :at) returning id")
                .param("county", county).param("at", now()).query(Long.class).single();
        insertVersion(user, id, county, 1, checked);
        return detail(user, id);
    }

    @Transactional
    public SheetDetail editDraft(CurrentUser user, long id, SheetForm form) {
        SheetView newest = lockNewest(user, id);
        SheetForm checked = SheetRules.checked(new SheetForm(or(form.territoryCode(), newest.territoryCode()),
                or(form.title(), newest.title()), or(form.topic(), newest.topic()),
                or(form.paragraphs(), newest.paragraphs()), or(form.itemIds(), newest.itemIds()),
                or(form.publisher(), newest.publisher()), form.revision()));
        CatalogueAccess.checkManage(user, Resource.POLICY_SHEET, newest.territoryCode());
        CatalogueAccess.checkManage(user, Resource.POLICY_SHEET, checked.territoryCode());
        if (!checked.territoryCode().startsWith(newest.county())) {
            throw new BadInputException("territoryCode", "政策一页通不能改到其他县发布");
        }
        checkItems(newest.county(), checked.itemIds());
        if (!newest.state().equals("DRAFT")) {
            insertVersion(user, id, newest.county(), newest.version() + 1, checked);
            return detail(user, id);
        }
        if (form.revision() == null) {
            throw new BadInputException("revision", "请带上您看到的草稿修订号 revision");
        }
        int changed = jdbc.sql("""
                        update services.policy_sheet_version set territory_code = :territory, title = :title, topic = :topic,
                               paragraphs = :paragraphs, item_ids = :items, publisher = :publisher, written_by = :by,
                               written_at = :at, revision = revision + 1
                         where sheet_id = :id and county = :county and version = :version and state = 'DRAFT'
                           and revision = :revision""")
                .params(columns(user, checked)).param("id", id).param("county", newest.county())
                .param("version", newest.version()).param("revision", form.revision()).update();
        if (changed == 0) {
            throw new ConflictException("草稿已被他人修改，请刷新后再改");
        }
        return detail(user, id);
    }

    @Transactional
    public SheetDetail publish(CurrentUser user, long id) {
        SheetView newest = lockNewest(user, id);
        CatalogueAccess.checkManage(user, Resource.POLICY_SHEET, newest.territoryCode());
        if (!newest.state().equals("DRAFT")) {
            throw new ConflictException("没有待发布的草稿（先修改生成新草稿）");
        }
        rows.publish(id, newest.county(), newest.version(), now());
        return detail(user, id);
    }

    @Transactional
    public SheetDetail withdraw(CurrentUser user, long id) {
        SheetView newest = lockNewest(user, id);
        CatalogueAccess.checkManage(user, Resource.POLICY_SHEET, newest.territoryCode());
        rows.withdraw(id, newest.county(), "政策一页通当前没有发布中的版本");
        return detail(user, id);
    }

    private SheetView lockNewest(CurrentUser user, long id) {
        List<SheetView> all = versions(id);
        if (all.isEmpty() || all.stream().noneMatch(v ->
                CatalogueAccess.mayRead(user, Resource.POLICY_SHEET, v.territoryCode(), v.state()))) {
            throw new NotFoundException("政策一页通 " + id + " 不存在");
        }
        rows.lock(id, all.getFirst().county());
        return versions(id).getFirst();
    }

    private List<SheetView> versions(long id) {
        return jdbc.sql(SELECT + " where s.id = :id order by v.version desc").param("id", id)
                .query(PolicySheets::row).list();
    }

    private void checkItems(String county, List<Long> ids) {
        if (items.publishedAmong(county, ids).size() != ids.size()) {
            throw new BadInputException("itemIds", "关联的事项须是本县已发布的事项");
        }
    }

    private void insertVersion(CurrentUser user, long id, String county, int version, SheetForm form) {
        try {
            jdbc.sql("""
                            insert into services.policy_sheet_version (sheet_id, county, version, state, territory_code, title,
                                   topic, paragraphs, item_ids, publisher, written_by, written_at)
                            values (:id, :county, :version, 'DRAFT', :territory, :title, :topic, :paragraphs, :items,
                                   :publisher, :by, :at)""")
                    .params(columns(user, form)).param("id", id).param("county", county).param("version", version)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("政策一页通已被他人修改，请刷新后再改");
        }
    }

    private Map<String, Object> columns(CurrentUser user, SheetForm form) {
        Map<String, Object> params = new HashMap<>();
        params.put("territory", form.territoryCode());
        params.put("title", form.title());
        params.put("topic", form.topic());
        params.put("paragraphs", form.paragraphs().toArray(String[]::new));
        params.put("items", form.itemIds().toArray(Long[]::new));
        params.put("publisher", form.publisher());
        params.put("by", user.id());
        params.put("at", now());
        return params;
    }

    static SheetView row(ResultSet rs, int n) throws SQLException {
        java.sql.Array paragraphs = rs.getArray("paragraphs");
        java.sql.Array items = rs.getArray("item_ids");
        return new SheetView(rs.getLong("id"), rs.getString("county"), rs.getInt("version"), rs.getString("state"),
                rs.getString("territory_code"), rs.getString("title"), rs.getString("topic"),
                List.of((String[]) paragraphs.getArray()), java.util.Arrays.asList((Long[]) items.getArray()),
                rs.getString("publisher"), rs.getInt("revision"), rs.getObject("written_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class));
    }

    private static <T> T or(T given, T kept) {
        return given != null ? given : kept;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET);
    }
}
