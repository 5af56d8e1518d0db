package vn.vneidlink.mock;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.helper.ConditionalHelpers;
import com.github.jknack.handlebars.io.FileTemplateLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the page templates of {@code mocks/__files/templates} ({@code com.github.jknack:handlebars}, not
 * WireMock's shaded copy). Template names are paths without {@code .html}, e.g. {@code national/home};
 * partials are included as {@code {{> national/_header}}}. Values are HTML-escaped by default.
 * One renderer per {@link MockPortals}; the compiled templates of a templates folder are shared by every renderer of
 * the JVM (templates do not change during a run; Handlebars' templates are thread-safe), so that a scenario's fresh
 * mocks do not parse every page again.
 */
final class PageRenderer {

    /** A template that could not be found, compiled or applied. */
    static final class RenderException extends RuntimeException {
        RenderException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Map<Path, Handlebars> COMPILERS = new ConcurrentHashMap<>();

    private final Path templatesDir;
    private final Handlebars handlebars;

    PageRenderer(Path templatesDir) {
        this.templatesDir = templatesDir;
        this.handlebars = COMPILERS.computeIfAbsent(templatesDir.toAbsolutePath().normalize(), PageRenderer::compiler);
    }

    private static Handlebars compiler(Path templatesDir) {
        FileTemplateLoader loader = new FileTemplateLoader(templatesDir.toFile(), ".html");
        loader.setCharset(StandardCharsets.UTF_8);
        Handlebars handlebars = new Handlebars(loader).with(new ConcurrentMapTemplateCache());
        handlebars.setCharset(StandardCharsets.UTF_8);
        for (ConditionalHelpers helper : ConditionalHelpers.values()) {
            handlebars.registerHelper(helper.name(), helper);
        }
        return handlebars;
    }

    String render(String templateName, Map<String, ?> model) {
        try {
            Template template = handlebars.compile(templateName);
            return template.apply(model);
        } catch (IOException | RuntimeException e) {
            throw new RenderException("Template \"" + templateName + "\" (" + templatesDir.resolve(templateName + ".html")
                    + ") failed to render: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
