package vn.vneidlink.mock;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The WireMock custom request matcher {@value #NAME}: matches a request to a provincial host whose portals.json
 * entry has the {@code readinessDefect} given in the mapping's {@code customMatcher.parameters}, e.g.
 * {@code {"name": "vneid-readiness-defect", "parameters": {"readinessDefect": "no-answer"}}} (used by
 * {@code mappings/province-no-answer.json}). One instance per {@link MockPortals}; immutable.
 */
final class ReadinessDefectMatcher extends RequestMatcherExtension {

    static final String NAME = "vneid-readiness-defect";

    /** host -> readinessDefect id, for the provinces that have one. */
    private final Map<String, String> defectByHost;

    ReadinessDefectMatcher(List<ProvinceConfig> provinces) {
        this.defectByHost = provinces.stream()
                .filter(p -> p.readinessDefect() != null)
                .collect(Collectors.toUnmodifiableMap(ProvinceConfig::host, ProvinceConfig::readinessDefect));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public MatchResult match(Request request, Parameters parameters) {
        String wanted = parameters == null ? null : parameters.getString("readinessDefect", null);
        String host = Optional.ofNullable(request.getHost()).filter(h -> !h.isBlank())
                .orElseGet(() -> Optional.ofNullable(request.getHeader("Host")).orElse(""))
                .replaceFirst(":\\d+$", "")
                .toLowerCase(Locale.ROOT);
        return MatchResult.of(wanted != null && wanted.equals(defectByHost.get(host)));
    }
}
