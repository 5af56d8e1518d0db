package vn.vneidlink.mock;

import com.github.jknack.handlebars.Handlebars;

/**
 * The plain 500 page for failures of the mock itself (no template involved, so it works even when the
 * templates are broken).
 */
final class ErrorPages {

    private ErrorPages() {}

    static Reply internal(String title, String message) {
        String html = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>500 - " + escape(title)
                + "</title>\n<link rel=\"stylesheet\" href=\"/static/css/portal.css\">\n</head>\n<body class=\"mock-error\">\n"
                + "<main class=\"page\"><div class=\"container\">\n<h1>500 - " + escape(title) + "</h1>\n"
                + "<div class=\"alert alert-danger\" id=\"error-message\"><pre>" + escape(message) + "</pre></div>\n"
                + "</div></main>\n</body>\n</html>\n";
        return Reply.html(500, html);
    }

    private static String escape(String s) {
        return s == null ? "" : Handlebars.Utils.escapeExpression(s).toString();
    }
}
