package vn.vneidlink.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One provincial administrative-procedure system, as listed in {@code mocks/data/portals.json}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvincialSystem(String id, String province, String host, String title, String clientId, String login) {}
