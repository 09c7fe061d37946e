package org.jiceng.services.internal.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the catalogue for a person: the items in force where they live (searchable on a phone by a word of the
 * name, the category, the office, the description or a material), one item with its history, and for staff every item of their
 * territory in its newest version, drafts included.
 */
@Service
public class CatalogueReads {

    /** What a list asks: words to find, ITEM or BUNDLE, and for staff the newest versions instead of those in force. */
    public record Query(String q, String kind, boolean managed, String territory) {
    }

    private final JdbcClient jdbc;

    CatalogueReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<ItemView> list(CurrentUser user, Query query, String after, Integer limit) {
        int n = Page.limit(limit);
        StringBuilder sql = new StringBuilder(CatalogueRows.SELECT).append(" where i.id > :after");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("after", Cursor.idAbove(after));
        if (query.managed()) {
            Scope scope = CatalogueAccess.staffScope(user, Resource.SERVICE_ITEM).askedFor(query.territory());
            sql.append(" and v.version = (select max(w.version) from services.item_version w where w.item_id = i.id"
                    + " and w.county = i.county) and ").append(scope.where("v.territory_code"));
            params.putAll(scope.params());
        } else {
            Scope scope = CatalogueAccess.staffScope(user, Resource.SERVICE_ITEM);
            List<String> places = CatalogueAccess.publicPlaces(user, Resource.SERVICE_ITEM);
            sql.append(" and v.state = 'PUBLISHED' and (v.territory_code = any(:places) or ")
                    .append(scope.where("v.territory_code")).append(')');
            params.put("places", places.toArray(String[]::new));
            params.putAll(scope.params());
            if (query.territory() != null && !query.territory().isBlank()) {
                // a resident's own place narrows nothing; a code names the items offered there or above it
                String code = query.territory().strip();
                sql.append(" and :territory like v.territory_code || '%'");
                params.put("territory", code);
            }
        }
        if (query.kind() != null && !query.kind().isBlank()) {
            sql.append(" and i.kind = :kind");
            params.put("kind", query.kind().strip());
        }
        List<String> words = words(query.q());
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and strpos(lower(v.name || ' ' || v.category || ' ' || v.office_name || ' ' || i.code || ' '"
                    + " || v.description || ' '"
                    + " || array_to_string(v.materials, ' ')), :w").append(i).append(") > 0");
            params.put("w" + i, words.get(i).toLowerCase());
        }
        sql.append(" order by i.id limit :n");
        params.put("n", n + 1);
        List<ItemView> rows = jdbc.sql(sql.toString()).params(params).query(CatalogueRows::row).list();
        return Page.byId(rows, n, ItemView::id);
    }

    /** The item with the versions the person may read; 404 when they may read none. */
    public ItemDetail detail(CurrentUser user, long id) {
        List<ItemView> all = versions(id);
        List<ItemView> readable = all.stream()
                .filter(v -> CatalogueAccess.mayRead(user, Resource.SERVICE_ITEM, v.territoryCode(), v.state()))
                .toList();
        if (readable.isEmpty()) {
            throw new NotFoundException("事项 " + id + " 不存在");
        }
        ItemView newest = all.getFirst();
        ItemView published = readable.stream().filter(v -> v.state().equals("PUBLISHED")).findFirst().orElse(null);
        ItemView draft = readable.stream().filter(v -> v.state().equals("DRAFT")).findFirst().orElse(null);
        List<ItemDetail.Member> members = members((published != null ? published : readable.getFirst()));
        return new ItemDetail(id, newest.county(), newest.code(), newest.kind(), published, draft, readable, members,
                CatalogueAccess.mayManage(user, Resource.SERVICE_ITEM, newest.territoryCode()));
    }

    /** Every version of an item, newest first; empty when there is no such item. */
    List<ItemView> versions(long id) {
        return jdbc.sql(CatalogueRows.SELECT + " where i.id = :id order by v.version desc")
                .param("id", id).query(CatalogueRows::row).list();
    }

    /** The published items among these ids of one county (for bundles and policy sheets). */
    public List<ItemView> publishedAmong(String county, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CatalogueRows.SELECT + " where i.county = :county and i.id = any(:ids) and v.state = 'PUBLISHED'")
                .param("county", county).param("ids", ids.toArray(Long[]::new)).query(CatalogueRows::row).list();
    }

    /** The published item of a county with this code, if any (demo data and other slices find items by code). */
    public java.util.Optional<ItemView> publishedByCode(String county, String code) {
        return jdbc.sql(CatalogueRows.SELECT + " where i.county = :county and i.code = :code and v.state = 'PUBLISHED'")
                .param("county", county).param("code", code).query(CatalogueRows::row).optional();
    }

    private List<ItemDetail.Member> members(ItemView version) {
        if (!version.bundle()) {
            return List.of();
        }
        List<ItemView> found = publishedAmong(version.county(), version.members());
        List<ItemDetail.Member> result = new ArrayList<>();
        for (Long id : version.members()) {
            found.stream().filter(f -> f.id() == id).findFirst().ifPresent(f -> result.add(new ItemDetail.Member(
                    f.id(), f.code(), f.name(), f.officeName(), f.timeLimitDays(), f.agencyAllowed())));
        }
        return result;
    }

    private static List<String> words(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return Arrays.stream(q.strip().split("[\\s,，、]+")).filter(w -> !w.isEmpty()).limit(5).toList();
    }
}
