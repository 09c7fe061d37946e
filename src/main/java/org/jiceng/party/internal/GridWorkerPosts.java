package org.jiceng.party.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.territory.GridWorkers;
import org.springframework.stereotype.Component;

/**
 * Tells territory's grid pages who holds each grid's grid worker posts: the full-time worker, then those who
 * do it part-time (兼职), as "张三；兼职：李四、王五".
 */
@Component
class GridWorkerPosts implements GridWorkers {

    private final PostRepository posts;

    GridWorkerPosts(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public Map<String, String> names(String prefix) {
        Map<String, List<PostRepository.GridWorkerPost>> byGrid = new LinkedHashMap<>();
        for (PostRepository.GridWorkerPost post : posts.gridWorkers(prefix)) {
            byGrid.computeIfAbsent(post.gridCode(), g -> new ArrayList<>()).add(post);
        }
        Map<String, String> names = new LinkedHashMap<>();
        byGrid.forEach((grid, held) -> names.put(grid, names(held)));
        return names;
    }

    static String names(List<PostRepository.GridWorkerPost> held) {
        List<String> fullTime = held.stream().filter(p -> !p.partTime())
                .map(PostRepository.GridWorkerPost::holderName).toList();
        List<String> partTime = held.stream().filter(PostRepository.GridWorkerPost::partTime)
                .map(PostRepository.GridWorkerPost::holderName).toList();
        if (partTime.isEmpty()) {
            return String.join("、", fullTime);
        }
        String part = "兼职：" + String.join("、", partTime);
        return fullTime.isEmpty() ? part : String.join("、", fullTime) + "；" + part;
    }
}
