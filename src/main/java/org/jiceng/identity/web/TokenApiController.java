package org.jiceng.identity.web;

import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.identity.internal.ApiTokens;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** One's own API tokens: listed (never the token itself) and revoked one by one. */
@RestController
class TokenApiController {

    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Guard(resource = Resource.API_TOKEN, action = Action.READ)
    @GetMapping("/api/v1/me/tokens")
    Page<ApiTokens.TokenLine> list(CurrentUser user) {
        List<ApiTokens.TokenLine> lines = tokens.list(user.id());
        return new Page<>(lines, null);
    }

    @Guard(resource = Resource.API_TOKEN, action = Action.MANAGE)
    @PostMapping("/api/v1/me/tokens/{id}/revoke")
    ResponseEntity<Void> revoke(@PathVariable long id, CurrentUser user) {
        if (!tokens.revoke(user, id)) {
            throw new NotFoundException("访问令牌不存在");
        }
        return ResponseEntity.noContent().build();
    }
}
