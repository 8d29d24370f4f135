package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ItemFile;
import java.util.ArrayList;
import java.util.List;

/** Applies {@link Limits}: the part of an item that is decided, and which bounds it went over. */
final class ItemBounds {
    private ItemBounds() {
    }

    /** The item within bounds, and one evidence line per bound it hit (empty when within all). */
    record Bounded(ContentItem item, List<String> overLimits) {
    }

    static Bounded apply(ContentItem item, Limits limits) {
        List<String> over = new ArrayList<>();
        String title = cut("title", item.title(), limits.maxTextChars(), over);
        String text = cut("text", item.text(), limits.maxTextChars(), over);
        List<String> tags = first("tags", item.tags(), limits.maxTags(), over);
        List<ItemFile> files = first("files", item.files(), limits.maxFiles(), over);
        List<ItemFile> boundedFiles = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            ItemFile file = files.get(i);
            List<String> imports = first("files[" + i + "].pickleImports", file.pickleImports(),
                    limits.maxPickleImportsPerFile(), over);
            boundedFiles.add(imports == file.pickleImports() ? file
                    : new ItemFile(file.path(), file.sizeBytes(), imports, file.malwareScan()));
        }
        List<?> people = first("people", item.people(), limits.maxPeople(), over);
        List<?> reports = first("reports", item.reports(), limits.maxReports(), over);
        if (over.isEmpty()) {
            return new Bounded(item, List.of());
        }
        ContentItem bounded = item.toBuilder().title(title).text(text).tags(tags).files(boundedFiles)
                .people(cast(people)).reports(cast(reports)).build();
        return new Bounded(bounded, over);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> list) {
        return (List<T>) list;
    }

    private static String cut(String field, String value, int max, List<String> over) {
        if (value.length() <= max) {
            return value;
        }
        over.add(field + ": " + value.length() + " characters, limit " + max);
        // Never split a surrogate pair.
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    private static <T> List<T> first(String field, List<T> values, int max, List<String> over) {
        if (values.size() <= max) {
            return values;
        }
        over.add(field + ": " + values.size() + " entries, limit " + max);
        return values.subList(0, max);
    }
}
