package org.cspdesk.dashboard.catalogues;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The dashboard's word catalogues as the browser loads them: app/i18n/{language}/{area}.json. */
final class Catalogues {
    static final Path APP = Path.of("src/main/resources/META-INF/resources/app");
    static final List<String> LANGUAGES = List.of("en", "sv", "de");

    private Catalogues() {
    }

    static List<String> areas() {
        try (Stream<Path> files = Files.list(APP.resolve("i18n/en"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of one area in one language; an empty map when the file is missing. */
    static Map<String, String> words(String language, String area) {
        Path file = APP.resolve("i18n").resolve(language).resolve(area + ".json");
        if (!Files.exists(file)) {
            return Map.of();
        }
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
            JsonObject object = reader.readObject();
            Map<String, String> words = new LinkedHashMap<>();
            object.forEach((key, value) -> words.put(key, ((JsonString) value).getString()));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
